import { CLUSTER_RULE_VERSION, DAY_WINDOW, partition, type PartitionReport } from '../dedup/index.js'
import { precisionRank } from '../dedup/cluster-rule.js'
import {
  originalDates,
  rangesWithReports,
  readRanges,
  type Key,
  type Range,
  type StoredReport,
} from './cluster-reads.js'
import {
  applyClusterChanges,
  clusterChanges,
  diffClusters,
  joinCluster,
  type ClusterChanges,
} from './cluster-writes.js'
import { prefetchHeads, yearsRange } from './cluster-prefetch.js'
import { coarseJoins } from './cluster-coarse.js'
import { clusterByHeads } from './cluster-heads.js'
import { dayText, exactDay } from './cluster-days.js'
import type { WriteScope } from './numbers.js'
import type { EventClusterTable, EventTable } from './schema.js'

export type ClusterInput = Pick<
  EventTable,
  | 'id'
  | 'article_id'
  | 'source'
  | 'target'
  | 'root'
  | 'cameo'
  | 'quad'
  | 'goldstein'
  | 'negated'
  | 'date'
  | 'date_precision'
>

export interface ClusterOptions {
  /** Reports from near-duplicate articles join clusters but never start one, so they are not counted again. */
  readonly mayStart: boolean
}

/** A dated report of one key, stored or about to be: what `partition` needs, and what a cluster row copies. */
export type KeyReport = Omit<ClusterInput, 'date'> &
  PartitionReport & {
    readonly date: string
    /** Its cluster as stored (null for a report not stored yet, or a copy's report that joined none). */
    readonly cluster_id: string | null
    /** False for the reports of the article being stored. */
    readonly stored: boolean
  }

/** How far around the fresh reports' days the first read of a key reaches (then 4× as far, while a run goes on). */
const FIRST_PAD = 8

/**
 * Puts the event reports of ONE article into the clusters of their happenings under rule version 2: for each
 * (source, target, root, negation) the article reports, the clusters of that key are worked out again from all
 * of its reports in the days or years concerned (`partition`), so they are the same whatever order articles come
 * in. Set-based: the first read of every key's days is one statement, the check for month- and year-dated reports
 * of every key another, and the differences of all keys are written together at the end (cluster-writes.ts).
 * Returns each event's cluster id (null for a near-duplicate's report that matches nothing). The new events
 * themselves are the caller's to write.
 */
export async function clusterArticleEvents(
  scope: WriteScope,
  events: readonly ClusterInput[],
  options: ClusterOptions,
): Promise<(string | null)[]> {
  if (events.length === 0) return []
  const changes = clusterChanges()
  const byKey = new Map<string, KeyReport[]>()
  for (const event of events) {
    if (yearOf(event.date) === undefined) {
      // an undated report is a happening of its own
      if (options.mayStart) changes.created.push(clusterRow([event]))
      continue
    }
    const key = keyOf(event)
    const report = { ...event, date: event.date as string, mayStart: options.mayStart, cluster_id: null, stored: false }
    byKey.set(key, [...(byKey.get(key) ?? []), report])
  }
  for (const row of changes.created) changes.fresh.set(row.id, row.id)
  // the cluster heads over its years of every key that reads them, in one statement: the bounded paths' many small
  // reads come from it
  scope.heads = await prefetchHeads(
    scope,
    [...byKey.values()].filter(readsHeads).map((fresh) =>
      yearsRange(
        fresh[0] as KeyReport,
        fresh.map((r) => yearOf(r.date) as number),
      ),
    ),
  )
  try {
    return await clusterKeys(scope, events, byKey, changes)
  } finally {
    delete scope.heads
  }
}

/**
 * Whether clustering a key's fresh reports may ask for its cluster heads (clustersIn), so they are worth reading
 * ahead. Only reports dated to a day, month or year are placed by cluster heads; reports of another date (a week,
 * say) are clustered from the reports of that date alone (12 % of a filled store's keys have only such reports, 15 %
 * of the heads read ahead). A near-duplicate's reports start no cluster: only its keys without a day report are
 * placed by heads (they join clusters, cluster-coarse.ts); the others are read as reports. Any key left out still
 * gets its heads, from the database: this decides the work, never the outcome.
 */
export function readsHeads(fresh: readonly KeyReport[]): boolean {
  const ranks = fresh.map((report) => precisionRank(report.date)).filter((rank) => rank < 3)
  if (ranks.length === 0) return false
  return (fresh[0] as KeyReport).mayStart || ranks.every((rank) => rank > 0)
}

