import type { Kysely } from 'kysely'
import { columnTypes, type SqlDialect } from './column-types.js'

/**
 * events.source_code / target_code: each side's full CAMEO actor code ("IRQCOP", "PSEREBHMS", "NGOHRIAMN"), which
 * the source and target columns reduce to a country or organization. The GDELT export fills its type, known-group and
 * religion columns from them. Stores written before keep nulls there, and export as before.
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const t = columnTypes(dialect)
  await db.schema.alterTable('events').addColumn('source_code', t.text).execute()
  await db.schema.alterTable('events').addColumn('target_code', t.text).execute()
}
