import { setTimeout as sleep } from 'node:timers/promises'
import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from './schema.js'
import { shareConnection } from './sqlite/direct.js'

/**
 * How concurrent writers stay safe. One write transaction at a time per store, on both dialects:
 * - SQLite: every transaction on a writing connection starts as BEGIN IMMEDIATE (see sqlite/immediate.ts), so it
 *   takes the write lock first and waits for it under the busy timeout, instead of starting as a read and failing
 *   ("database is locked") when it upgrades.
 * - PostgreSQL: every write transaction first takes one transaction-scoped advisory lock, WRITE_LOCK. Storing an
 *   article reads what is stored (is it a near-duplicate? which cluster does each report join?) and then writes
 *   from what it read; serialized, two workers storing reports of one happening give one cluster, exactly as one
 *   process does. The lock is held only while an article is written (milliseconds); the analysis, which is most
 *   of the work, runs outside it, so workers still run in parallel.
 * A transaction that fails because the database was busy (SQLite's SQLITE_BUSY after the timeout, PostgreSQL's
 * deadlock or serialization failure) is rolled back and run again, a few times, with growing pauses.
 */
export const WRITE_LOCK = 0x656e7465 // 'ente'

const RETRIES = 8

export async function writeTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  const postgres = isPostgres(db)
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        if (postgres) await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx)
        else shareConnection(db, trx)
        return work(trx)
      })
    } catch (error) {
      if (attempt >= RETRIES || !isBusy(error)) throw error
      await sleep(Math.min(2000, 25 * 2 ** attempt) * (0.5 + Math.random()))
    }
  }
}

export function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === '40001' || code === '40P01'
}
