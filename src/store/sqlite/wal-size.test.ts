import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, expect, test } from 'vitest'
import { openSqliteStore, WAL_SIZE_LIMIT } from './open-sqlite.js'

const dir = mkdtempSync(join(tmpdir(), 'entente-wal-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const MB = 1024 * 1024

test('the write-ahead log is cut back to its limit once folded in, not kept at the size it grew to', async () => {
  const path = join(dir, 'wal.db')
  const store = await openSqliteStore(path)
  try {
    // one commit of ~80 MB grows the log past the limit (a long ingest's log grows so between checkpoints)
    await sql`create table filler (x blob)`.execute(store.db)
    await sql`insert into filler
      with recursive n(i) as (select 1 union all select i + 1 from n where i < 80) select zeroblob(1048576) from n`.execute(
      store.db,
    )
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(WAL_SIZE_LIMIT + 8 * MB)
    await sql`pragma wal_checkpoint(passive)`.execute(store.db)
    // a small commit after the checkpoint starts the log again from its beginning
    await sql`delete from filler where rowid = 1`.execute(store.db)
    expect(statSync(`${path}-wal`).size).toBeLessThanOrEqual(WAL_SIZE_LIMIT)
    expect(await store.db.selectFrom('articles').select('id').execute()).toEqual([])
  } finally {
    await store.close()
  }
})

test('a small log is left as it is', async () => {
  const path = join(dir, 'small.db')
  const store = await openSqliteStore(path)
  try {
    await sql`create table filler (x blob)`.execute(store.db)
    await sql`insert into filler select zeroblob(1048576)`.execute(store.db)
    const before = statSync(`${path}-wal`).size
    await sql`pragma wal_checkpoint(passive)`.execute(store.db)
    await sql`delete from filler`.execute(store.db)
    expect(before).toBeGreaterThan(MB)
    expect(statSync(`${path}-wal`).size).toBe(before)
  } finally {
    await store.close()
  }
})