/** The keys' reports clustered (the bounded paths first, then the general ones), the changes written at the end. */
async function clusterKeys(
  scope: WriteScope,
  events: readonly ClusterInput[],
  byKey: ReadonlyMap<string, KeyReport[]>,
  changes: ClusterChanges,
): Promise<(string | null)[]> {
  const keys: KeyReport[][] = []
  for (const fresh of byKey.values()) {
    const rest = await clusterByHeads(scope, fresh, changes)
    if (rest.length > 0) keys.push(rest)
  }
  const runs = await dayRuns(scope, keys)
  // keys with only month-, year- or otherwise dated fresh reports mostly just join clusters (cluster-coarse.ts)
  const coarse: (Map<string, string | null> | undefined)[] = []
  for (const [i, fresh] of keys.entries()) {
    if (!runs[i] && fresh.every((report) => precisionRank(report.date) > 0)) coarse[i] = await coarseJoins(scope, fresh)
  }
  const yearKeys = keys.flatMap((fresh, i) => (runs[i] || coarse[i] ? [] : [i]))
  const firstYears = await readRanges(
    scope,
    yearKeys.map((i) => yearRange(keys[i] as KeyReport[])),
  )
  const years = new Map(yearKeys.map((i, n) => [i, firstYears[n] as StoredReport[]]))
  for (const [i, fresh] of keys.entries()) {
    const run = runs[i]
    const joins = run ? undefined : coarse[i]
    if (joins) {
      for (const [report, cluster] of joins) if (cluster !== null) joinCluster(changes, report, cluster)
      continue
    }
    const reports = run ? [...fresh, ...run] : await yearReports(scope, fresh, years.get(i) as StoredReport[])
    diffClusters(changes, reports, partition(reports))
  }
  delete scope.heads // the writes change what was read
  await applyClusterChanges(scope, changes)
  return events.map((event) => changes.fresh.get(event.id) ?? null)
}

/**
 * The bounded path, for keys whose fresh reports are all dated to the day: day reports cluster only with reports
 * at most DAY_WINDOW days away, and a run of days with reports on every day is worked out from its first day, so
 * the run the fresh reports fall in (extended while there are reports on the next day out, either side) clusters
 * exactly as in the whole year — as long as no month or year report of the key could join its clusters (none in
 * its months and years). For each key: the stored reports of that run, or undefined when the key must take the
 * years (`yearReports`). Reports with other dates cluster only with equal dates and are left as they are.
 */
async function dayRuns(scope: WriteScope, keys: readonly KeyReport[][]): Promise<(KeyReport[] | undefined)[]> {
  const spans = keys.map((fresh) => {
    const days = fresh.map((report) => exactDay(report.date))
    if (days.some((day) => day === undefined)) return undefined
    return { key: fresh[0] as KeyReport, lo: Math.min(...(days as number[])), hi: Math.max(...(days as number[])) }
  })
  const asked = spans.flatMap((span, i) => (span ? [i] : []))
  const first = await readRanges(
    scope,
    asked.map((i) => dayRange(spans[i] as Span, FIRST_PAD)),
  )
  const runs: (Run | undefined)[] = keys.map(() => undefined)
  for (const [n, i] of asked.entries()) runs[i] = await runOf(scope, spans[i] as Span, first[n] as StoredReport[])
  const coarse = await coarseConflicts(scope, runs)
  return runs.map((run, i) => (run && !coarse.has(i) ? run.reports : undefined))
}

interface Span {
  readonly key: Key
  readonly lo: number
  readonly hi: number
}

interface Run extends Span {
  readonly reports: KeyReport[]
}

function dayRange(span: Span, pad: number): Range {
  return { key: span.key, from: dayText(span.lo - pad), to: dayText(span.hi + pad + 1) }
}

/** The run of days around a key's fresh reports, from a first read; read wider while the run goes on past it. */
async function runOf(scope: WriteScope, span: Span, firstRead: StoredReport[]): Promise<Run | undefined> {
  let { lo, hi } = span
  let stored = firstRead
  for (let pad = FIRST_PAD; ; pad *= 4) {
    if (pad > FIRST_PAD)
      [stored] = (await readRanges(scope, [dayRange({ key: span.key, lo, hi }, pad)])) as [StoredReport[]]
    const [from, to] = [lo - pad, hi + pad]
    const byDay = new Map<number, StoredReport[]>()
    for (const row of stored) {
      const day = exactDay(row.date as string)
      if (day !== undefined) byDay.set(day, [...(byDay.get(day) ?? []), row])
      else if (precisionRank(row.date as string) === 0) return undefined // a day date that is no calendar day
    }
    const first = runEnd(byDay, lo, -1, from)
    const last = runEnd(byDay, hi, 1, to)
    if (first === undefined || last === undefined) continue // the run may go on past what was read
    lo = first
    hi = last
    const reports: KeyReport[] = []
    for (let day = lo; day <= hi; day++) {
      for (const { near_duplicate_of, ...row } of byDay.get(day) ?? []) {
        reports.push({ ...row, date: row.date as string, mayStart: near_duplicate_of === null, stored: true })
      }
    }
    return { key: span.key, lo, hi, reports }
  }
}

/**
 * The last day of the run of reports from `day` in direction `step` (a run goes on while the next report is at
 * most DAY_WINDOW days on), or undefined when it reaches `bound`, the last day read.
 */
function runEnd(byDay: ReadonlyMap<number, unknown>, day: number, step: 1 | -1, bound: number): number | undefined {
  for (let end = day; ;) {
    if ((bound - end) * step <= DAY_WINDOW) return undefined
    let next: number | undefined
    for (let gap = DAY_WINDOW; gap >= 1 && next === undefined; gap--) {
      if (byDay.has(end + gap * step)) next = end + gap * step
    }
    if (next === undefined) return end
    end = next
  }
}

