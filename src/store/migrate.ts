import { sql, type Kysely } from 'kysely'
import { EntenteError } from '../errors.js'
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.js'
import type { Database } from './schema.js'

/** The row in `entente_meta` that marks a database as an entente store. */
export const STORE_MARK = { key: 'store', value: 'entente' } as const

/**
 * Brings a database to the current schema. An empty database becomes a store; a database with tables but no
 * entente mark is refused ('store.not-a-store'), and one written by a newer entente too ('store.newer-schema').
 */
export async function migrate(db: Kysely<Database>, input: string): Promise<number> {
  const tables = new Set((await db.introspection.getTables()).map((table) => table.name))
  if (tables.size > 0 && !tables.has('entente_meta')) throw notAStore(input)
  if (tables.size === 0) await createMeta(db)
  const mark = await db.selectFrom('entente_meta').select('value').where('key', '=', STORE_MARK.key).executeTakeFirst()
  if (mark?.value !== STORE_MARK.value) throw notAStore(input)
  const current = await currentVersion(db)
  if (current > SCHEMA_VERSION) {
    throw new EntenteError(
      'store.newer-schema',
      `Cannot open store "${input}": it has schema version ${current}, this entente knows up to ${SCHEMA_VERSION}`,
      { input, hint: 'Upgrade entente to open this store' },
    )
  }
  for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
    await db.transaction().execute(async (trx) => {
      await migration.up(trx as unknown as Kysely<unknown>)
      await trx
        .insertInto('schema_version')
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute()
    })
  }
  return SCHEMA_VERSION
}

/** The highest schema version applied to a store. */
export async function currentVersion(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('schema_version')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst()
  return Number(row?.version ?? 0)
}

async function createMeta(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable('entente_meta')
      .ifNotExists()
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute()
    await trx.schema
      .createTable('schema_version')
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute()
    await sql`insert into entente_meta (key, value) values (${STORE_MARK.key}, ${STORE_MARK.value})`.execute(trx)
  })
}

/** The error for a file that is a database but not ours, or not a database at all. */
export function notAStore(input: string, cause?: unknown): EntenteError {
  return new EntenteError('store.not-a-store', `Cannot open store "${input}": it is not an entente store`, {
    input,
    hint: 'Pass --db with a new file name or an existing entente store',
    ...(cause === undefined ? {} : { cause }),
  })
}
