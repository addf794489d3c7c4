import type { Kysely } from 'kysely'
import type { SqlDialect } from './column-types.js'

/**
 * Indexes no query reads, dropped (every statement the queries, the API, the exports and the store run was checked
 * with EXPLAIN QUERY PLAN): each cost a B-tree insert for every row written, and mentions, ~80 an article, are most
 * of the rows. mentions_entity was read by nothing; mentions_article only by the article view, which now reads an
 * article's mentions (and facts, which it scanned whole) by the primary key's prefix (ids are "<article>:<local
 * id>"); facts_object is the first two columns of facts_triple; clusters_target (target, date) was read by nothing
 * that clusters_target_mix (target, negated, date, …) does not serve.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  for (const index of ['mentions_entity', 'mentions_article', 'facts_object', 'clusters_target']) {
    await db.schema.dropIndex(index).execute()
  }
}
