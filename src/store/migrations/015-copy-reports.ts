import { sql, type Kysely } from 'kysely'
import type { SqlDialect } from './column-types.js'

/**
 * Whether a key's days hold a report of a near-duplicate copy (whose reports start no cluster) is asked ~14 times
 * an article (copyReportIn). It read every report of the range from the events table and each report's article
 * row; in a filled store a key's day holds dozens of reports and copies are few. events_key gains the article as
 * its last column (events_key_article), so the range's articles are read from the index alone, and
 * articles_copies, a partial index of the copies only (id, near_duplicate_of), answers whether the article is one
 * from a small index. Every other read of events_key reads the new index's first five columns, as before.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createIndex('events_key_article')
    .on('events')
    .columns(['source', 'target', 'root', 'negated', 'date', 'article_id'])
    .execute()
  await db.schema.dropIndex('events_key').execute()
  await db.schema
    .createIndex('events_cluster_article')
    .on('events')
    .columns(['cluster_id', 'date', 'article_id'])
    .execute()
  await db.schema.dropIndex('events_cluster_date').execute()
  await sql`create index articles_copies on articles (id, near_duplicate_of) where near_duplicate_of is not null`.execute(
    db,
  )
}