/**
 * The runs (by index) that a report of their key dated only to a month or a year that days lo..hi fall in could
 * join, or be joined by. Such reports join the first cluster anchored on a day of their month or year, so they
 * cannot when one is anchored before lo (anchors before lo stay as they are): a report that starts clusters at
 * least DAY_WINDOW days into the period and before lo is in such a cluster. Whether any such report exists is
 * asked for every run's months and years in one statement.
 */
async function coarseConflicts(scope: WriteScope, runs: readonly (Run | undefined)[]): Promise<Set<number>> {
  const asked: { run: number; first: number; range: Range }[] = []
  for (const [i, run] of runs.entries()) {
    if (!run) continue
    const periods = new Map<string, number>()
    for (let day = run.lo; day <= run.hi; day++) {
      const text = dayText(day)
      periods.set(text.slice(0, 4), exactDay(`${text.slice(0, 4)}-01-01`) as number)
      periods.set(text.slice(0, 7), exactDay(`${text.slice(0, 7)}-01`) as number)
    }
    for (const [period, first] of periods) {
      // the period itself and anything it starts with before the day part (a time, say)
      asked.push({ run: i, first, range: { key: run.key, from: period, to: `${period}-` } })
      asked.push({ run: i, first, range: { key: run.key, from: `${period}T`, to: `${period}U` } })
    }
  }
  const found = await rangesWithReports(
    scope,
    asked.map((a) => a.range),
  )
  const conflicts = new Set<number>()
  for (const [n, { run: i, first }] of asked.entries()) {
    if (!found.has(n) || conflicts.has(i)) continue
    const run = runs[i] as Run
    if (first + DAY_WINDOW >= run.lo) {
      conflicts.add(i)
      continue
    }
    const dates = await originalDates(
      scope,
      { key: run.key, from: dayText(first + DAY_WINDOW), to: dayText(run.lo) },
      20,
    )
    if (!dates.some((date) => date !== null && exactDay(date) !== undefined)) conflicts.add(i)
  }
  return conflicts
}

/** The years a key's fresh reports fall in, with the day either side (see `yearReports`). */
function yearRange(fresh: readonly KeyReport[], widen: { from?: number; to?: number } = {}): Range {
  const years = fresh.map((report) => yearOf(report.date) as number)
  const from = widen.from ?? Math.min(...years)
  const to = widen.to ?? Math.max(...years)
  return { key: fresh[0] as KeyReport, from: `${from - 1}-12-31`, to: `${to + 1}-01-02` }
}

/**
 * The whole-years path: the stored reports of the years the fresh reports fall in (widened while a run of daily
 * reports crosses New Year, so nothing outside depends on what changes inside), with the fresh ones. `firstRead`
 * is what `yearRange` of the fresh reports holds.
 */
async function yearReports(
  scope: WriteScope,
  fresh: readonly KeyReport[],
  firstRead: StoredReport[],
): Promise<KeyReport[]> {
  const years = fresh.map((report) => yearOf(report.date) as number)
  let from = Math.min(...years)
  let to = Math.max(...years)
  let stored = firstRead
  for (;;) {
    // the window's reports and those of the day either side of it
    const before = stored.some((row) => row.date?.startsWith(`${from - 1}-12-31`))
    const after = stored.some((row) => row.date?.startsWith(`${to + 1}-01-01`))
    if (before || after) {
      if (before) from--
      if (after) to++
      ;[stored] = (await readRanges(scope, [yearRange(fresh, { from, to })])) as [StoredReport[]]
      continue
    }
    return [
      ...stored
        .filter((row) => (row.date as string) >= String(from) && (row.date as string) < String(to + 1))
        .map(({ near_duplicate_of, ...row }) => ({
          ...row,
          date: row.date as string,
          mayStart: near_duplicate_of === null,
          stored: true,
        })),
      ...fresh,
    ]
  }
}

function keyOf(event: Key): string {
  return JSON.stringify([event.source, event.target, event.root, event.negated])
}

/** The year of a date that starts YYYY; undefined for an undated report (a happening of its own). */
function yearOf(date: string | null): number | undefined {
  return date !== null && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : undefined
}

/** The row of a cluster whose first report is its anchor (its id is the anchor's, its num set on insert). */
export function clusterRow(members: readonly ClusterInput[]): EventClusterTable {
  const anchor = members[0] as ClusterInput
  return {
    id: anchor.id,
    num: 0,
    rule_version: CLUSTER_RULE_VERSION,
    source: anchor.source,
    target: anchor.target,
    root: anchor.root,
    cameo: anchor.cameo,
    quad: anchor.quad,
    goldstein: anchor.goldstein,
    negated: anchor.negated,
    date: anchor.date,
    date_precision: anchor.date_precision,
    first_event: anchor.id,
    first_article: anchor.article_id,
    reports: members.length,
    articles: new Set(members.map((member) => member.article_id)).size,
  }
}
