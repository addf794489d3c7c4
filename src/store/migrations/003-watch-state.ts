import type { Kysely } from 'kysely'

/**
 * What `entente watch` remembers, kept in the store it fills so a restart (or another machine on the same
 * PostgreSQL) resumes without fetching again: per feed the validators of its last answer (ETag, Last-Modified),
 * per article URL that it was stored. Owned by src/jobs/watch/; the pipeline never reads these tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('watch_feeds')
    .addColumn('url', 'text', (c) => c.primaryKey())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('polled_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('watch_seen')
    .addColumn('url', 'text', (c) => c.primaryKey())
    .addColumn('feed', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text')
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .execute()
}
