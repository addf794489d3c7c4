import { expect, test } from 'vitest'
import { sameDateAtGoldPrecision, sameTimeValue } from './dates.js'

const CASES: [gold: string, system: string | undefined, same: boolean][] = [
  ['2022-02', '2022-02', true],
  ['2022-02', '2022-02-24', true],
  ['2022-02', '2022-02-24T10:00', true],
  ['2022-02', '2022', false],
  ['2022-02', '2022-03-01', false],
  ['2022', '2022-W07', true],
  ['2022', '20221', false],
  ['2023-04-05', '2023-04-05', true],
  ['2023-04-05', '2023-04', false],
  ['2023-04-05', undefined, false],
]
for (const [gold, system, same] of CASES) {
  test(`gold date ${gold} ${same ? 'accepts' : 'rejects'} system ${system ?? 'none'}`, () => {
    expect(sameDateAtGoldPrecision(gold, system)).toBe(same)
  })
}

test('time values compare trimmed and upper-cased', () => {
  expect(sameTimeValue(' past_ref', 'PAST_REF')).toBe(true)
  expect(sameTimeValue('P2D', 'P3D')).toBe(false)
  expect(sameTimeValue('P2D', undefined)).toBe(false)
})
