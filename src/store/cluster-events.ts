import type { ExpressionBuilder, Transaction } from 'kysely'
import { CLUSTER_RULE_VERSION, DAY_WINDOW, partition, type PartitionReport } from '../dedup/index.js'
import { precisionRank } from '../dedup/cluster-rule.js'
import { clusterRows } from './numbers.js'
import { chunks } from './rows.js'
import type { Database, EventClusterTable, EventTable } from './schema.js'

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

type Key = Pick<ClusterInput, 'source' | 'target' | 'root' | 'negated'>

/**
 * Puts the event reports of ONE article into the clusters of their happenings under rule version 2: for each
 * (source, target, root, negation) the article reports, the clusters of that key are worked out again from all
 * of its reports in the years concerned (`partition`), so they are the same whatever order articles come in.
 * Writes new clusters, updates changed ones, moves stored reports whose cluster changed and deletes clusters left
 * empty; returns each event's cluster id (null for a near-duplicate's report that matches nothing). The new
 * events themselves are the caller's to write.
 */
export async function clusterArticleEvents(
  trx: Transaction<Database>,
  events: readonly ClusterInput[],
  options: ClusterOptions,
): Promise<(string | null)[]> {
  if (events.length === 0) return []
  const assigned = new Map<string, string>()
  const byKey = new Map<string, ClusterInput[]>()
  const undated: EventClusterTable[] = []
  for (const event of events) {
    if (yearOf(event.date) === undefined) {
      // an undated report is a happening of its own
      if (options.mayStart) undated.push(clusterRow([event]))
      continue
    }
    const key = keyOf(event)
    byKey.set(key, [...(byKey.get(key) ?? []), event])
  }
  let nextNum = await maxNum(trx)
  const numbered = undated.map((row) => ({ ...row, num: ++nextNum }))
  for (const chunk of chunks(numbered, 100))
    await trx.insertInto('event_clusters').values(clusterRows(trx, chunk)).execute()
  for (const row of undated) assigned.set(row.id, row.id)
  for (const fresh of byKey.values()) {
    const reports = fresh.map((event) => ({
      ...event,
      date: event.date as string,
      mayStart: options.mayStart,
      cluster_id: null,
      stored: false,
    }))
    for (const [id, cluster] of await reclusterKey(trx, reports)) assigned.set(id, cluster)
  }
  return events.map((event) => assigned.get(event.id) ?? null)
}

/**
 * Clusters one key's reports again around the fresh ones, and writes the difference: the run of days they fall in
 * when that is enough (`reclusterDays`), else the years they fall in (widened while a run of daily reports
 * crosses New Year, so nothing outside depends on what changes inside). Returns the cluster of every fresh report
 * that has one.
 */
async function reclusterKey(trx: Transaction<Database>, fresh: readonly KeyReport[]): Promise<Map<string, string>> {
  return (await reclusterDays(trx, fresh)) ?? reclusterYears(trx, fresh)
}

/**
 * The bounded path, for fresh reports all dated to the day: day reports cluster only with reports at most
 * DAY_WINDOW days away, and a run of days with reports on every day is worked out from its first day, so the
 * run the fresh reports fall in (extended while there are reports on the next day out, either side) clusters
 * exactly as in the whole year — as long as no month or year report of the key could join its clusters (none in
 * its months and years; otherwise undefined, and the caller takes the years). Reports with other dates cluster
 * only with equal dates and are left as they are.
 */
