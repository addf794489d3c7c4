import { isPostgresUrl, openPostgresStore } from './postgres/open-postgres.js'
import { openSqliteStore } from './sqlite/open-sqlite.js'
import type { Store } from './store.js'

/** The store file used when --db is not given. */
export const DEFAULT_DB = './entente.db'

export interface OpenOptions {
  /** Refuse to create a new store (the store must exist; it is still opened for writing). */
  readonly mustExist?: boolean
  /**
   * Open for reading only (queries, exports, dry runs): never creates, switches or migrates anything; a missing
   * store is 'input.not-found', an empty file or a foreign database 'store.not-a-store'.
   */
  readonly readOnly?: boolean
}

/** Opens the store at `location`: a postgres:// (or postgresql://) URL names a PostgreSQL database, else a SQLite file. */
export function openStore(location: string = DEFAULT_DB, options: OpenOptions = {}): Promise<Store> {
  return isPostgresUrl(location) ? openPostgresStore(location, options) : openSqliteStore(location, options)
}
