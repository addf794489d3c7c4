import fc from 'fast-check'
import { afterAll, describe, expect, test } from 'vitest'
import type { Doc } from '../../src/document.js'
import type { Store } from '../../src/store/index.js'
import { cleanup, DATABASES, makeDoc, type EventSpec } from '../store/helpers.js'

afterAll(cleanup)

/**
 * Day dates over New Year and a month end mostly (some with a time), some known only to the month or year, a few
 * to a week (they match only the same week), a few undated.
 */
const date = fc
  .oneof(
    { weight: 20, arbitrary: fc.integer({ min: 0, max: 24 }).map((n) => new Date(Date.UTC(2023, 11, 20 + n))) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 8 }).map((n) => new Date(Date.UTC(2023, 10, 26 + n))) },
    { weight: 1, arbitrary: fc.constantFrom('2023-12-24T10:00', '2024-01-01T23:00') },
    { weight: 2, arbitrary: fc.constantFrom('2023-11', '2023-12', '2024-01') },
    { weight: 1, arbitrary: fc.constantFrom('2023', '2024') },
    { weight: 1, arbitrary: fc.constantFrom('2023-W52', '2024-W01') },
    { weight: 1, arbitrary: fc.constant(undefined) },
  )
  .map((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))

const event = fc
  .record({ date, negated: fc.boolean(), accuse: fc.boolean() })
  .map(({ date, negated, accuse }): EventSpec => ({
    ...(accuse
      ? { source: 'USA', target: 'CHN', cameo: '112', evidence: 'accused' }
      : { source: 'JPN', target: 'NATO', cameo: '040', evidence: 'met' }),
    ...(date ? { date } : {}),
    negated,
  }))

/** Articles of their own words, and copies of some of them (near-duplicates, whose reports start no cluster). */
const corpus = fc
  .record({
    originals: fc.array(fc.array(event, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 14 }),
    copies: fc.array(fc.record({ of: fc.nat(), events: fc.array(event, { minLength: 1, maxLength: 2 }) }), {
      maxLength: 4,
    }),
  })
  .chain(({ originals, copies }) => {
    const text = (i: number) =>
      `${Array.from({ length: 60 }, (_, k) => `word${i}x${k}`).join(' ')}. Japan met NATO; the US accused China.`
    const docs = [
      ...originals.map((events, i) => makeDoc(text(i), { events })),
      ...copies.map(({ of, events }, i) => makeDoc(`${text(of % originals.length)} Copy ${i}.`, { events })),
    ]
    return fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length })
  })

/** The clusters as sets of event ids, and the cluster rows without their numbers (which follow ingest order). */
async function shapes(store: Store) {
  const events = await store.db.selectFrom('events').select(['id', 'cluster_id']).orderBy('id').execute()
  const groups = new Map<string | null, string[]>()
  for (const e of events) groups.set(e.cluster_id, [...(groups.get(e.cluster_id) ?? []), e.id])
  const rows = await store.db.selectFrom('event_clusters').selectAll().orderBy('id').execute()
  return {
    groups: [...groups.entries()].sort(([a], [b]) => String(a).localeCompare(String(b))),
    clusters: rows.map(({ num: _, ...row }) => row),
  }
}

for (const db of DATABASES) {
  describe(db.name, () => {
    test('issue 14: clustering around the fresh reports only gives what re-clustering everything gives', async () => {
      await fc.assert(
        fc.asyncProperty(corpus, async (docs: Doc[]) => {
          const store = await db.open()
          try {
            for (const doc of docs) await store.putDoc(doc)
            const stored = await shapes(store)
            await store.recluster()
            expect(stored).toEqual(await shapes(store))
          } finally {
            await store.close()
          }
        }),
        {
          seed: Number(process.env.CLUSTER_SEED ?? 14),
          numRuns: Number(process.env.CLUSTER_RUNS ?? (db.name === 'sqlite' ? 60 : 15)),
        },
      )
    }, 240_000)
  })
}
