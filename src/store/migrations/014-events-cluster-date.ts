import type { Kysely } from 'kysely'
import type { SqlDialect } from './column-types.js'

/**
 * events_cluster (cluster_id) becomes events_cluster_date (cluster_id, date): when storing moves a cluster's month
 * or year reports to another cluster, it updated them by cluster and then tested every report of that cluster for
 * the period; a filled store's clusters hold many reports, and ~4 such moves an article read them all. With the
 * date in the index each move seeks the period's reports only. Everything else that read events by cluster reads
 * this index's first column, as before; one index is written for each event, as before.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema.createIndex('events_cluster_date').on('events').columns(['cluster_id', 'date']).execute()
  await db.schema.dropIndex('events_cluster').execute()
}
