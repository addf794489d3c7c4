import { afterAll, describe, expect, test } from 'vitest'
import { generateCorpus } from '../../src/bench/corpus.js'
import { copyReportInAny, rangesQuery, readRanges, type Range } from '../../src/store/cluster-reads.js'
import { writeScope } from '../../src/store/numbers.js'
import { cleanup, DATABASES, makeDoc } from './helpers.js'

afterAll(cleanup)

/** Our own sentences, then a generated body long enough to have LSH bands. */
const LEAD = 'Norway criticised Sweden over the fishing quota on Monday. Norway also protested on Tuesday.'
const body = (generateCorpus(20_000, 37)[0] as { text: string }).text
const EVENTS = [
  { source: 'NOR', target: 'SWE', cameo: '111', evidence: 'criticised', date: '2023-05-08' },
  { source: 'NOR', cameo: '141', evidence: 'protested', date: '2023-05-09' },
]
const named = { source: 'NOR', target: 'SWE', root: '11', negated: 0 }
const noTarget = { source: 'NOR', target: null, root: '14', negated: 0 }
const range = (key: Range['key'], from: string, to: string): Range => ({ key, from, to })

test('issue 13: the ranges statement has only the branches of its keys null patterns', () => {
  const both = [range(named, '2023-05-01', '2023-05-20'), range(named, '2023-06-01', '2023-06-20')]
  expect(rangesQuery(both, false, 'e.date', '')).not.toContain('union all')
  expect(rangesQuery(both, false, 'e.date', '')).not.toContain('is null')
  const mixed = rangesQuery([...both, range(noTarget, '2023-05-01', '2023-05-20')], false, 'e.date', '')
  expect(mixed.split(' union all ')).toHaveLength(2)
  expect(mixed).toContain('e.target is null and k.t is null')
  // by number alone, every pattern
  expect(rangesQuery(2, false, 'e.date', '').split(' union all ')).toHaveLength(4)
})

for (const db of DATABASES) {
  describe(db.name, () => {
    test('issue 13: one statement tells whether any of several ranges holds a copy report, for either null pattern', async () => {
      const store = await db.open()
      try {
        await store.putDoc(makeDoc(`${LEAD} ${body}`, { events: EVENTS }))
        const copy = await store.putDoc(makeDoc(`${LEAD} ${body} Shared by 40 readers.`, { events: EVENTS }))
        expect(copy.nearDuplicateOf, 'the second text must be stored as a near-duplicate').toBeDefined()
        const anyCopy = (ranges: Range[]) =>
          store.db.transaction().execute((trx) => copyReportInAny(writeScope(trx), ranges))
        const before = range(named, '2023-04-01', '2023-05-08')
        const after = range(noTarget, '2023-05-10', '2023-05-20')
        expect(await anyCopy([])).toBe(false)
        expect(await anyCopy([before, after])).toBe(false)
        expect(await anyCopy([before, range(named, '2023-05-08', '2023-05-09')])).toBe(true)
        expect(await anyCopy([range(noTarget, '2023-05-09', '2023-05-10'), after])).toBe(true)
      } finally {
        await store.close()
      }
    })

    test('issue 13: ranges of keys with and without a target read together give what each reads alone', async () => {
      const store = await db.open()
      try {
        await store.putDoc(makeDoc(`${LEAD} ${body}`, { events: EVENTS }))
        const ranges = [range(noTarget, '2023-05-01', '2023-05-20'), range(named, '2023-05-01', '2023-05-20')]
        const ids = (reports: { id: string }[] | undefined) => (reports ?? []).map((report) => report.id)
        const [together, alone] = await store.db.transaction().execute(async (trx) => {
          const scope = writeScope(trx)
          const each = await Promise.all(ranges.map(async (one) => (await readRanges(scope, [one]))[0]))
          return [await readRanges(scope, ranges), each]
        })
        expect(together.map(ids)).toEqual(alone.map(ids))
        expect(together.map(ids)).toEqual([[expect.stringMatching(/:e2$/)], [expect.stringMatching(/:e1$/)]])
      } finally {
        await store.close()
      }
    })
  })
}
