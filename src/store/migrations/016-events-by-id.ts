import type { Kysely } from 'kysely'
import type { SqlDialect } from './column-types.js'

/**
 * events_article (article_id), dropped: only the article view read it, and it now reads an article's events by the
 * primary key's prefix (ids are "<article>:<local id>"), as it reads mentions and facts (migration 12). Article ids
 * are content hashes, so every article's events were a B-tree insert at a random place of this index.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema.dropIndex('events_article').execute()
}
