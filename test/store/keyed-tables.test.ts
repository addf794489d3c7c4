import { sql } from 'kysely'
import type { Doc, Mention } from '../../src/document.js'
import { afterAll, describe, expect, test } from 'vitest'
import { KEYED_TABLES } from '../../src/store/migrations/017-keyed-tables.js'
import { SCHEMA_VERSION, type Store } from '../../src/store/index.js'
import { allDocs, japanNatoCopy } from './fixtures.js'
import { cleanup, DATABASES, makeDoc, storeSnapshot } from './helpers.js'

afterAll(cleanup)

/** Takes a store back to schema 16: on SQLite the keyed tables as rowid tables again, with their old index. */
async function downgrade(store: Store): Promise<void> {
  if (store.dialect === 'sqlite') {
    for (const table of KEYED_TABLES) {
      const { rows } = await sql<{ type: string; sql: string | null }>`
        select type, sql from sqlite_master where tbl_name = ${table} and type in ('table', 'index')`.execute(store.db)
      const created = rows.find((row) => row.type === 'table')?.sql as string
      await sql
        .raw(created.replace(/"?\w+"? \(/, `"${table}_old" (`).replace(/\s*without rowid\s*$/i, ''))
        .execute(store.db)
      await sql.raw(`insert into "${table}_old" select * from "${table}"`).execute(store.db)
      await sql.raw(`drop table "${table}"`).execute(store.db)
      await sql.raw(`alter table "${table}_old" rename to "${table}"`).execute(store.db)
      for (const index of rows.filter((row) => row.type === 'index' && row.sql !== null)) {
        await sql.raw(index.sql as string).execute(store.db)
      }
    }
    await store.db.schema
      .createIndex('fact_holdings_object_cover')
      .on('fact_holdings')
      .columns(['relation', 'object', 'subject', 'valid_from', 'valid_to', 'statements'])
      .execute()
  }
  await store.db.deleteFrom('schema_version').where('version', '=', 17).execute()
}

async function tableTexts(store: Store): Promise<Map<string, string>> {
  const { rows } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type in ('table', 'index') and sql is not null`.execute(store.db)
  return new Map(rows.map((row) => [row.name, row.sql]))
}

const NAMES: [name: string, entity: string][] = [
  ['Japan', 'JPN'],
  ['NATO', 'NATO'],
  ['Finland', 'FIN'],
  ['China', 'CHN'],
  ['Sweden', 'SWE'],
]

/** The document with a linked mention of every occurrence of the names above. */
function withMentions(doc: Doc): Doc {
  const mentions: Mention[] = []
  for (const [name, entity] of NAMES) {
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
      const mention = { start: at, end: at + name.length, text: name, entity, confidence: 0.9 }
      mentions.push({ ...mention, id: `m${mentions.length + 1}`, type: 'LOCATION', form: 'name', kind: 'country' })
    }
  }
  return { ...doc, mentions }
}

const LATER = makeDoc('Finland and Sweden joined NATO in the spring. Sweden left the group later.', {
  published: '2024-03-08',
  facts: [
    { relation: 'member_of', subject: 'SWE', object: 'NATO', start: '2024-03-07', evidence: 'Sweden joined NATO' },
    { relation: 'member_of', subject: 'FIN', object: 'NATO', start: '2023-04-04', evidence: 'Finland and Sweden' },
  ],
})

describe.each(DATABASES)('migration 17: tables stored by their key ($name)', (database) => {
  test('an upgraded store keeps every row, and stores, counts and finds copies as before', async () => {
    let store = await database.open()
    try {
      for (const doc of allDocs()) await store.putDoc(withMentions(doc))
      const before = await storeSnapshot(store)
      expect(before.mentions.length).toBeGreaterThan(0)
      expect(before.holdings.length).toBeGreaterThan(0)
      await downgrade(store)
      await store.close()
      store = await database.reopen(store)
      expect(await store.schemaVersion()).toBe(SCHEMA_VERSION)
      expect(await storeSnapshot(store)).toEqual(before)
      if (store.dialect === 'sqlite') {
        const texts = await tableTexts(store)
        for (const table of KEYED_TABLES) expect(texts.get(table), table).toMatch(/without rowid$/i)
        expect(texts.has('fact_holdings_object_cover')).toBe(false)
        expect(texts.get('fact_holdings_subject_cover')).toMatch(/"relation", "subject", "object"/)
        // mentions, facts and events are still not other tables' rows: nothing else became keyed
        for (const table of ['articles', 'events', 'facts', 'event_clusters']) {
          expect(texts.get(table), table).not.toMatch(/without rowid/i)
        }
      }
      // the upsert still adds to a stored holding, and a syndicated copy is still found by its bands
      await store.putDoc(LATER)
      const holdings = await store.db
        .selectFrom('fact_holdings')
        .select(['subject', 'statements'])
        .where('relation', '=', 'member_of')
        .where('object', '=', 'NATO')
        .where('valid_from', '=', '2023-04-04')
        .execute()
      expect(holdings.map((h) => [h.subject, Number(h.statements)])).toEqual([['FIN', 2]])
      const copy = await store.putDoc({ ...japanNatoCopy(), text: `${japanNatoCopy().text} More soon.` })
      expect(copy.nearDuplicateOf).toBe(before.articles[0]?.id)
    } finally {
      await store.close()
    }
  })
})
