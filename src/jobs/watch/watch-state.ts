import type { Kysely } from 'kysely'
import type { Store } from '../../store/index.js'

/** The tables of migration 003 (watch_feeds, watch_seen), which only the watch job reads and writes. */
interface WatchTables {
  watch_feeds: { url: string; etag: string | null; last_modified: string | null; polled_at: string }
  watch_seen: { url: string; feed: string; article_id: string | null; seen_at: string }
}

/** The validators a feed's last full answer carried, sent back as If-None-Match / If-Modified-Since. */
export interface Validators {
  readonly etag?: string
  readonly lastModified?: string
}

/** What the watcher remembers between polls and across restarts, in the store it fills. */
export interface WatchState {
  validators(feed: string): Promise<Validators>
  saveValidators(feed: string, validators: Validators): Promise<void>
  /** The URLs (of those given) already stored. */
  seen(urls: readonly string[]): Promise<Set<string>>
  markSeen(url: string, feed: string, articleId: string | null): Promise<void>
}

/** Watch state kept in the store's watch_feeds and watch_seen tables. */
export function storeWatchState(store: Store): WatchState {
  const db = store.db as unknown as Kysely<WatchTables>
  const now = () => new Date().toISOString()
  return {
    async validators(feed) {
      const row = await db.selectFrom('watch_feeds').selectAll().where('url', '=', feed).executeTakeFirst()
      return {
        ...(row?.etag ? { etag: row.etag } : {}),
        ...(row?.last_modified ? { lastModified: row.last_modified } : {}),
      }
    },
    async saveValidators(feed, validators) {
      const row = { etag: validators.etag ?? null, last_modified: validators.lastModified ?? null, polled_at: now() }
      await db
        .insertInto('watch_feeds')
        .values({ url: feed, ...row })
        .onConflict((conflict) => conflict.column('url').doUpdateSet(row))
        .execute()
    },
    async seen(urls) {
      if (urls.length === 0) return new Set()
      const rows = await db.selectFrom('watch_seen').select('url').where('url', 'in', urls).execute()
      return new Set(rows.map((row) => row.url))
    },
    async markSeen(url, feed, articleId) {
      await db
        .insertInto('watch_seen')
        .values({ url, feed, article_id: articleId, seen_at: now() })
        .onConflict((conflict) => conflict.column('url').doNothing())
        .execute()
    },
  }
}
