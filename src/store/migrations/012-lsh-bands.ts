import { sql, type Kysely } from 'kysely'
import type { SqlDialect } from './column-types.js'

/**
 * lsh_bands replaces article_bands. An article's 32 LSH band keys go in under random keys, so each lands on its own
 * leaf of the index wherever the store's B-tree is: with a (hash text, band, article id text) primary key in a
 * rowid table every key cost two B-tree entries of ~105 bytes, and once the index outgrew the page cache (~20 k
 * articles) the cost of a commit grew with the store. Here a key is 17 bytes (the band's number, then its four
 * 32-bit hashes) beside the article's number, one entry of a WITHOUT ROWID table (a plain table keyed the same way
 * in PostgreSQL): the index holds ~4× more keys a page and stays in the cache far longer. Same keys, same look-up
 * (articles sharing any band key), so near-duplicate findings do not change. Existing bands are converted.
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`create table lsh_bands (
      key blob not null,
      seq integer not null references articles (seq) on delete cascade,
      primary key (key, seq)
    ) without rowid`.execute(db)
    await sql`insert into lsh_bands (key, seq)
      select unhex(printf('%02x', b.band) || b.hash), a.seq
      from article_bands b join articles a on a.id = b.article_id`.execute(db)
  } else {
    await sql`create table lsh_bands (
      key bytea not null,
      seq integer not null references articles (seq) on delete cascade,
      primary key (key, seq)
    )`.execute(db)
    await sql`insert into lsh_bands (key, seq)
      select decode(lpad(to_hex(b.band), 2, '0') || b.hash, 'hex'), a.seq
      from article_bands b join articles a on a.id = b.article_id`.execute(db)
  }
  await db.schema.dropTable('article_bands').execute()
}
