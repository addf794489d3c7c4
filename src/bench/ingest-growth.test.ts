import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, expect, test } from 'vitest'
import { framesSince, walMark } from './ingest-growth.js'

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
