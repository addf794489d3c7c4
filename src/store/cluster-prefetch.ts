import type { ClusterHead } from './cluster-coarse.js'
import { rangeParameters, rangesQuery, type Key, type Range } from './cluster-reads.js'
import type { WriteScope } from './numbers.js'
import { runSql } from './sql-text.js'

/**
 * The cluster rows (heads) of every key an article reports, over the years its reports fall in and a few days
 * either side, read in ONE statement before the article is clustered. The bounded paths ask for a few heads of a
 * key again and again (the day anchors around a day, a month's or year's first anchor, a period's own cluster:
 * some 50 statements an article); a question inside what was read is answered from it, with the rows, order and
 * number its statement would give, and any other goes to the database. Nothing is written while an article is
 * clustered (its changes are written together at the end), so what was read stays true until then.
 */
export interface HeadCache {
  readonly byKey: ReadonlyMap<string, { readonly range: Range; readonly heads: readonly ClusterHead[] }>
}

/** Each key's range: from 16 days before its first year to 16 days into the year after its last. */
export function yearsRange(key: Key, years: readonly number[]): Range {
  return { key, from: `${Math.min(...years) - 1}-12-16`, to: `${Math.max(...years) + 1}-01-17` }
}

export async function prefetchHeads(scope: WriteScope, ranges: readonly Range[]): Promise<HeadCache> {
  const byKey = new Map<string, { range: Range; heads: ClusterHead[] }>()
  if (ranges.length === 0) return { byKey }
  const rows = await runSql<ClusterHead & { i: number }>(
    scope.trx,
    rangesQuery(
      ranges,
      scope.postgres,
      'k.i, e.id, e.date, e.rule_version, e.reports, e.articles',
      '',
      'event_clusters',
    ),
    rangeParameters(ranges),
  )
  const read = ranges.map((range) => ({ range, heads: [] as ClusterHead[] }))
  for (const { i, ...row } of rows) {
    read[Number(i)]?.heads.push({
      ...row,
      rule_version: Number(row.rule_version),
      reports: Number(row.reports),
      articles: Number(row.articles),
    })
  }
  for (const entry of read) {
    entry.heads.sort(byDateThenId)
    byKey.set(keyText(entry.range.key), entry)
  }
  return { byKey }
}

/**
 * The key's heads with dates in [from, to) (equal to `from` when `to` is null), first anchored first, at most
 * `limit`, when the cache holds every head of that range; else undefined (ask the database).
 */
export function cachedHeads(
  cache: HeadCache | undefined,
  key: Key,
  from: string,
  to: string | null,
  limit: number,
): ClusterHead[] | undefined {
  const entry = cache?.byKey.get(keyText(key))
  if (!entry) return undefined
  const { range, heads } = entry
  if (from < range.from || (to === null ? from >= range.to : to > range.to)) return undefined
  const out: ClusterHead[] = []
  for (const head of heads) {
    if (out.length >= limit) break
    if (to === null ? head.date === from : head.date >= from && head.date < to) out.push(head)
  }
  return out
}

function keyText(key: Key): string {
  return JSON.stringify([key.source, key.target, key.root, Number(key.negated)])
}

/** The order of `order by date, id` in both databases (byte order: SQLite's BINARY, PostgreSQL's "C"). */
function byDateThenId(a: ClusterHead, b: ClusterHead): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
