import { afterAll, describe, expect, test } from 'vitest'
import { CLUSTER_RULE_VERSION } from '../../src/dedup/index.js'
import type { Doc } from '../../src/document.js'
import type { Store } from '../../src/store/index.js'
import { cleanup, DATABASES, makeDoc, type EventSpec } from '../store/helpers.js'

afterAll(cleanup)

/**
 * One corpus: reports of the same happenings (Japan meets NATO, the US accuses China) on neighbouring days, some
 * known only to the month or year, so that which report starts a cluster decides its shape.
 */
function corpus(): Doc[] {
  const meet = (date: string): EventSpec => ({ source: 'JPN', target: 'NATO', cameo: '040', evidence: 'met', date })
  const accuse = (date: string): EventSpec => ({
    source: 'USA',
    target: 'CHN',
    cameo: '112',
    evidence: 'accused',
    date,
  })
  const days = [
    ['2023-04-01', '2023-04-02'],
    ['2023-04-02'],
    ['2023-04-03'],
    ['2023-04-03', '2023-04-04'],
    ['2023-04-05'],
    ['2023-04-06'],
    ['2023-04-08', '2023-04'],
    ['2023-04', '2023'],
    ['2023-12-31'],
    ['2024-01-01'],
    ['2024-01-02'],
  ]
  const docs = days.map((dates, i) =>
    makeDoc(`Report ${i}: Japan met NATO; US accused China.`, {
      events: [...dates.map(meet), ...dates.map(accuse)],
    }),
  )
  docs.push(
    makeDoc('Report x: Japan met NATO.', { events: [{ ...meet('2023-04-07'), negated: true }, meet('2023-04-07')] }),
  )
  docs.push(makeDoc('Report y: Japan met NATO.', { events: [{ cameo: '040', evidence: 'met' }] }))
  return docs
}

/** Orders of the corpus: as written, reversed, and interleaved from both ends. */
function orders(docs: Doc[]): Doc[][] {
  const interleaved = docs.map((_, i) => (i % 2 === 0 ? docs[i / 2] : docs[docs.length - 1 - (i - 1) / 2]) as Doc)
  return [docs, [...docs].reverse(), interleaved]
}

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
    test('issue 14: the same corpus ingested in three orders gives the same clusters', async () => {
      const results = []
      for (const order of orders(corpus())) {
        const store = await db.open()
        for (const doc of order) await store.putDoc(doc)
        results.push(await shapes(store))
        await store.close()
      }
      const [first, ...rest] = results
      for (const other of rest) expect(other).toEqual(first)
      // days are taken earliest first: 1–2, 3–4, 5–6, 7–8, 31 Dec–1 Jan, 2 Jan; the month and year reports join
      // the first cluster of their month and year
      const sizes = first?.clusters
        .filter((c) => c.source === 'JPN' && c.negated === 0)
        .map((c) => `${c.date}: ${c.reports}`)
        .sort()
      expect(sizes).toEqual([
        '2023-04-01: 6',
        '2023-04-03: 3',
        '2023-04-05: 2',
        '2023-04-07: 2',
        '2023-12-31: 2',
        '2024-01-02: 1',
      ])
      expect(first?.clusters.every((c) => c.rule_version === CLUSTER_RULE_VERSION)).toBe(true)
    })

    test('issue 14: two writers at once, and recluster, give the clusters one writer gives', async () => {
      const docs = corpus()
      const one = await db.open()
      for (const doc of docs) await one.putDoc(doc)
      const expected = await shapes(one)
      await one.close()
      const a = await db.open()
      const b = await db.reopen(a)
      // the first half in order on one connection, the second half backwards on another, at the same time
      const half = Math.ceil(docs.length / 2)
      await Promise.all([
        (async () => {
          for (const doc of docs.slice(0, half)) await a.putDoc(doc)
        })(),
        (async () => {
          for (const doc of docs.slice(half).reverse()) await b.putDoc(doc)
        })(),
      ])
      await b.close()
      expect(await shapes(a)).toEqual(expected)
      await a.recluster()
      expect(await shapes(a)).toEqual(expected)
      await a.close()
    })
  })
}
