import { Kysely, PostgresDialect, sql } from 'kysely'
import type pg from 'pg'
import { EntenteError } from '../../errors.js'
import { createKyselyStore } from '../kysely-store.js'
import { checkCurrent, inspectStore, migrate } from '../migrate.js'
import { SqliteNullOrderPlugin } from './sqlite-null-order.js'
import type { Database } from '../schema.js'
import type { Store } from '../store.js'

export interface PostgresOpenOptions {
  /** Every transaction read-only (default_transaction_read_only); nothing is created or migrated. */
  readonly readOnly?: boolean
  /** The database must already be an entente store: an empty one is refused, not made a store. */
  readonly mustExist?: boolean
}

/** Held (per session) while a store's schema is created or migrated, so two processes opening it at once wait. */
const MIGRATE_LOCK = 0x6d696772 // 'migr'

/** True for a location that names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location)
}

/**
 * Opens the store in the PostgreSQL database at `url` (postgres://user@host:port/database). An empty database
 * becomes a store (unless read-only); one holding other tables is refused unchanged. Counts (bigint) and numerics
 * come back as JavaScript numbers, as SQLite gives them.
 */
export async function openPostgresStore(url: string, options: PostgresOpenOptions = {}): Promise<Store> {
  // loaded on first use: an ingest into SQLite never needs it, and its modules would sit in every ingest's memory
  const [{ default: pg }, { default: Cursor }] = await Promise.all([import('pg'), import('pg-cursor')])
  const typeParser = typeParserOf(pg.types)
  const location = redact(url)
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    types: { getTypeParser: typeParser as never },
    ...(options.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  })
  // a connection the server ends while idle (a restart, a dropped database) is replaced at the next query
  pool.on('error', () => undefined)
  // exports stream their rows through server-side cursors, as they do through SQLite's iterators
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool, cursor: Cursor }),
    plugins: [new SqliteNullOrderPlugin()],
  })
  try {
    if (options.readOnly || options.mustExist) {
      const version = await inspectStore(db, location)
      if (version === 'empty' || options.readOnly) checkCurrent(version, location)
    }
    if (!options.readOnly) {
      await db.connection().execute(async (conn) => {
        await sql`select pg_advisory_lock(${MIGRATE_LOCK})`.execute(conn)
        try {
          await migrate(conn, location, 'postgres')
        } finally {
          await sql`select pg_advisory_unlock(${MIGRATE_LOCK})`.execute(conn)
        }
      })
    }
  } catch (error) {
    await db.destroy()
    throw connectionError(error, url, location)
  }
  return createKyselyStore(db, { dialect: 'postgres', location })
}

function typeParserOf(types: typeof pg.types) {
  return (oid: number, format?: 'text' | 'binary'): unknown => {
    // int8 (counts, sums) and numeric: numbers, as in SQLite; every integer the store keeps fits in a double
    if (oid === 20 || oid === 1700) return (value: string) => Number(value)
    return format === 'binary' ? types.getTypeParser(oid, 'binary') : types.getTypeParser(oid, 'text')
  }
}

/** The URL without its password, for messages and `store.location`. */
function redact(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@')
  }
}

/** Connection failures as errors naming the server; anything already an EntenteError passes through. */
function connectionError(error: unknown, url: string, location: string): unknown {
  if (error instanceof EntenteError) return error
  const code = (error as { code?: unknown } | null)?.code
  let server = 'PostgreSQL'
  try {
    const parsed = new URL(url)
    server = `PostgreSQL at ${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`
  } catch {
    // an unparsable URL: pg has already said what it could not read
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH') {
    return new EntenteError(
      'store.unreachable',
      `Cannot open store "${location}": ${server} does not answer (${code})`,
      {
        input: location,
        hint: 'Start PostgreSQL, or check the host and port in --db',
        cause: error,
      },
    )
  }
  if (code === '3D000') {
    return new EntenteError('input.not-found', `Cannot open store "${location}": ${server} has no such database`, {
      input: location,
      hint: 'Create it first (createdb NAME, or CREATE DATABASE), then pass it with --db',
      cause: error,
    })
  }
  if (code === '28P01' || code === '28000') {
    return new EntenteError('store.unreachable', `Cannot open store "${location}": ${server} refused the login`, {
      input: location,
      hint: 'Check the user and password in --db',
      cause: error,
    })
  }
  return error
}
