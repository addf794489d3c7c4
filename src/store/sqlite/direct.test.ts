import BetterSqlite3 from 'better-sqlite3'
import { Kysely } from 'kysely'
import { afterEach, describe, expect, test } from 'vitest'
import type { Database } from '../schema.js'
import { runSql } from '../sql-text.js'
import { writeTransaction } from '../write-transaction.js'
import { registerConnection } from './direct.js'
import { ImmediateSqliteDialect } from './immediate.js'

/** A store-like Kysely instance on a fresh in-memory database, logging what its executor runs. */
function open(register: boolean) {
  const database = new BetterSqlite3(':memory:')
  database.exec('create table entities (id text primary key, kind text not null, name text not null)')
  const ran: string[] = []
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database }),
    log: (event) => void ran.push(event.query.sql),
  })
  if (register) registerConnection(db, database)
  opened.push(db)
  return { db, database, ran }
}

const opened: Kysely<Database>[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.destroy()
})

const INSERT = 'insert into entities (id, kind, name) values (?, ?, ?), (?, ?, ?)'
const ROWS = ['FRA', 'country', 'France', 'NATO', 'organization', 'NATO']
const SELECT = 'select id, name from entities where kind = ? order by id'

describe('SQLite write transactions run trusted statements on the connection', () => {
  test("issue 13: storing's statements skip Kysely's executor (only begin and commit go through it)", async () => {
    const { db, ran } = open(true)
    const read = await writeTransaction(db, async (trx) => {
      await runSql(trx, INSERT, ROWS)
      return runSql(trx, SELECT, ['country'])
    })
    expect(read).toEqual([{ id: 'FRA', name: 'France' }])
    expect(ran).toEqual(['begin immediate', 'commit'])
  })

  test('the same rows come back as through Kysely, and the writes are committed', async () => {
    const direct = open(true)
    const through = open(false)
    for (const { db } of [direct, through]) await writeTransaction(db, (trx) => runSql(trx, INSERT, ROWS))
    const read = async (db: Kysely<Database>) => writeTransaction(db, (trx) => runSql(trx, SELECT, ['organization']))
    expect(await read(direct.db)).toEqual(await read(through.db))
    expect(direct.database.prepare('select count(*) as n from entities').get()).toEqual({ n: 2 })
    expect(through.ran).toContain(INSERT)
  })

  test('a failure later in the transaction takes back what a direct statement wrote', async () => {
    const { db, database } = open(true)
    const failing = writeTransaction(db, async (trx) => {
      await runSql(trx, INSERT, ROWS)
      await runSql(trx, INSERT, ROWS) // the same keys again: a constraint failure
    })
    await expect(failing).rejects.toThrow(/UNIQUE constraint failed/)
    expect(database.prepare('select count(*) as n from entities').get()).toEqual({ n: 0 })
  })

  test('outside a transaction a statement still goes through Kysely, which waits for the transaction', async () => {
    const { db, ran } = open(true)
    await runSql(db, SELECT, ['country'])
    expect(ran).toEqual([SELECT])
  })

  test('a store without a registered connection runs every statement through Kysely', async () => {
    const { db, ran } = open(false)
    await writeTransaction(db, (trx) => runSql(trx, INSERT, ROWS))
    expect(ran).toEqual(['begin immediate', INSERT, 'commit'])
  })
})
