import { sql, type Kysely } from 'kysely'
import { EntenteError } from '../errors.js'
import { MIGRATIONS, SCHEMA_VERSION, type SqlDialect } from './migrations/index.js'
import type { Database } from './schema.js'

/** The row in `entente_meta` that marks a database as an entente store. */
export const STORE_MARK = { key: 'store', value: 'entente' } as const

/**
 * What a database holds, read without writing anything: 'empty' (no tables: it may become a store), or the
 * schema version of the entente store it is. A database with tables but no entente mark is refused
 * ('store.not-a-store'), and one written by a newer entente too ('store.newer-schema').
 */
export async function inspectStore(db: Kysely<Database>, input: string): Promise<number | 'empty'> {
  const tables = new Set((await db.introspection.getTables()).map((table) => table.name))
  if (tables.size === 0) return 'empty'
  if (!tables.has('entente_meta') || !tables.has('schema_version')) throw notAStore(input)
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
  return current
}

/**
 * Brings a database to the current schema: an empty database becomes a store, an older store is upgraded by the
 * migrations it lacks (each in its own transaction). Anything else is refused by `inspectStore` before a change.
 */
export async function migrate(db: Kysely<Database>, input: string, dialect: SqlDialect): Promise<number> {
  let current = await inspectStore(db, input)
  if (current === 'empty') {
    await createMeta(db)
    current = 0
  }
  for (const migration of MIGRATIONS.filter((m) => m.version > (current as number))) {
    await db.transaction().execute(async (trx) => {
      if ((await currentVersion(trx)) >= migration.version) return // another process applied it meanwhile
      await migration.up(trx as unknown as Kysely<unknown>, dialect)
      await trx
        .insertInto('schema_version')
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute()
    })
  }
  return SCHEMA_VERSION
}

/** A store opened read-only cannot be upgraded: it must already have the current schema. */
export function checkCurrent(version: number | 'empty', input: string): void {
  if (version === 'empty') throw notAStore(input)
  if (version < SCHEMA_VERSION) {
    throw new EntenteError(
      'store.older-schema',
      `Cannot read store "${input}": it has schema version ${version}, this entente reads version ${SCHEMA_VERSION}`,
      { input, hint: 'Upgrade it once with a command that writes, e.g. `entente recluster --db …`' },
    )
  }
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
    await sql`insert into entente_meta (key, value) values (${STORE_MARK.key}, ${STORE_MARK.value})
      on conflict (key) do nothing`.execute(trx)
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

/** The error for a store this process may read but not write (file permissions, a read-only file system). */
export function readOnlyStore(input: string, cause?: unknown): EntenteError {
  return new EntenteError('store.read-only', `Cannot write to store "${input}": it is read-only`, {
    input,
    hint: 'Check the permissions of the store (and of its folder, where SQLite keeps its journal), or pass --db with a store you may write',
    ...(cause === undefined ? {} : { cause }),
  })
}
