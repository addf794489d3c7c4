import { afterAll, describe, expect, test } from 'vitest'
import { sql } from 'kysely'
import { cleanup, DATABASES, makeDoc } from '../../test/store/helpers.js'
import { SCHEMA_VERSION, type Store } from '../store/index.js'
import { mixUpTo, type MixRow, type Side } from './actor-mix.js'

afterAll(cleanup)

const OTHERS = ['NATO', 'USA', 'CHN']
const DATES = ['2019-03-02', '2020-05', '2020', '2020-05-20', '2021-01-01', undefined]

/** Articles whose events put JPN on one side or the other, with day, month, year and no dates. */
async function store(store: Store, from: number, to: number, dates: readonly (string | undefined)[] = DATES) {
  for (let i = from; i < to; i++) {
    const words = ['met', 'warned', 'praised'].map((verb) => `${verb} ${i}`)
    await store.putDoc(
      makeDoc(`Report ${i}: ${words.join('; ')}.`, {
        events: words.map((evidence, j) => {
          const other = OTHERS[(i + j) % 3] as string
          const date = dates[(i + 2 * j) % dates.length]
          return {
            source: j === 1 ? other : 'JPN',
            target: j === 1 ? 'JPN' : other,
            cameo: j === 2 ? '111' : '040',
            quad: j === 2 ? 3 : 1,
            goldstein: j === 2 ? -2 : 1.5,
            evidence,
            ...(date ? { date } : {}),
          } as const
        }),
      }),
    )
  }
}

/** The same sums from every cluster row, compared as the dossier compares: the date as text, up to the day. */
async function direct(db: Store, side: Side, at: string): Promise<MixRow[]> {
  const rows = await db.db
    .selectFrom('event_clusters')
    .select(['source', 'target', 'quad', 'goldstein', 'date'])
    .where(side, '=', 'JPN')
    .where('negated', '=', 0)
    .execute()
  const totals = new Map<string | null, MixRow>()
  for (const row of rows) {
    if (row.date === null || row.date > at) continue
    const actor = side === 'source' ? row.target : row.source
    const seen = totals.get(actor) ?? { actor, clusters: 0, goldstein: 0, quads: [0, 0, 0, 0] }
    const quads = seen.quads.map((n, i) => (i === row.quad - 1 ? n + 1 : n)) as [number, number, number, number]
    totals.set(actor, { actor, clusters: seen.clusters + 1, goldstein: seen.goldstein + row.goldstein, quads })
  }
  return [...totals.values()]
}

const sorted = (rows: MixRow[]) =>
  rows
    .map((row) => ({ ...row, goldstein: Math.round(row.goldstein * 1000) / 1000 }))
    .sort((a, b) => String(a.actor).localeCompare(String(b.actor)))

describe.each(DATABASES)('an actor mix up to a day, from monthly sums kept in memory ($name)', (database) => {
  test('equals the sums over every cluster, on days inside and between months, and follows writes', async () => {
    const db = await database.open()
    try {
      await store(db, 0, 12)
      const days = ['2019-01-01', '2019-03-02', '2020-04-30', '2020-05-01', '2020-05-20', '2020-12-31', '2024-01-01']
      for (const side of ['source', 'target'] as const) {
        for (const day of days) {
          expect(sorted(await mixUpTo({ store: db }, side, 'JPN', day)), `${side} ${day}`).toEqual(
            sorted(await direct(db, side, day)),
          )
        }
      }
      const before = await mixUpTo({ store: db }, 'source', 'JPN', '2024-01-01')
      // a write moves the data version: the kept sums are read again (new happenings: days not seen before)
      await store(db, 12, 18, ['2022-02-14', '2022-03'])
      const after = await mixUpTo({ store: db }, 'source', 'JPN', '2024-01-01')
      expect(sorted(after)).toEqual(sorted(await direct(db, 'source', '2024-01-01')))
      const count = (rows: MixRow[]) => rows.reduce((n, row) => n + row.clusters, 0)
      expect(count(after)).toBeGreaterThan(count(before))
    } finally {
      await db.close()
    }
  })
})

/** actor_months as a plain GROUP BY over every cluster would make it: the rows the writes must keep. */
async function monthsByGrouping(db: Store): Promise<string[]> {
  const rows: string[] = []
  for (const [side, other] of [
    ['source', 'target'],
    ['target', 'source'],
  ] as const) {
    const clusters = await db.db
      .selectFrom('event_clusters')
      .select(['source', 'target', 'quad', 'goldstein', 'date'])
      .where('negated', '=', 0)
      .where('date', 'is not', null)
      .where(side, 'is not', null)
      .execute()
    const totals = new Map<string, { clusters: number; goldstein: number; quads: number[] }>()
    for (const row of clusters) {
      const key = `${row[side]} ${side} ${(row.date as string).slice(0, 7)} ${row[other] ?? ''}`
      const seen = totals.get(key) ?? { clusters: 0, goldstein: 0, quads: [0, 0, 0, 0] }
      seen.clusters += 1
      seen.goldstein += row.goldstein
      seen.quads = seen.quads.map((n, i) => (i === row.quad - 1 ? n + 1 : n))
      totals.set(key, seen)
    }
    for (const [key, t] of totals) rows.push(`${key} ${t.clusters} ${t.goldstein.toFixed(3)} ${t.quads.join(',')}`)
  }
  return rows.sort()
}

