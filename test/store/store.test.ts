import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, describe, expect, test } from 'vitest'
import { openSqliteStore, openStore, SCHEMA_VERSION } from '../../src/store/index.js'
import { allDocs, japanNato, japanNatoCopy, japanNatoLater, japanNatoSecondReport } from './fixtures.js'
import pg from 'pg'
import { sql } from 'kysely'
import { cleanup, DATABASES, makeDoc, storeSnapshot, tempDir, tempPostgresDatabase } from './helpers.js'

afterAll(cleanup)

for (const db of DATABASES) {
  describe(db.name, () => {
    test('a new store has the current schema version', async () => {
      const store = await db.open()
      expect(await store.schemaVersion()).toBe(SCHEMA_VERSION)
      await store.close()
    })

    test('storing the same documents twice changes nothing', async () => {
      const store = await db.open()
      for (const doc of allDocs()) await store.putDoc(doc)
      const first = await storeSnapshot(store)
      const again = await Promise.all(allDocs().map((doc) => store.putDoc(doc)))
      expect(again.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate'])
      expect(await storeSnapshot(store)).toEqual(first)
      await store.close()
    })

    test('a failure mid-article leaves nothing of it', async () => {
      const store = await db.open()
      const good = japanNato()
      const bad = { ...good, events: [good.events[0], good.events[1], { ...good.events[2], id: 'e1' }] } as typeof good
      await expect(store.putDoc(bad as never)).rejects.toThrow()
      const empty = await storeSnapshot(store)
      for (const rows of Object.values(empty)) expect(rows).toEqual([])
      expect(await store.putDoc(good)).toMatchObject({ status: 'stored' })
      await store.close()
    })

    test('a syndicated copy is linked to its original and adds no happening', async () => {
      const store = await db.open()
      const original = await store.putDoc(japanNato())
      const copy = await store.putDoc(japanNatoCopy())
      expect(copy).toMatchObject({ status: 'stored', nearDuplicateOf: original.id })
      const article = await store.db
        .selectFrom('articles')
        .selectAll()
        .where('id', '=', copy.id)
        .executeTakeFirstOrThrow()
      expect(article.near_duplicate_of).toBe(original.id)
      const clusters = await store.db.selectFrom('event_clusters').selectAll().execute()
      expect(clusters).toHaveLength(3)
      const meeting = clusters.find((c) => c.cameo === '043')
      expect(meeting).toMatchObject({ reports: 2, articles: 2 })
      await store.close()
    })

    test('reports of one happening form one cluster; a later one its own', async () => {
      const store = await db.open()
      const a = await store.putDoc(japanNato())
      const b = await store.putDoc(japanNatoSecondReport())
      await store.putDoc(japanNatoLater())
      const events = await store.db.selectFrom('events').select(['id', 'cluster_id', 'date']).orderBy('id').execute()
      const meeting = events.find((e) => e.id === `${a.id}:e1`)
      const second = events.find((e) => e.id === `${b.id}:e1`)
      expect(second?.cluster_id).toBe(meeting?.cluster_id)
      const clusters = await store.db.selectFrom('event_clusters').selectAll().orderBy('num').execute()
      expect(clusters.map((c) => [c.root, c.date, c.reports, c.rule_version])).toEqual([
        ['04', '2023-04-04', 2, 2],
        ['05', '2023-04-04', 1, 2],
        ['11', '2023-04-04', 1, 2],
        ['04', '2023-07-19', 1, 2],
      ])
      await store.close()
    })

    test('recluster rebuilds the same clusters', async () => {
      const store = await db.open()
      for (const doc of allDocs()) await store.putDoc(doc)
      const before = await storeSnapshot(store)
      await store.db.updateTable('events').set({ cluster_id: null }).execute()
      await store.db.deleteFrom('event_clusters').execute()
      const result = await store.recluster()
      expect(result).toMatchObject({ ruleVersion: 2, events: 7, clusters: before.clusters.length })
      expect(await storeSnapshot(store)).toEqual(before)
      await store.close()
    })

    test('a document with no layers is stored whole', async () => {
      const store = await db.open()
      const result = await store.putDoc(makeDoc('Nothing happened today.'))
      expect(result.status).toBe('stored')
      expect(await store.hasArticle(result.id)).toBe(true)
      await store.close()
    })

    test('undated events sort where SQLite puts them: first ascending, last descending', async () => {
      const store = await db.open()
      await store.putDoc(japanNato())
      await store.putDoc(
        makeDoc('Japan and NATO held talks.', {
          events: [{ source: 'JPN', target: 'NATO', cameo: '040', evidence: 'held talks' }],
        }),
      )
      const byDate = (direction: 'asc' | 'desc') =>
        store.db.selectFrom('events').select('date').orderBy('date', direction).orderBy('id').execute()
      expect((await byDate('asc')).map((e) => e.date)).toEqual([null, '2023-04-04', '2023-04-04', '2023-04-04'])
      expect((await byDate('desc')).map((e) => e.date)).toEqual(['2023-04-04', '2023-04-04', '2023-04-04', null])
      await store.close()
    })

    test('a store from a newer entente is refused', async () => {
      const store = await db.open()
      await store.db
        .insertInto('schema_version')
        .values({ version: 999, name: 'future', applied_at: '2030-01-01' })
        .execute()
      await store.close()
      await expect(db.reopen(store)).rejects.toMatchObject({ code: 'store.newer-schema' })
    })
  })
}

describe('sqlite files', () => {
  test('random bytes are not a store', async () => {
    const path = join(tempDir(), 'random.db')
    writeFileSync(path, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))
    await expect(openSqliteStore(path)).rejects.toMatchObject({ code: 'store.not-a-store' })
  })
  test('another SQLite database is not a store', async () => {
    const path = join(tempDir(), 'other.db')
    const other = new BetterSqlite3(path)
    other.exec('create table notes (id integer primary key, body text)')
    other.close()
    await expect(openSqliteStore(path)).rejects.toMatchObject({ code: 'store.not-a-store' })
  })
  test('issue 14: a foreign SQLite database is refused unchanged, for writing and for reading', async () => {
    const dir = tempDir()
    const path = join(dir, 'other.db')
    const other = new BetterSqlite3(path)
    other.exec("create table notes (id integer primary key, body text); insert into notes (body) values ('mine')")
    other.close()
    const before = readFileSync(path)
    await expect(openStore(path)).rejects.toMatchObject({ code: 'store.not-a-store' })
    await expect(openStore(path, { readOnly: true })).rejects.toMatchObject({ code: 'store.not-a-store' })
    await expect(openStore(path, { mustExist: true })).rejects.toMatchObject({ code: 'store.not-a-store' })
    expect(readFileSync(path).equals(before)).toBe(true)
    expect(readdirSync(dir)).toEqual(['other.db'])
    const check = new BetterSqlite3(path, { readonly: true })
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete')
    check.close()
  })
  test('issue 14: a commit of 12,000 pages stays in the write-ahead log; the file takes it at 40,000 or on close', async () => {
    // a 256-article batch into a 20k-article store writes ~36,000 pages: folding the log into the file after every
    // commit copied each page each time, where every second commit shares the pages both wrote
    const path = join(tempDir(), 'log.db')
    const store = await openSqliteStore(path)
    await sql`create table pad (body blob)`.execute(store.db)
    await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < 12000) insert into pad (body) select randomblob(3000) from n`.execute(
      store.db,
    )
    // the file still holds only the schema (a few pages); the log the new rows
    expect(statSync(path).size).toBeLessThan(2_000_000)
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(40_000_000)
    await store.close()
    expect(statSync(path).size).toBeGreaterThan(40_000_000)
  })
  test('issue 14: a read-only open never creates a store', async () => {
    const dir = tempDir()
    const missing = join(dir, 'missing.db')
    await expect(openStore(missing, { readOnly: true })).rejects.toMatchObject({ code: 'input.not-found' })
    await expect(openStore(missing, { mustExist: true })).rejects.toMatchObject({ code: 'input.not-found' })
    expect(existsSync(missing)).toBe(false)
    const empty = join(dir, 'empty.db')
    writeFileSync(empty, '')
    await expect(openStore(empty, { readOnly: true })).rejects.toMatchObject({
      code: 'store.not-a-store',
      message: expect.stringContaining(empty),
    })
    await expect(openStore(empty, { mustExist: true })).rejects.toMatchObject({ code: 'store.not-a-store' })
    expect(statSync(empty).size).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['empty.db'])
  })
  test('issue 14: a store opened read-only reads and refuses to write', async () => {
    const path = join(tempDir(), 'store.db')
    const writer = await openStore(path)
    await writer.putDoc(japanNato())
    await writer.close()
    const reader = await openStore(path, { readOnly: true })
    expect(await reader.db.selectFrom('articles').select('id').execute()).toHaveLength(1)
    await expect(reader.putDoc(japanNatoLater())).rejects.toThrow()
    await reader.close()
  })
  test('issue 14: an older store is never upgraded by a reader', async () => {
    const path = join(tempDir(), 'old.db')
    await (await openStore(path)).close()
    const old = new BetterSqlite3(path)
    old.exec('delete from schema_version where version > 1')
    old.close()
    const before = readFileSync(path)
    await expect(openStore(path, { readOnly: true })).rejects.toMatchObject({ code: 'store.older-schema' })
    expect(readFileSync(path).equals(before)).toBe(true)
  })
  test('issue 14: a store this user may not write is reported once, naming the store', async () => {
    const main = resolve('dist/cli/main.js')
    expect(existsSync(main), `${main} is built by \`npm run build\``).toBe(true)
    const dir = tempDir()
    const path = join(dir, 'locked.db')
    await (await openStore(path)).close()
    writeFileSync(join(dir, 'a.txt'), 'Japan and NATO met in Brussels on Tuesday.')
    writeFileSync(join(dir, 'b.txt'), 'Finland joined NATO on Tuesday.')
    chmodSync(path, 0o444)
    chmodSync(dir, 0o555)
    // root writes through file modes: run the CLI as "nobody" then (CI runs as root)
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const run = spawnSync(process.execPath, [main, 'ingest', dir, '--db', path], { encoding: 'utf8', ...user })
    // reading needs no write permission on the store, only its shared-memory index: refused by name, not crashed
    const query = spawnSync(process.execPath, [main, 'query', 'events', '--db', path], { encoding: 'utf8', ...user })
    chmodSync(dir, 0o755)
    expect(run.status).toBe(1)
    expect(run.stderr.match(/read-only/g)).toHaveLength(1)
    expect(run.stderr).toContain(`Cannot write to store "${path}"`)
    expect(query.stderr).toContain(`Cannot read store "${path}": SQLite must create "${path}-shm"`)
    expect(query.status).toBe(1)
  })
  test('an empty file becomes a store', async () => {
    const path = join(tempDir(), 'empty.db')
    writeFileSync(path, '')
    const store = await openSqliteStore(path)
    expect(await store.schemaVersion()).toBe(SCHEMA_VERSION)
    await store.close()
    const again = await openSqliteStore(path)
    await again.close()
  })
})

