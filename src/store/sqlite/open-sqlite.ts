import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { EntenteError } from '../../errors.js'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { migrate, notAStore } from '../migrate.js'
import type { Database } from '../schema.js'
import { createKyselyStore } from '../kysely-store.js'
import type { Store } from '../store.js'

const SQLITE_HEADER = 'SQLite format 3\u0000'

/**
 * Opens (creating when absent or empty) a SQLite store: WAL journal, foreign keys on, synchronous NORMAL —
 * safe against process crashes and kills; a power loss may drop the last commits, never corrupt the file.
 */
export async function openSqliteStore(path: string): Promise<Store> {
  checkHeader(path)
  let database: BetterSqlite3.Database
  try {
    database = new BetterSqlite3(path)
    database.pragma('journal_mode = WAL')
    database.pragma('foreign_keys = ON')
    database.pragma('synchronous = NORMAL')
    // each article is one small transaction: folding the log into the file every 10,000 pages (~40 MB) rather
    // than every 1,000 halves the cost of a commit during ingest; closing the store folds in the rest
    database.pragma('wal_autocheckpoint = 10000')
    database.pragma('busy_timeout = 5000')
    database.pragma('cache_size = -65536') // 64 MB of page cache
    database.pragma('temp_store = MEMORY')
    cacheStatements(database)
  } catch (error) {
    throw notAStore(path, error)
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
  try {
    await migrate(db, path)
  } catch (error) {
    await db.destroy()
    if (isNotADatabase(error)) throw notAStore(path, error)
    throw error
  }
  return createKyselyStore(db, { dialect: 'sqlite', location: path })
}

/**
 * Kysely prepares every query anew; with many small inserts per article that costs more than running them.
 * Statements are cached by their SQL text (a busy one, still iterating, is never handed out twice).
 */
function cacheStatements(database: BetterSqlite3.Database): void {
  const prepare = database.prepare.bind(database)
  const cache = new Map<string, BetterSqlite3.Statement>()
  database.prepare = ((source: string) => {
    const cached = cache.get(source)
    if (cached && !cached.busy) return cached
    const statement = prepare(source)
    if (cache.size >= 2000) cache.clear()
    cache.set(source, statement)
    return statement
  }) as typeof database.prepare
}

/** A file that exists, is not empty and lacks the SQLite header is not a store (and must not be overwritten). */
function checkHeader(path: string): void {
  if (path === ':memory:') return
  if (!existsSync(path)) {
    if (!existsSync(dirname(resolve(path)))) {
      throw new EntenteError(
        'input.not-found',
        `Cannot open store "${path}": folder "${dirname(path)}" does not exist`,
        {
          input: path,
          hint: 'Create the folder first, or pass --db with a path in an existing folder',
        },
      )
    }
    return
  }
  if (!statSync(path).isFile()) throw notAStore(path)
  if (statSync(path).size === 0) return
  const fd = openSync(path, 'r')
  try {
    const header = Buffer.alloc(16)
    const read = readSync(fd, header, 0, 16, 0)
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) throw notAStore(path)
  } finally {
    closeSync(fd)
  }
}

function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT'
}
