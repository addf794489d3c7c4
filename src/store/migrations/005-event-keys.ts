import type { Kysely } from 'kysely'

/**
 * events_key: storing an article re-clusters each (source, target, root, negation) it reports over the years its
 * reports fall in, reading that key's stored reports by date. With only (source, date) and (target, date) to go
 * by, those reads scan every report of the source in the year, a share of the store that grows with it; on the
 * whole key they read the key's own reports, as event_clusters' clusters_key already does for clusters.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('events_key')
    .on('events')
    .columns(['source', 'target', 'root', 'negated', 'date'])
    .execute()
}