async function keptMonths(db: Store): Promise<string[]> {
  const rows = await db.db.selectFrom('actor_months').selectAll().where('clusters', '>', 0).execute()
  return rows
    .map(
      (r) =>
        `${r.actor} ${r.side} ${r.month} ${r.other} ${r.clusters} ${Number(r.goldstein).toFixed(3)} ${[r.quad1, r.quad2, r.quad3, r.quad4].join(',')}`,
    )
    .sort()
}

/**
 * Takes a store back to before migration 11: no actor_months, no triggers, migration 12's indexes, schema version
 * 10 (migration 13 then rebuilds the table migration 11 makes).
 */
async function downgrade(db: Store): Promise<void> {
  // migration 17 finds its tables keyed already and leaves them
  await db.db.deleteFrom('schema_version').where('version', '=', 17).execute()
  await db.db.schema.createIndex('events_article').on('events').column('article_id').execute()
  await db.db.deleteFrom('schema_version').where('version', '=', 16).execute()
  await db.db.schema
    .createIndex('events_key')
    .on('events')
    .columns(['source', 'target', 'root', 'negated', 'date'])
    .execute()
  await db.db.schema.createIndex('events_cluster_date').on('events').columns(['cluster_id', 'date']).execute()
  for (const index of ['events_key_article', 'events_cluster_article', 'articles_copies']) {
    await db.db.schema.dropIndex(index).execute()
  }
  await db.db.deleteFrom('schema_version').where('version', '=', 15).execute()
  await db.db.schema.createIndex('events_cluster').on('events').column('cluster_id').execute()
  await db.db.schema.dropIndex('events_cluster_date').execute()
  await db.db.deleteFrom('schema_version').where('version', '=', 14).execute()
  await db.db.deleteFrom('schema_version').where('version', '=', 13).execute()
  await db.db.schema.createIndex('mentions_article').on('mentions').column('article_id').execute()
  await db.db.schema.createIndex('mentions_entity').on('mentions').column('entity').execute()
  await db.db.schema.createIndex('facts_object').on('facts').columns(['object', 'relation']).execute()
  await db.db.schema.createIndex('clusters_target').on('event_clusters').columns(['target', 'date']).execute()
  await db.db.deleteFrom('schema_version').where('version', '=', 12).execute()
  if (db.dialect === 'postgres') {
    await sql`drop trigger actor_months_apply on event_clusters`.execute(db.db)
    await sql`drop function actor_months_apply()`.execute(db.db)
  } else {
    for (const name of ['insert', 'delete', 'update_old', 'update_new']) {
      await sql.raw(`drop trigger actor_months_${name}`).execute(db.db)
    }
  }
  await sql`drop table actor_months`.execute(db.db)
  await db.db.deleteFrom('schema_version').where('version', '=', 11).execute()
}

describe.each(DATABASES)('the monthly sums the writes keep in actor_months ($name)', (database) => {
  test('equal a GROUP BY over every cluster after ingests, a re-clustering and an upgrade from version 10 (migrations 11-13)', async () => {
    let db = await database.open()
    try {
      await store(db, 0, 9)
      // reports on neighbouring days and in the same months rename, grow and merge the clusters stored before
      await store(db, 9, 15, ['2019-03-01', '2019-03-03', '2020-05', '2019', undefined])
      await db.putDoc(
        makeDoc('Japan did not meet China. Japan warned.', {
          events: [
            { source: 'JPN', target: 'CHN', cameo: '040', evidence: 'did not meet', negated: true, date: '2019-03-02' },
            { source: 'JPN', cameo: '111', quad: 3, goldstein: -2, evidence: 'warned', date: '2019-03-02' },
          ],
        }),
      )
      const grouped = await monthsByGrouping(db)
      expect(grouped.length).toBeGreaterThan(10)
      expect(await keptMonths(db)).toEqual(grouped)
      await db.recluster()
      expect(await keptMonths(db)).toEqual(await monthsByGrouping(db))

      await downgrade(db)
      await db.close()
      db = await database.reopen(db)
      expect(await db.schemaVersion()).toBe(SCHEMA_VERSION)
      expect(await keptMonths(db)).toEqual(grouped)
      if (db.dialect === 'sqlite') {
        // migration 13: the table is its key's B-tree, and the triggers it carried over still keep it
        const { rows } = await sql<{ sql: string }>`
          select sql from sqlite_master where type = 'table' and name = 'actor_months'`.execute(db.db)
        expect(rows[0]?.sql).toMatch(/without rowid\s*$/i)
        const { rows: triggers } = await sql<{ name: string }>`
          select name from sqlite_master where type = 'trigger' and tbl_name = 'event_clusters'
            and sql like '%actor_months%' order by name`.execute(db.db)
        expect(triggers.map((t) => t.name)).toEqual([
          'actor_months_delete',
          'actor_months_insert',
          'actor_months_update_new',
          'actor_months_update_old',
        ])
      }
      await store(db, 15, 20, ['2020-05-21', '2021-01'])
      expect(await keptMonths(db)).toEqual(await monthsByGrouping(db))
      await db.recluster()
      expect(await keptMonths(db)).toEqual(await monthsByGrouping(db))
    } finally {
      await db.close()
    }
  })
})
