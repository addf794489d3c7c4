import { sql, type Kysely } from 'kysely'
import type { SqlDialect } from './column-types.js'

/**
 * actor_months stored by its key (SQLite: WITHOUT ROWID), so an actor's months on one side — what a dossier reads
 * once per actor and data version — are one contiguous range of the table instead of an index range plus a table
 * look-up per row (~2,300–2,900 rows an actor on the 1 M-event store). A write updates one B-tree instead of two.
 * The rows and the triggers that keep them (migration 11) are carried over unchanged: each trigger is dropped and
 * created again from its own stored text, since SQLite checks trigger bodies when a table is renamed.
 * PostgreSQL keeps its table as it is (a heap with the key's index, read by an index scan).
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  if (dialect !== 'sqlite') return
  const { rows: triggers } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'event_clusters'
      and sql like '%actor_months%' order by name`.execute(db)
  for (const trigger of triggers) await sql`drop trigger ${sql.id(trigger.name)}`.execute(db)
  await sql`
    create table actor_months_by_key (actor text not null, side text not null, month text not null,
      other text not null, clusters integer not null, goldstein real not null, quad1 integer not null,
      quad2 integer not null, quad3 integer not null, quad4 integer not null,
      constraint actor_months_key primary key (actor, side, month, other)) without rowid`.execute(db)
  await sql`
    insert into actor_months_by_key (actor, side, month, other, clusters, goldstein, quad1, quad2, quad3, quad4)
    select actor, side, month, other, clusters, goldstein, quad1, quad2, quad3, quad4 from actor_months`.execute(db)
  await sql`drop table actor_months`.execute(db)
  await sql`alter table actor_months_by_key rename to actor_months`.execute(db)
  for (const trigger of triggers) await sql.raw(trigger.sql).execute(db)
}
