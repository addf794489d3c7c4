import type { Kysely } from 'kysely'
import { columnTypes, type SqlDialect } from './column-types.js'

/**
 * article_sketches: per article, the size of its body's shingle set and its MinHash signature (128 hashes as hex),
 * so the near-duplicate look-up judges LSH candidates from a few hundred bytes each instead of re-reading and
 * re-cleaning their texts. Articles stored before this migration have none; they are judged from their text.
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const t = columnTypes(dialect)
  await db.schema
    .createTable('article_sketches')
    .addColumn('article_id', t.text, (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('shingles', 'integer', (c) => c.notNull())
    .addColumn('signature', t.text, (c) => c.notNull())
    .execute()
}
