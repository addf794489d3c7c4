import { expect, test } from 'vitest'
import { readsHeads, type KeyReport } from './cluster-events.js'

/** Fresh reports of one key, by their dates, from an article that may start clusters or from a near-duplicate. */
function fresh(dates: string[], mayStart: boolean): KeyReport[] {
  return dates.map((date, i) => ({ id: `a:e${i}`, date, mayStart }) as unknown as KeyReport)
}

const CASES: [dates: string[], mayStart: boolean, reads: boolean][] = [
  [['2023-05-04'], true, true],
  [['2023-05'], true, true],
  [['2023'], true, true],
  [['2023-05-04T10:00'], true, true],
  // a week matches only the same week: such a key is clustered from its reports, never from cluster heads
  [['2023-W18'], true, false],
  [['2023-W18', '2023-W19'], true, false],
  [['2023-W18', '2023-05-04'], true, true],
  // a near-duplicate's day reports are read as reports; its month and year reports join clusters by their heads
  [['2023-05-04'], false, false],
  [['2023-05', '2023-05-04'], false, false],
  [['2023-05', '2023'], false, true],
  [['2023-W18', '2023-05'], false, true],
  [['2023-W18'], false, false],
]

for (const [dates, mayStart, reads] of CASES) {
  test(`readsHeads: ${mayStart ? 'an original' : 'a copy'} reporting ${dates.join(', ')} ${reads ? 'reads' : 'does not read'} heads ahead`, () => {
    expect(readsHeads(fresh(dates, mayStart))).toBe(reads)
  })
}
