import { sql, type Transaction } from 'kysely'
import type { Database, EventClusterTable } from './schema.js'
import { isPostgres } from './write-transaction.js'

/**
 * Article (`seq`) and cluster (`num`) numbers. PostgreSQL draws them from identity columns, so concurrent
 * writers never compute one from the highest stored; SQLite, one writer at a time, keeps numbering from the
 * highest stored, as it always has (its files and output stay the same).
 */
export async function nextArticleSeq(trx: Transaction<Database>) {
  if (isPostgres(trx)) return sql<number>`default`
  const last = await trx
    .selectFrom('articles')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst()
  return Number(last?.seq ?? 0) + 1
}

/** New cluster rows as inserted: in PostgreSQL the identity column numbers them, in insertion order. */
export function clusterRows(trx: Transaction<Database>, rows: readonly EventClusterTable[]) {
  return isPostgres(trx) ? rows.map((row) => ({ ...row, num: sql<number>`default` })) : rows
}

/** After every cluster is deleted (recluster), numbering starts again at 1 (transactional: rolled back on failure). */
export async function restartClusterNumbers(trx: Transaction<Database>): Promise<void> {
  if (isPostgres(trx)) await sql`alter table event_clusters alter column num restart with 1`.execute(trx)
}
