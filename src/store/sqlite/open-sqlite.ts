import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { EntenteError } from '../../errors.js'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { checkCurrent, inspectStore, migrate, notAStore, readOnlyStore } from '../migrate.js'
import type { Database } from '../schema.js'
import { createKyselyStore } from '../kysely-store.js'
import { ImmediateSqliteDialect } from './immediate.js'
import { registerConnection } from './direct.js'
import type { Store } from '../store.js'

const SQLITE_HEADER = 'SQLite format 3\u0000'

/** Bytes a writing store's write-ahead log file is cut back to after each checkpoint that restarts it. */
export const WAL_SIZE_LIMIT = 64 * 1024 * 1024

export interface SqliteOpenOptions {
  /** Open for reading only: nothing is created, switched or migrated, and the file must be a current store. */
  readonly readOnly?: boolean
  /** The store must exist already (it is still opened for writing): never create one. */
  readonly mustExist?: boolean
}

/**
 * Opens a SQLite store. An existing file is first checked through a read-only connection, so a file that is not
 * ours is refused unchanged. For writing (creating the store when absent or empty): WAL journal, foreign keys on,
 * synchronous NORMAL — safe against process crashes and kills; a power loss may drop the last commits, never
 * corrupt the file.
 */
export async function openSqliteStore(path: string, options: SqliteOpenOptions = {}): Promise<Store> {
  const found = checkFile(path)
  if (options.readOnly || options.mustExist) {
    if (found === 'missing') throw notFound(path)
    if (found === 'empty') throw notAStore(path)
  }
  if (options.readOnly) return openReadOnly(path)
  checkWritable(path, found)
  if (found === 'store') await (await openReadOnly(path, { allowOlder: true })).close()
  let database: BetterSqlite3.Database
  try {
    database = new BetterSqlite3(path)
    if (database.readonly) throw readOnlyStore(path)
    database.pragma('journal_mode = WAL')
    database.pragma('foreign_keys = ON')
    database.pragma('synchronous = NORMAL')
    // the log is folded into the file once it holds 40,000 pages (~160 MB), and on close: every 1,000 cost twice
    // as much a commit during ingest; every 10,000 copied each page of every 256-article batch into a 20k-article
    // store (~36,000 pages) after its own commit, where at 40,000 two commits go together and the pages both wrote
    // (index leaves, cluster rows) are copied once: storing 5-9 % faster there (paired runs)
    database.pragma('wal_autocheckpoint = 40000')
    // the log's file keeps the size it grew to (200-240 MB in a long ingest: a batch's pages past the 40,000) until
    // the store is closed; once folded in and started again, it is cut back to 64 MB at the next commit
    database.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`)
    database.pragma('busy_timeout = 5000')
    // 16 MB of page cache: the writer's pages are mostly the indexes' recent leaves; 64 MB held ~48 MB more of an
    // ingest's resident set for ~4 % less storing CPU on a 10k-article store (entente serve sets its own, larger)
    database.pragma('cache_size = -16384')
    database.pragma('temp_store = MEMORY')
    cacheStatements(database)
  } catch (error) {
    if (error instanceof EntenteError) throw error
    if (isReadOnly(error)) throw readOnlyStore(path, error)
    throw notAStore(path, error)
  }
  // every transaction on this connection writes: each takes the write lock first (BEGIN IMMEDIATE)
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) })
  registerConnection(db, database)
  try {
    await migrate(db, path, 'sqlite')
  } catch (error) {
    await db.destroy()
    if (isNotADatabase(error)) throw notAStore(path, error)
    if (isReadOnly(error)) throw readOnlyStore(path, error)
    throw error
  }
  return createKyselyStore(db, { dialect: 'sqlite', location: path })
}

/** A read-only connection to an existing store, checked (mark and schema version) before it is handed out. */
async function openReadOnly(path: string, options: { allowOlder?: boolean } = {}): Promise<Store> {
  let database: BetterSqlite3.Database
  try {
    database = new BetterSqlite3(path, { readonly: true, fileMustExist: true })
    database.pragma('busy_timeout = 5000')
    cacheStatements(database)
  } catch (error) {
    throw notAStore(path, error)
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
  try {
    const version = await inspectStore(db, path)
    if (!options.allowOlder) checkCurrent(version, path)
  } catch (error) {
    await db.destroy()
    if (isNotADatabase(error)) throw notAStore(path, error)
    if (isReadOnly(error)) throw unreadableWal(path, error)
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

/**
 * What is at `path`: nothing, an empty file, or a SQLite database. Anything else (a folder, a file without the
 * SQLite header) is not a store and must not be overwritten.
 */
function checkFile(path: string): 'missing' | 'empty' | 'store' {
  if (path === ':memory:') return 'missing'
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
    return 'missing'
  }
  if (!statSync(path).isFile()) throw notAStore(path)
  if (statSync(path).size === 0) return 'empty'
  const fd = openSync(path, 'r')
  try {
    const header = Buffer.alloc(16)
    const read = readSync(fd, header, 0, 16, 0)
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) throw notAStore(path)
  } finally {
    closeSync(fd)
  }
  return 'store'
}

/** Writing needs the file and its folder (SQLite keeps its journal beside the file): refused once, up front. */
function checkWritable(path: string, found: 'missing' | 'empty' | 'store'): void {
  if (path === ':memory:') return
  for (const target of found === 'missing' ? [dirname(resolve(path))] : [path, dirname(resolve(path))]) {
    try {
      accessSync(target, constants.W_OK)
    } catch (error) {
      throw readOnlyStore(path, error)
    }
  }
}

function notFound(path: string): EntenteError {
  return new EntenteError('input.not-found', `Cannot open store "${path}": no such file`, {
    input: path,
    hint: 'Create it with `entente ingest PATH --db FILE`, or pass --db with an existing store',
  })
}

/** A WAL store is read through its shared-memory index (FILE-shm), which SQLite must create when it is absent. */
function unreadableWal(path: string, cause: unknown): EntenteError {
  return new EntenteError(
    'store.read-only',
    `Cannot read store "${path}": SQLite must create "${path}-shm" beside it, and its folder is read-only`,
    { input: path, hint: 'Copy the store to a folder you may write, or open it once there with entente', cause },
  )
}

function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT'
}

function isReadOnly(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY')
}
