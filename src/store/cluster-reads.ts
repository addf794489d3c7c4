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
    reportsQuery(ranges, scope.postgres),
    rangeParameters(ranges),
  )
  for (const { i, ...row } of rows) out[Number(i)]?.push(row)
  return out
}

/** readRanges' statement for n ranges (or for these ranges: see rangesQuery). */
export function reportsQuery(n: number | readonly Range[], postgres: boolean): string {
  return rangesQuery(n, postgres, `k.i, ${REPORT_COLUMNS}`, copyJoin(postgres))
}

/** Which of the ranges hold at least one stored report (one statement, as readRanges). */
export async function rangesWithReports(scope: WriteScope, ranges: readonly Range[]): Promise<Set<number>> {
  if (ranges.length === 0) return new Set()
  const rows = await runSql<{ i: number }>(
    scope.trx,
    wrapped(
      DISTINCT_I,
      rangesQuery(ranges, scope.postgres, 'k.i', ''),
      (inner) => `select distinct i from (${inner}) found`,
    ),
    rangeParameters(ranges),
  )
  return new Set(rows.map((row) => Number(row.i)))
}

export function rangeParameters(ranges: readonly Range[]): unknown[] {
  return ranges.flatMap(({ key, from, to }, i) => [i, key.source, key.target, key.root, key.negated, from, to])
}

const QUERIES = new Map<string, string>()

/** A key's null pattern: 0 both sides named, 1 no source, 2 no target, 3 neither. */
function nullPattern(key: Key): number {
  return (key.source === null ? 1 : 0) | (key.target === null ? 2 : 0)
}

/**
 * The rows of `table` (aliased e: events, or event_clusters, which has the same key and date columns) in n ranges,
 * with `also` (a condition starting " and") added to each branch's. Given the ranges themselves rather than their
 * number, the statement has only the branches of the null patterns their keys have: a range's rows all come from the
 * one branch of its key's pattern (the others match nothing of it), so the rows and their order are the same, and a
 * range of a key with both sides named is read by one index seek instead of four.
 */
export function rangesQuery(
  n: number | readonly Range[],
  postgres: boolean,
  columns: string,
  join: string,
  table = 'events',
  also = '',
): string {
  let patterns = 0b1111
  if (typeof n !== 'number') {
    patterns = 0
    for (const range of n) patterns |= 1 << nullPattern(range.key)
  }
  const count = typeof n === 'number' ? n : n.length
  const id = `${count} ${patterns} ${postgres} ${columns} ${join} ${table} ${also}`
  let text = QUERIES.get(id)
  if (text !== undefined) return text
  // PostgreSQL compares the store's text columns in the "C" collation: the table's text must be in it too
  const t = postgres ? 'cast(? as text) collate "C"' : 'cast(? as text)'
  const row = `(cast(? as integer), ${t}, ${t}, ${t}, cast(? as integer), ${t}, ${t})`
  const branch = (source: string, target: string) =>
    // CROSS JOIN keeps the ranges outermost in SQLite: else a null-source branch scans every report without one
    `select ${columns} from k cross join ${table} e ${join} where ${source} and ${target} and e.root = k.r` +
    ` and e.negated = k.n and e.date >= k.lo and e.date < k.hi${also}`
  const branches = [
    branch('e.source = k.s', 'e.target = k.t'),
    branch('e.source is null and k.s is null', 'e.target = k.t'),
    branch('e.source = k.s', 'e.target is null and k.t is null'),
    branch('e.source is null and k.s is null', 'e.target is null and k.t is null'),
  ]
  text =
    `with k(i, s, t, r, n, lo, hi) as (values ${Array(count).fill(row).join(', ')}) ` +
    branches.filter((_, pattern) => (patterns & (1 << pattern)) !== 0).join(' union all ')
  if (QUERIES.size >= 500) QUERIES.clear()
  QUERIES.set(id, text)
  return text
}

const DISTINCT_I = new Map<string, string>()
const LIMIT_ONE = new Map<string, string>()

/**
 * A statement around a kept `inner` text, kept too: the statement cache hashes and compares its text whole, which a
 * string built anew for every call made it do each time.
 */
function wrapped(kept: Map<string, string>, inner: string, wrap: (inner: string) => string): string {
  let text = kept.get(inner)
  if (text === undefined) {
    if (kept.size >= 500) kept.clear()
    text = wrap(inner)
    kept.set(inner, text)
  }
  return text
}

/** Dates of up to `limit` stored reports of the range from articles that are not near-duplicates. */
export async function originalDates(scope: WriteScope, range: Range, limit: number): Promise<(string | null)[]> {
  const rows = await runSql<{ date: string | null }>(
    scope.trx,
    originalDatesQuery(scope.postgres, limit, [range]),
    rangeParameters([range]),
  )
  return rows.map((row) => row.date)
}

/** originalDates' statement: reports whose article is not a copy (has no row in articles_copies). */
export function originalDatesQuery(postgres: boolean, limit: number, ranges: number | readonly Range[] = 1): string {
  return `${rangesQuery(ranges, postgres, 'e.date', copyJoin(postgres), 'events', ' and a.id is null')} limit ${limit}`
}

/** Whether the range holds a stored report of a near-duplicate copy (whose reports start no cluster). */
export async function copyReportIn(scope: WriteScope, range: Range): Promise<boolean> {
  return copyReportInAny(scope, [range])
}

/** Whether any of the ranges holds a stored report of a near-duplicate copy: one statement for all of them. */
export async function copyReportInAny(scope: WriteScope, ranges: readonly Range[]): Promise<boolean> {
  if (ranges.length === 0) return false
  const inner = rangesQuery(
    ranges,
    scope.postgres,
    'e.date',
    'join articles a on a.id = e.article_id and a.near_duplicate_of is not null',
  )
  const rows = await runSql<{ date: string | null }>(
    scope.trx,
    wrapped(LIMIT_ONE, inner, (text) => `${text} limit 1`),
    rangeParameters(ranges),
  )
  return rows.length > 0
}
