import { sql, type Kysely } from 'kysely'
import { columnTypes, type SqlDialect } from './column-types.js'

/**
 * fact_holdings: one row per distinct learned fact (relation, subject, object, validity), with how many articles
 * state it. "Members of NATO on a day" then reads a handful of rows, however often news repeats a membership.
 * Near-duplicate copies are not counted. Empty strings stand for open bounds so the key has no nulls.
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const t = columnTypes(dialect)
  await db.schema
    .createTable('fact_holdings')
    .addColumn('relation', t.text, (c) => c.notNull())
    .addColumn('object', t.text, (c) => c.notNull())
    .addColumn('subject', t.text, (c) => c.notNull())
    .addColumn('valid_from', t.text, (c) => c.notNull())
    .addColumn('valid_to', t.text, (c) => c.notNull())
    .addColumn('statements', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('fact_holdings_key', ['relation', 'object', 'subject', 'valid_from', 'valid_to'])
    .execute()
  await db.schema.createIndex('fact_holdings_subject').on('fact_holdings').columns(['relation', 'subject']).execute()
  await db.schema.createIndex('facts_triple').on('facts').columns(['object', 'relation', 'subject', 'id']).execute()
  await sql`
    insert into fact_holdings (relation, object, subject, valid_from, valid_to, statements)
    select f.relation, f.object, f.subject,
      coalesce(f.valid_from, f.start_after, f.at, substr(a.published, 1, 10), ''), coalesce(f.valid_to, ''), count(*)
    from facts f join articles a on a.id = f.article_id
    where a.near_duplicate_of is null
    group by 1, 2, 3, 4, 5`.execute(db)
}
