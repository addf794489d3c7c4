import { sql, type Transaction } from 'kysely'
import type { HeadCache } from './cluster-prefetch.js'
import type { Database, EventClusterTable } from './schema.js'
import { runSql } from './sql-text.js'
import { isPostgres } from './write-transaction.js'

/**
 * One write transaction, and what it carries from one stored article to the next: the article (`seq`) and cluster
 * (`num`) numbers. PostgreSQL draws them from identity columns, so concurrent writers never compute one from the
 * highest stored; SQLite, one writer at a time, keeps numbering from the highest stored, as it always has (its
 * files and output stay the same), read once per transaction.
 */
export interface WriteScope {
  readonly trx: Transaction<Database>
  readonly postgres: boolean
  lastSeq?: number
  lastNum?: number
  /** The cluster heads read ahead for the article being clustered (cluster-prefetch.ts); none between articles. */
  heads?: HeadCache
}

export function writeScope(trx: Transaction<Database>): WriteScope {
  return { trx, postgres: isPostgres(trx) }
}

/** The next article number (SQLite only: PostgreSQL's identity column numbers articles). */
export async function nextArticleSeq(scope: WriteScope): Promise<number> {
  if (scope.lastSeq === undefined) {
    const [last] = await runSql<{ seq: number | null }>(scope.trx, 'select max(seq) as seq from articles', [])
    scope.lastSeq = Number(last?.seq ?? 0)
  }
  return ++scope.lastSeq
}

/** The next cluster number (SQLite only, as above). */
export async function nextClusterNum(scope: WriteScope): Promise<number> {
  if (scope.lastNum === undefined) {
    const [last] = await runSql<{ num: number | null }>(scope.trx, 'select max(num) as num from event_clusters', [])
    scope.lastNum = Number(last?.num ?? 0)
  }
  return ++scope.lastNum
}

/** New cluster rows as inserted: in PostgreSQL the identity column numbers them, in insertion order. */
export function clusterRows(trx: Transaction<Database>, rows: readonly EventClusterTable[]) {
  return isPostgres(trx) ? rows.map((row) => ({ ...row, num: sql<number>`default` })) : rows
}

/** After every cluster is deleted (recluster), numbering starts again at 1 (transactional: rolled back on failure). */
export async function restartClusterNumbers(trx: Transaction<Database>): Promise<void> {
  if (isPostgres(trx)) await sql`alter table event_clusters alter column num restart with 1`.execute(trx)
}