async function reclusterDays(
  trx: Transaction<Database>,
  fresh: readonly KeyReport[],
): Promise<Map<string, string> | undefined> {
  const key = fresh[0] as KeyReport
  const days = fresh.map((report) => exactDay(report.date))
  if (days.some((day) => day === undefined)) return undefined
  let lo = Math.min(...(days as number[]))
  let hi = Math.max(...(days as number[]))
  for (let pad = 8; ; pad *= 4) {
    const [from, to] = [lo - pad, hi + pad]
    const stored = await storedReports(trx, key, dayText(from), dayText(to + 1))
    const byDay = new Map<number, typeof stored>()
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
    if (await coarseReports(trx, key, lo, hi)) return undefined
    const reports: KeyReport[] = [...fresh]
    for (let day = lo; day <= hi; day++) {
      for (const { near_duplicate_of, ...row } of byDay.get(day) ?? []) {
        reports.push({ ...row, date: row.date as string, mayStart: near_duplicate_of === null, stored: true })
      }
    }
    return writeClusters(trx, reports, partition(reports))
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
 * Whether a report of the key dated only to a month or a year that days lo..hi fall in could join, or be joined
 * by, what changes there. Such reports join the first cluster anchored on a day of their month or year, so they
 * cannot when one is anchored before lo (anchors before lo stay as they are): a report that starts clusters at
 * least DAY_WINDOW days into the period and before lo is in such a cluster.
 */
async function coarseReports(trx: Transaction<Database>, key: Key, lo: number, hi: number): Promise<boolean> {
  const periods = new Map<string, number>()
  for (let day = lo; day <= hi; day++) {
    const text = dayText(day)
    periods.set(text.slice(0, 4), exactDay(`${text.slice(0, 4)}-01-01`) as number)
    periods.set(text.slice(0, 7), exactDay(`${text.slice(0, 7)}-01`) as number)
  }
  for (const [period, first] of periods) {
    const coarse = await trx
      .selectFrom('events as e')
      .select('e.id')
      .where((eb) => sameKey(eb, key))
      .where((eb) =>
        eb.or([
          // the period itself and anything it starts with before the day part (a time, say)
          eb.and([eb('e.date', '>=', period), eb('e.date', '<', `${period}-`)]),
          eb.and([eb('e.date', '>=', `${period}T`), eb('e.date', '<', `${period}U`)]),
        ]),
      )
      .limit(1)
      .execute()
    if (coarse.length === 0) continue
    if (first + DAY_WINDOW >= lo) return true
    const starters = await trx
      .selectFrom('events as e')
      .innerJoin('articles as a', 'a.id', 'e.article_id')
      .select('e.date')
      .where((eb) => sameKey(eb, key))
      .where('e.date', '>=', dayText(first + DAY_WINDOW))
      .where('e.date', '<', dayText(lo))
      .where('a.near_duplicate_of', 'is', null)
      .limit(20)
      .execute()
    if (!starters.some((row) => row.date !== null && exactDay(row.date) !== undefined)) return true
  }
  return false
}

/** The day number of a date that is a calendar day (YYYY-MM-DD, maybe with a time); otherwise undefined. */
function exactDay(date: string): number | undefined {
  if (precisionRank(date) !== 0) return undefined
  const text = date.slice(0, 10)
  const day = Date.parse(`${text}T00:00:00Z`) / 86_400_000
  return Number.isInteger(day) && dayText(day) === text ? day : undefined
}

function dayText(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

/** The whole-years path (see `reclusterKey`). */
async function reclusterYears(trx: Transaction<Database>, fresh: readonly KeyReport[]): Promise<Map<string, string>> {
  const key = fresh[0] as KeyReport
  const years = fresh.map((report) => yearOf(report.date) as number)
  let from = Math.min(...years)
  let to = Math.max(...years)
  for (;;) {
    // the window's reports and those of the day either side of it, in one query
    const stored = await storedReports(trx, key, `${from - 1}-12-31`, `${to + 1}-01-02`)
    const before = stored.some((row) => row.date?.startsWith(`${from - 1}-12-31`))
    const after = stored.some((row) => row.date?.startsWith(`${to + 1}-01-01`))
    if (before || after) {
      if (before) from--
      if (after) to++
      continue
    }
    const reports: KeyReport[] = [
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
    return writeClusters(trx, reports, partition(reports))
  }
}

async function storedReports(trx: Transaction<Database>, key: Key, from: string, to: string) {
  return trx
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .select(['e.id', 'e.article_id', 'e.source', 'e.target', 'e.root', 'e.cameo', 'e.quad', 'e.goldstein'])
    .select(['e.negated', 'e.date', 'e.date_precision', 'e.cluster_id', 'a.near_duplicate_of'])
    .where((eb) => sameKey(eb, key))
    .where('e.date', '>=', from)
    .where('e.date', '<', to)
    .execute()
}

/** Writes the clusters of one key's window over what was stored for it; returns the fresh reports' clusters. */
async function writeClusters(
  trx: Transaction<Database>,
  reports: readonly KeyReport[],
  clusters: readonly (readonly KeyReport[])[],
): Promise<Map<string, string>> {
  // the stored clusters of the window, from their reports (every report of such a cluster is in the window)
  const before = new Map<string, Set<string>>()
  for (const report of reports) {
    if (report.cluster_id !== null)
      before.set(report.cluster_id, (before.get(report.cluster_id) ?? new Set()).add(report.id))
  }
  const created: EventClusterTable[] = []
  const moves = new Map<string | null, string[]>()
  const fresh = new Map<string, string>()
  const placed = new Set<string>()
  for (const members of clusters) {
    const row = clusterRow(members)
    const old = before.get(row.id)
    if (!old) created.push(row)
    else if (old.size !== members.length || members.some((member) => !old.has(member.id))) {
      const { id, num: _, ...rest } = row
      await trx.updateTable('event_clusters').set(rest).where('id', '=', id).execute()
    }
    for (const report of members) {
      placed.add(report.id)
      if (report.cluster_id === row.id) continue
      if (!report.stored) fresh.set(report.id, row.id)
      else moves.set(row.id, [...(moves.get(row.id) ?? []), report.id])
    }
  }
  let nextNum = created.length ? await maxNum(trx) : 0
  const numbered = created.map((row) => ({ ...row, num: ++nextNum }))
  for (const chunk of chunks(numbered, 100))
    await trx.insertInto('event_clusters').values(clusterRows(trx, chunk)).execute()
  for (const [cluster, ids] of moves) {
    for (const chunk of chunks(ids)) {
      await trx.updateTable('events').set({ cluster_id: cluster }).where('id', 'in', chunk).execute()
    }
  }
  const kept = new Set(clusters.map((members) => (members[0] as KeyReport).id))
  // a stored copy's report that now matches no cluster is left unclustered
  const unplaced = reports.filter((r) => r.stored && !placed.has(r.id) && r.cluster_id !== null).map((r) => r.id)
  for (const chunk of chunks(unplaced)) {
    await trx.updateTable('events').set({ cluster_id: null }).where('id', 'in', chunk).execute()
  }
  const gone = [...before.keys()].filter((id) => !kept.has(id))
  for (const chunk of chunks(gone)) {
    await trx.updateTable('events').set({ cluster_id: null }).where('cluster_id', 'in', chunk).execute()
    await trx.deleteFrom('event_clusters').where('id', 'in', chunk).execute()
  }
  return fresh
}

function keyOf(event: Key): string {
  return JSON.stringify([event.source, event.target, event.root, event.negated])
}

/** The year of a date that starts YYYY; undefined for an undated report (a happening of its own). */
function yearOf(date: string | null): number | undefined {
  return date !== null && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : undefined
}

function sameKey(eb: ExpressionBuilder<Database & { e: EventTable }, 'e'>, key: Key) {
  return eb.and([
    key.source === null ? eb('e.source', 'is', null) : eb('e.source', '=', key.source),
    key.target === null ? eb('e.target', 'is', null) : eb('e.target', '=', key.target),
    eb('e.root', '=', key.root),
    eb('e.negated', '=', key.negated),
  ])
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

async function maxNum(trx: Transaction<Database>): Promise<number> {
  const last = await trx
    .selectFrom('event_clusters')
    .select((eb) => eb.fn.max('num').as('num'))
    .executeTakeFirst()
  return Number(last?.num ?? 0)
}
