import { existsSync } from 'node:fs'
import { EntenteError } from '../errors.js'
import { openSqliteStore } from './sqlite/open-sqlite.js'
import type { Store } from './store.js'

/** The store file used when --db is not given. */
export const DEFAULT_DB = './entente.db'

export interface OpenOptions {
  /** Refuse to create a new store (queries and exports read an existing one). */
  readonly mustExist?: boolean
}

/** Opens the store at `location` (a SQLite file today; a postgres:// URL once that dialect lands). */
export function openStore(location: string = DEFAULT_DB, options: OpenOptions = {}): Promise<Store> {
  if (options.mustExist && !existsSync(location)) {
    throw new EntenteError('input.not-found', `Cannot open store "${location}": no such file`, {
      input: location,
      hint: 'Create it with `entente ingest PATH --db FILE`, or pass --db with an existing store',
    })
  }
  return openSqliteStore(location)
}
