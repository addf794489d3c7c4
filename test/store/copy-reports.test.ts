import { afterAll, describe, expect, test } from 'vitest'
import { generateCorpus } from '../../src/bench/corpus.js'
import {
  copyReportIn,
  originalDates,
  originalDatesQuery,
  rangesQuery,
  readRanges,
  reportsQuery,
} from '../../src/store/cluster-reads.js'
import { RECOUNT } from '../../src/store/cluster-writes.js'
import { writeScope } from '../../src/store/numbers.js'
import { runSql } from '../../src/store/sql-text.js'
import type { Store } from '../../src/store/index.js'
import { cleanup, DATABASES, makeDoc } from './helpers.js'

afterAll(cleanup)

/** Our own sentence, then a generated body long enough to have LSH bands. */
const LEAD = 'Norway criticised Sweden over the fishing quota on Monday.'
const body = (generateCorpus(20_000, 31)[0] as { text: string }).text
const event = { source: 'NOR', target: 'SWE', cameo: '111', evidence: 'criticised', date: '2023-05-08' }
const key = { source: 'NOR', target: 'SWE', root: '11', negated: 0 }

async function copyIn(store: Store, from: string, to: string): Promise<boolean> {
  return store.db.transaction().execute((trx) => copyReportIn(writeScope(trx), { key, from, to }))
}

for (const db of DATABASES) {
  describe(db.name, () => {
    test("migration 15: a key's days hold a copy's report exactly when a near-duplicate reported there", async () => {
      const store = await db.open()
      try {
        await store.putDoc(makeDoc(`${LEAD} ${body}`, { events: [event] }))
        expect(await copyIn(store, '2023-05-01', '2023-05-20')).toBe(false)
        const copy = await store.putDoc(makeDoc(`${LEAD} ${body} Shared by 12 readers.`, { events: [event] }))
        expect(copy.nearDuplicateOf, 'the second text must be stored as a near-duplicate').toBeDefined()
        expect(await copyIn(store, '2023-05-01', '2023-05-20')).toBe(true)
        expect(await copyIn(store, '2023-05-09', '2023-05-20')).toBe(false)
        expect(await copyIn(store, '2023-05-08', '2023-05-09')).toBe(true)
      } finally {
        await store.close()
      }
    })

    test("issue 14 item 7: the reports read for clustering carry their article's copy status", async () => {
      const store = await db.open()
      try {
        const original = await store.putDoc(makeDoc(`${LEAD} ${body}`, { events: [event] }))
        const copy = await store.putDoc(makeDoc(`${LEAD} ${body} Shared by 12 readers.`, { events: [event] }))
        expect(copy.nearDuplicateOf).toBe(original.id)
        const range = { key, from: '2023-05-01', to: '2023-05-20' }
        const [reports, dates] = await store.db.transaction().execute(async (trx) => {
          const scope = writeScope(trx)
          return [(await readRanges(scope, [range]))[0], await originalDates(scope, range, 20)]
        })
        const status = new Map((reports ?? []).map((r) => [r.article_id, r.near_duplicate_of]))
        expect(status).toEqual(
          new Map([
            [original.id, null],
            [copy.id, original.id],
          ]),
        )
        expect(dates).toEqual(['2023-05-08'])
      } finally {
        await store.close()
      }
    })

    if (db.name === 'sqlite') {
      test("issue 14 item 7: reading reports for clustering reads no article row (a copy's status is in articles_copies)", async () => {
        const store = await db.open()
        try {
          const plans = await store.db.transaction().execute(async (trx) => {
            const plan = async (text: string) => {
              const parameters = Array(text.split('?').length - 1).fill(null)
              const rows = await runSql<{ detail: string }>(trx, `explain query plan ${text}`, parameters)
              return rows.map((row) => row.detail).join('\n')
            }
            return [await plan(reportsQuery(2, false)), await plan(originalDatesQuery(false, 20))]
          })
          for (const plan of plans) {
            expect(plan).toMatch(/COVERING INDEX articles_copies/)
            expect(plan).not.toMatch(/sqlite_autoindex_articles/)
          }
          expect(plans[1]).toMatch(/COVERING INDEX events_key_article/)
        } finally {
          await store.close()
        }
      })

      test("migration 15: the copy check and a cluster's recount read indexes only, not event or article rows", async () => {
        const store = await db.open()
        try {
          const copyCheck = `${rangesQuery(1, false, 'e.date', 'join articles a on a.id = e.article_id and a.near_duplicate_of is not null')} limit 1`
          const [copy, recount] = await store.db.transaction().execute(async (trx) => {
            const plan = async (text: string) => {
              const parameters = Array(text.split('?').length - 1).fill(null)
              const rows = await runSql<{ detail: string }>(trx, `explain query plan ${text}`, parameters)
              return rows.map((row) => row.detail).join('\n')
            }
            return [await plan(copyCheck), await plan(RECOUNT)]
          })
          expect(copy).toMatch(/COVERING INDEX events_key_article/)
          expect(copy).toMatch(/COVERING INDEX articles_copies/)
          expect(recount).toMatch(/COVERING INDEX events_cluster_article/)
          expect(recount).not.toMatch(/SCAN events/)
        } finally {
          await store.close()
        }
      })
    }
  })
}
