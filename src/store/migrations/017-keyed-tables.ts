import { sql, type Kysely } from 'kysely'
import type { SqlDialect } from './column-types.js'

/** Tables whose rows are little more than their primary key, read by seeks of it: one B-tree each. */
export const KEYED_TABLES = ['article_bands', 'fact_holdings'] as const

/**
 * The tables above stored by their key (SQLite: WITHOUT ROWID). As rowid tables each row written went into two
 * B-trees, the table and its key's index, at a random place of each (the key starts with the article's content
 * hash or a relation's sides); ~80 mentions, ~20 article entities, 32 bands and a few holdings an article. Their
 * reads seek the key (an article's mentions by the id prefix, a band's articles, a holding's upsert), so the rows
 * themselves in key order serve them. fact_holdings_object_cover repeats the key with the count after it, which the
 * key's own B-tree now holds: dropped. Each table is made again from its own stored text, so columns added since
 * come along, and the indexes it keeps are made again from theirs. PostgreSQL keeps its tables as they are.
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  if (dialect !== 'sqlite') return
  await db.schema.dropIndex('fact_holdings_object_cover').ifExists().execute()
  for (const table of KEYED_TABLES) await storeByKey(db, table)
}

async function storeByKey(db: Kysely<unknown>, table: string): Promise<void> {
  const { rows } = await sql<{ type: string; name: string; sql: string | null }>`
    select type, name, sql from sqlite_master where tbl_name = ${table} and type in ('table', 'index')`.execute(db)
  const created = rows.find((row) => row.type === 'table')?.sql
  if (!created) throw new Error(`Table ${table} has no stored definition`)
  if (/without\s+rowid\s*$/i.test(created)) return
  const indexes = rows.filter((row) => row.type === 'index' && row.sql !== null)
  const keyed = `${table}_by_key`
  const text = created.replace(/^create table (if not exists )?("?)\w+\2/i, `create table "${keyed}"`)
  if (text === created) throw new Error(`Cannot rename table ${table} in its stored definition`)
  await sql.raw(`${text} without rowid`).execute(db)
  await sql.raw(`insert into "${keyed}" select * from "${table}"`).execute(db)
  await sql.raw(`drop table "${table}"`).execute(db)
  await sql.raw(`alter table "${keyed}" rename to "${table}"`).execute(db)
  for (const index of indexes) await sql.raw(index.sql as string).execute(db)
}
