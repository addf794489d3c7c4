import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from '../store/index.js'
import { afterEach, expect, test } from 'vitest'
import { framePages, framesSince, pagesByTable, walMark } from './wal-pages.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function walDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'entente-wal-'))
  dirs.push(dir)
  const path = join(dir, 'wal.db')
  const db = new BetterSqlite3(path)
  db.pragma('journal_mode = WAL')
  db.pragma('wal_autocheckpoint = 0')
  db.exec('create table t (id integer primary key, body text)')
  return { db, path }
}

/** The log's frame count as SQLite itself reports it (a passive checkpoint's "log" column). */
function logFrames(db: BetterSqlite3.Database): number {
  return (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]?.log ?? -1
}

test('walMark reads the frames in the log as SQLite counts them', () => {
  const { db, path } = walDatabase()
  const insert = db.prepare('insert into t (body) values (?)')
  db.transaction(() => {
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(500))
  })()
  const frames = walMark(path).frames
  expect(frames).toBeGreaterThan(20) // 100 KB of rows: one frame a 4 KB page
  expect(frames).toBe(logFrames(db))
  db.close()
})

test('framesSince counts a transaction that starts the log again after a checkpoint', () => {
  const { db, path } = walDatabase()
  const insert = db.prepare('insert into t (body) values (?)')
  db.transaction(() => {
    for (let i = 0; i < 200; i++) insert.run('y'.repeat(500))
  })()
  const first = walMark(path)
  db.pragma('wal_checkpoint(TRUNCATE)')
  const before = walMark(path)
  insert.run('z')
  const after = walMark(path)
  expect(after.salt).not.toBe(first.salt)
  expect(after.frames).toBeLessThan(first.frames)
  // one small row: its leaf page and maybe the root, not the difference of two unrelated logs
  expect(framesSince(before, after)).toBe(after.frames)
  expect(framesSince(first, after)).toBe(after.frames)
  expect(framesSince(after, after)).toBe(0)
  db.close()
})

test('framePages and pagesByTable name the table and the index a transaction wrote to', async () => {
  const { db, path } = walDatabase()
  db.exec('create table u (id integer primary key, key text)')
  db.exec('create index u_key on u (key)')
  const before = walMark(path)
  const insert = db.prepare('insert into u (key) values (?)')
  db.transaction(() => {
    // 2,000 keys of 100 bytes in random order: the table grows at its end, the index everywhere
    for (let i = 0; i < 2000; i++) insert.run(`${((i * 7919) % 2000).toString().padStart(4, '0')}`.padEnd(100, 'k'))
  })()
  const after = walMark(path)
  const pages = framePages(path, before, after)
  expect(pages).toHaveLength(framesSince(before, after))
  const written = new Map<number, number>()
  for (const page of pages) written.set(page, (written.get(page) ?? 0) + 1)
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) })
  const tables = await pagesByTable(kysely, written)
  const byName = new Map(tables.map(({ name, pages }) => [name, pages]))
  // ~240 KB of rows and as much of index: dozens of pages each, nothing written to table t
  expect(byName.get('u')).toBeGreaterThan(40)
  expect(byName.get('u_key')).toBeGreaterThan(40)
  expect(byName.has('t')).toBe(false)
  expect(tables.reduce((sum, t) => sum + t.pages, 0)).toBeLessThanOrEqual(pages.length)
  await kysely.destroy()
})