describe('postgres databases', () => {
  test('issue 14: an empty database read-only is not a store, and stays empty', async () => {
    const url = await tempPostgresDatabase()
    await expect(openStore(url, { readOnly: true })).rejects.toMatchObject({ code: 'store.not-a-store' })
    await expect(openStore(url, { mustExist: true })).rejects.toMatchObject({ code: 'store.not-a-store' })
    expect(await tablesOf(url)).toEqual([])
  })
  test('issue 14: another database is refused unchanged', async () => {
    const url = await tempPostgresDatabase()
    await onDatabase(url, "create table notes (id int primary key, body text); insert into notes values (1, 'mine')")
    await expect(openStore(url)).rejects.toMatchObject({ code: 'store.not-a-store' })
    await expect(openStore(url, { readOnly: true })).rejects.toMatchObject({ code: 'store.not-a-store' })
    expect(await tablesOf(url)).toEqual(['notes'])
  })
  test('a store opened read-only reads and refuses to write', async () => {
    const url = await tempPostgresDatabase()
    const writer = await openStore(url)
    await writer.putDoc(japanNato())
    await writer.close()
    const reader = await openStore(url, { readOnly: true })
    expect(await reader.db.selectFrom('articles').select('id').execute()).toHaveLength(1)
    await expect(reader.putDoc(japanNatoLater())).rejects.toThrow(/read-only transaction/)
    await reader.close()
  })
  test('a database that does not exist, and a server that does not answer, are named', async () => {
    const url = await tempPostgresDatabase()
    await expect(openStore(`${url}_missing`)).rejects.toMatchObject({
      code: 'input.not-found',
      message: expect.stringContaining('has no such database'),
    })
    // nothing listens on port 1 of the loopback
    await expect(openStore('postgres://someone:secret@127.0.0.1:1/entente')).rejects.toMatchObject({
      code: 'store.unreachable',
      message:
        'Cannot open store "postgres://someone:***@127.0.0.1:1/entente": PostgreSQL at 127.0.0.1:1 does not answer (ECONNREFUSED)',
    })
  })
})

async function onDatabase(url: string, statements: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statements)
  } finally {
    await client.end()
  }
}

async function tablesOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const result = await client.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' order by 1",
    )
    return result.rows.map((row) => row.name)
  } finally {
    await client.end()
  }
}
