import type { Store } from '../store/index.js'
import type { ExportFilter } from './filter.js'

/** Entity names by id, loaded before a stream starts (a stream holds the connection). */
export async function entityNames(store: Store): Promise<Map<string, { name: string; kind: string }>> {
  const rows = await store.db.selectFrom('entities').select(['id', 'name', 'kind']).execute()
  return new Map(rows.map((row) => [row.id, { name: row.name, kind: row.kind }]))
}

export interface ExportOptions {
  /** Told about rows a format cannot hold (undated events in GDELT and PLOVER). */
  readonly note?: (message: string) => void
  /** Only the events (happenings, for GDELT and GraphML) matching this; absent or empty: the whole store. */
  readonly filter?: ExportFilter | undefined
}

/** Number of rows a stream fetches at a time. */
export const CHUNK = 500
