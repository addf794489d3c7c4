import type { ClusterInput } from './cluster-events.js'
import type { WriteScope } from './numbers.js'
import { runSql } from './sql-text.js'

/** The (source, target, root, negation) a report is clustered under. */
export type Key = Pick<ClusterInput, 'source' | 'target' | 'root' | 'negated'>

/** Reports of one key with dates in [from, to) (text order). */
export interface Range {
  readonly key: Key
  readonly from: string
  readonly to: string
}

/** A stored report as clustering reads it. */
export type StoredReport = Omit<ClusterInput, 'negated'> & {
  readonly negated: number
  readonly cluster_id: string | null
  readonly near_duplicate_of: string | null
}

const REPORT_COLUMNS =
  'e.id, e.article_id, e.source, e.target, e.root, e.cameo, e.quad, e.goldstein, e.negated, e.date, e.date_precision, e.cluster_id, a.near_duplicate_of'

/**
 * Each report's article as a copy (its near_duplicate_of), or no row for an original. On SQLite the article row is
 * not read: an article's text comes before near_duplicate_of in the row, and a text longer than a page puts that
 * column on overflow pages, so every report read cost a walk through its article's text. articles_copies (the
 * copies' (id, near_duplicate_of), migration 15) answers it from a small index; an original is not in it. PostgreSQL
 * (whose long texts live apart from the row) has no INDEXED BY: its planner chooses.
 */
function copyJoin(postgres: boolean): string {
  return postgres
    ? 'left join articles a on a.id = e.article_id and a.near_duplicate_of is not null'
    : 'left join articles a indexed by articles_copies on a.id = e.article_id and a.near_duplicate_of is not null'
}

/**
 * The stored reports of several key ranges, in one statement: the ranges are a VALUES table joined to the events
 * on the whole key (the events_key_article index). A null source or target matches only null, which `=` cannot say and
 * `IS` says without an index in PostgreSQL, so each null pattern is a branch of its own. The statement's text
 * depends only on the number of ranges, so it is prepared once for each.
 */
export async function readRanges(scope: WriteScope, ranges: readonly Range[]): Promise<StoredReport[][]> {
  const out: StoredReport[][] = ranges.map(() => [])
  if (ranges.length === 0) return out
  const rows = await runSql<StoredReport & { i: number }>(
    scope.trx,
    reportsQuery(ranges.length, scope.postgres),
    rangeParameters(ranges),
  )
  for (const { i, ...row } of rows) out[Number(i)]?.push(row)
  return out
}

/** readRanges' statement for n ranges. */
export function reportsQuery(n: number, postgres: boolean): string {
  return rangesQuery(n, postgres, `k.i, ${REPORT_COLUMNS}`, copyJoin(postgres))
}

/** Which of the ranges hold at least one stored report (one statement, as readRanges). */
export async function rangesWithReports(scope: WriteScope, ranges: readonly Range[]): Promise<Set<number>> {
  if (ranges.length === 0) return new Set()
  const rows = await runSql<{ i: number }>(
    scope.trx,
    `select distinct i from (${rangesQuery(ranges.length, scope.postgres, 'k.i', '')}) found`,
    rangeParameters(ranges),
  )
  return new Set(rows.map((row) => Number(row.i)))
}

export function rangeParameters(ranges: readonly Range[]): unknown[] {
  return ranges.flatMap(({ key, from, to }, i) => [i, key.source, key.target, key.root, key.negated, from, to])
}

const QUERIES = new Map<string, string>()

/**
 * The rows of `table` (aliased e: events, or event_clusters, which has the same key and date columns) in n ranges,
 * with `also` (a condition starting " and") added to each branch's.
 */
export function rangesQuery(
  n: number,
  postgres: boolean,
  columns: string,
  join: string,
  table = 'events',
  also = '',
): string {
  const id = `${n} ${postgres} ${columns} ${join} ${table} ${also}`
  let text = QUERIES.get(id)
  if (text !== undefined) return text
  // PostgreSQL compares the store's text columns in the "C" collation: the table's text must be in it too
  const t = postgres ? 'cast(? as text) collate "C"' : 'cast(? as text)'
  const row = `(cast(? as integer), ${t}, ${t}, ${t}, cast(? as integer), ${t}, ${t})`
  const branch = (source: string, target: string) =>
    // CROSS JOIN keeps the ranges outermost in SQLite: else a null-source branch scans every report without one
    `select ${columns} from k cross join ${table} e ${join} where ${source} and ${target} and e.root = k.r` +
    ` and e.negated = k.n and e.date >= k.lo and e.date < k.hi${also}`
  text =
    `with k(i, s, t, r, n, lo, hi) as (values ${Array(n).fill(row).join(', ')}) ` +
    [
      branch('e.source = k.s', 'e.target = k.t'),
      branch('e.source is null and k.s is null', 'e.target = k.t'),
      branch('e.source = k.s', 'e.target is null and k.t is null'),
      branch('e.source is null and k.s is null', 'e.target is null and k.t is null'),
    ].join(' union all ')
  if (QUERIES.size >= 500) QUERIES.clear()
  QUERIES.set(id, text)
  return text
}

/** Dates of up to `limit` stored reports of the range from articles that are not near-duplicates. */
export async function originalDates(scope: WriteScope, range: Range, limit: number): Promise<(string | null)[]> {
  const rows = await runSql<{ date: string | null }>(
    scope.trx,
    originalDatesQuery(scope.postgres, limit),
    rangeParameters([range]),
  )
  return rows.map((row) => row.date)
}

/** originalDates' statement: reports whose article is not a copy (has no row in articles_copies). */
export function originalDatesQuery(postgres: boolean, limit: number): string {
  return `${rangesQuery(1, postgres, 'e.date', copyJoin(postgres), 'events', ' and a.id is null')} limit ${limit}`
}

/** Whether the range holds a stored report of a near-duplicate copy (whose reports start no cluster). */
export async function copyReportIn(scope: WriteScope, range: Range): Promise<boolean> {
  const rows = await runSql<{ date: string | null }>(
    scope.trx,
    `${rangesQuery(1, scope.postgres, 'e.date', 'join articles a on a.id = e.article_id and a.near_duplicate_of is not null')} limit 1`,
    rangeParameters([range]),
  )
  return rows.length > 0
}
