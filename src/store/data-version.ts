import { sql } from 'kysely'
import type { Store } from './store.js'

/**
 * The store's data version: any committed write changes it. SQLite: `data_version` moves when another connection
 * commits, and `total_changes()` when this one writes (the API's own ingest), so the pair covers both. PostgreSQL:
 * the write-ahead log position, which every write in the cluster advances (it also moves for writes to other
 * tables and for maintenance: those only cost a miss, never a stale answer).
 */
export async function dataVersion(store: Store): Promise<string> {
  if (store.dialect === 'sqlite') {
    const { rows } = await sql<{ version: number; changes: number }>`
      select (select data_version from pragma_data_version) as version, total_changes() as changes`.execute(store.db)
    return `${rows[0]?.version}.${rows[0]?.changes}`
  }
  const { rows } = await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(store.db)
  return rows[0]?.lsn ?? ''
}
