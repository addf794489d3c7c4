import { createHash } from 'node:crypto'
import type { Store } from '../../src/store/index.js'

/** A table's row count and the SHA-256 of its rows (canonical JSON, sorted). */
export interface TableDigest {
  readonly count: number
  readonly hash: string
}

/**
 * What a store holds, independent of the order articles were stored in (which queued workers do not keep):
 * the storing order (`seq`), ingest times and cluster ids/numbers are left out, and each cluster is described by
 * the reports it holds. Everything else (articles, events, mentions, facts, entities …) is compared as stored.
 */
export async function storeDigest(store: Store): Promise<Record<string, TableDigest>> {
  const db = store.db
  const articles = (await db.selectFrom('articles').selectAll().execute()).map(
    ({ seq: _s, ingested_at: _i, ...rest }) => rest,
  )
  const events = await db.selectFrom('events').selectAll().execute()
  const clusters = await db.selectFrom('event_clusters').selectAll().execute()
  const members = new Map<string, string[]>()
  for (const event of events) {
    if (event.cluster_id !== null) members.set(event.cluster_id, [...(members.get(event.cluster_id) ?? []), event.id])
  }
  const tables: Record<string, unknown[]> = {
    articles,
    events: events.map(({ cluster_id: _, ...rest }) => rest),
    clusters: clusters.map((c) => ({
      reports: Number(c.reports),
      articles: Number(c.articles),
      source: c.source,
      target: c.target,
      root: c.root,
      negated: Number(c.negated),
      members: (members.get(c.id) ?? []).sort(),
    })),
    mentions: await db.selectFrom('mentions').selectAll().execute(),
    facts: await db.selectFrom('facts').selectAll().execute(),
    holdings: await db.selectFrom('fact_holdings').selectAll().execute(),
    entities: await db.selectFrom('entities').selectAll().execute(),
    articleEntities: await db.selectFrom('article_entities').selectAll().execute(),
    bands: await db.selectFrom('article_bands').selectAll().execute(),
  }
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, digest(rows)]))
}

function digest(rows: readonly unknown[]): TableDigest {
  const lines = rows.map((row) => canonical(row)).sort()
  return { count: rows.length, hash: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16) }
}

/** JSON with keys sorted and numbers as numbers (PostgreSQL may hand back bigints as strings). */
function canonical(row: unknown): string {
  const value = row as Record<string, unknown>
  const keys = Object.keys(value).sort()
  return JSON.stringify(keys.map((key) => [key, normal(value[key])]))
}

function normal(value: unknown): unknown {
  if (typeof value === 'string' && /^-?\d+$/.test(value) && value.length < 16) return Number(value)
  return value
}
