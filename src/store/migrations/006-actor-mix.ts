import type { Kysely } from 'kysely'

/**
 * clusters_source_mix and clusters_target_mix: an actor's dossier counts its happenings up to a day by partner and
 * by quad class. With only (source, target, date) and (target, date) to go by, those counts read every cluster row
 * of the actor from the table; these two indexes hold every column the counts read, so they are answered from the
 * index alone, over the actor's (non-negated) clusters up to the day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('clusters_source_mix')
    .on('event_clusters')
    .columns(['source', 'negated', 'date', 'target', 'quad', 'goldstein'])
    .execute()
  await db.schema
    .createIndex('clusters_target_mix')
    .on('event_clusters')
    .columns(['target', 'negated', 'date', 'source', 'quad', 'goldstein'])
    .execute()
}
