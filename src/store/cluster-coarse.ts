import { CLUSTER_RULE_VERSION } from '../dedup/index.js'
import { canonicalOrder, precisionRank } from '../dedup/cluster-rule.js'
import type { KeyReport } from './cluster-events.js'
import { datePart } from './cluster-days.js'
import { copyReportIn, rangesWithReports, type Key } from './cluster-reads.js'
import { cachedHeads } from './cluster-prefetch.js'
import type { WriteScope } from './numbers.js'
import { runSql } from './sql-text.js'

/** A stored cluster as the bounded paths read it: its id is its anchor's, its date the anchor's. */
export interface ClusterHead {
  readonly id: string
  readonly date: string
  readonly rule_version: number
  readonly reports: number
  readonly articles: number
}

/** What a key's fresh month and year reports do, worked out from the stored clusters' rows. */
export interface CoarsePlan {
  /** Each fresh report's cluster: a stored one, one made by this plan, or none (null, a copy's report). */
  readonly joins: Map<string, string | null>
  /** Stored clusters (by id) whose anchor a fresh report takes: it sorts before the stored anchor, same period. */
  readonly renames: Map<string, { readonly head: ClusterHead; readonly anchor: KeyReport }>
  /** New clusters of a month or year (by period), their fresh reports, the anchor first. */
  readonly created: Map<string, KeyReport[]>
}

/**
 * The bounded path for a key's fresh reports dated to a month or a year (no day). Under rule version 2 such a
 * report JOINS the first cluster anchored on a day of its month or year, else (a year report) the first month
 * cluster of its year, else its period's own cluster (anchored by the period's first report, by id), else, for a
 * near-duplicate's report, nothing. Joining changes no anchor, so no other report moves; taking the own cluster's
 * anchor renames that cluster, its reports with it. A report that anchors a new cluster of its period moves nothing
 * either as long as no copy's report is in the period and, for a month, its year's reports keep their cluster (the
 * year has a day anchor, an earlier month cluster, or no year reports). The stored clusters' anchors are read (a
 * few rows, by the clusters_key index) instead of every report of the year. Returns undefined when a case is not
 * one of these (or the clusters are not of this rule): the whole-years path then works it out. `dayAnchors` are
 * anchors that this article's day reports make (not stored yet).
 */
export async function coarsePlan(
  scope: WriteScope,
  fresh: readonly KeyReport[],
  dayAnchors: readonly ClusterHead[] = [],
): Promise<CoarsePlan | undefined> {
  const plan: CoarsePlan = { joins: new Map(), renames: new Map(), created: new Map() }
  // months before years, earlier first, then by id: a report's own period is anchored by the first of its reports
  for (const report of [...fresh].sort(canonicalOrder)) {
    const period = datePart(report.date)
    const rank = precisionRank(report.date)
    if (rank !== 1 && rank !== 2) return undefined
    // the first cluster anchored on a day of the month or year (day anchors are created first, in date order)
    const stored = await clustersIn(scope, report, `${period}-`, `${period}.`, 16)
    if (stored.length === 16 && !stored.some((head) => precisionRank(head.date) === 0)) return undefined
    const heads = [...stored, ...dayAnchors.filter((head) => head.date.startsWith(`${period}-`))].sort(byDate)
    let target = heads.find((head) => precisionRank(head.date) === 0)
    if (!target && rank === 2) {
      // a year report then joins the first month cluster of its year, stored or made by this article
      target = heads.find((head) => precisionRank(head.date) === 1)
      const made = [...plan.created.keys()].filter((p) => p.startsWith(`${period}-`)).sort()[0]
      if (made !== undefined && (!target || made < datePart(target.date))) {
        join(plan, report, made)
        continue
      }
    }
    if (!target && plan.created.has(period)) {
      join(plan, report, period)
      continue
    }
    if (!target) target = await ownCluster(scope, report, period)
    // a copy's month report may still join its year's own cluster
    if (!target && !report.mayStart && rank === 1) target = await ownCluster(scope, report, period.slice(0, 4))
    if (target && target.rule_version !== CLUSTER_RULE_VERSION) return undefined
    if (target) {
      const renamed = plan.renames.get(target.id)
      const anchor = renamed?.anchor.id ?? target.id
      if (report.mayStart && precisionRank(target.date) === rank && report.id < anchor) {
        plan.renames.set(target.id, { head: target, anchor: report })
      }
      plan.joins.set(report.id, target.id)
    } else if (!report.mayStart) plan.joins.set(report.id, null)
    else if (await mayAnchor(scope, report, period, plan, dayAnchors)) {
      plan.created.set(period, [report])
      plan.joins.set(report.id, report.id)
    } else return undefined
  }
  return plan
}

function byDate(a: ClusterHead, b: ClusterHead): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function join(plan: CoarsePlan, report: KeyReport, period: string): void {
  const members = plan.created.get(period) as KeyReport[]
  members.push(report)
  plan.joins.set(report.id, (members[0] as KeyReport).id)
}

/**
 * Whether a fresh month or year report may anchor its period's new cluster without moving a stored report: no
 * copy's report is in the period and, for a month, its year's reports stay where they are.
 */
async function mayAnchor(
  scope: WriteScope,
  key: Key,
  period: string,
  plan: CoarsePlan,
  dayAnchors: readonly ClusterHead[],
): Promise<boolean> {
  if (await copyReportIn(scope, { key, from: period, to: `${period}U` })) return false
  if (period.length !== 7) return true
  const year = period.slice(0, 4)
  if (dayAnchors.some((head) => head.date.startsWith(`${year}-`))) return true
  const yearHeads = await clustersIn(scope, key, `${year}-`, `${year}.`, 16)
  if (yearHeads.some((head) => precisionRank(head.date) === 0)) return true
  if (yearHeads.length === 16) return false
  const earlier = (p: string) => p.startsWith(`${year}-`) && p < period
  if (yearHeads.some((head) => precisionRank(head.date) === 1 && earlier(datePart(head.date)))) return true
  if ([...plan.created.keys()].some(earlier)) return true
  const ranges = [
    { key, from: year, to: `${year} ` },
    { key, from: `${year}T`, to: `${year}U` },
  ]
  return (await rangesWithReports(scope, ranges)).size === 0
}

/**
 * The general path's use: each fresh report's cluster when they all only join stored clusters (null: none), else
 * undefined.
 */
export async function coarseJoins(
  scope: WriteScope,
  fresh: readonly KeyReport[],
): Promise<Map<string, string | null> | undefined> {
  const plan = await coarsePlan(scope, fresh)
  return plan && plan.renames.size === 0 && plan.created.size === 0 ? plan.joins : undefined
}

/** The cluster anchored on exactly this period (YYYY-MM, YYYY, or another date text), if any. */
export async function ownCluster(scope: WriteScope, key: Key, period: string): Promise<ClusterHead | undefined> {
  const exact = await clustersIn(scope, key, period, null, 1)
  if (exact[0]) return exact[0]
  return (await clustersIn(scope, key, `${period}T`, `${period}U`, 1))[0]
}

/**
 * The key's clusters with anchor dates in [from, to) (or equal to `from` when `to` is null), first anchored first
 * (date, then id), at most `limit`.
 */
export async function clustersIn(
  scope: WriteScope,
  key: Key,
  from: string,
  to: string | null,
  limit: number,
): Promise<ClusterHead[]> {
  const cached = cachedHeads(scope.heads, key, from, to, limit)
  if (cached) return cached
  const source = key.source === null ? 'source is null' : 'source = ?'
  const target = key.target === null ? 'target is null' : 'target = ?'
  const rows = await runSql<ClusterHead>(
    scope.trx,
    `select id, date, rule_version, reports, articles from event_clusters where ${source} and ${target} and root = ? and negated = ?` +
      ` and ${to === null ? 'date = ?' : 'date >= ? and date < ?'} order by date, id limit ${limit}`,
    [
      ...(key.source === null ? [] : [key.source]),
      ...(key.target === null ? [] : [key.target]),
      key.root,
      key.negated,
      from,
      ...(to === null ? [] : [to]),
    ],
  )
  return rows.map((row) => ({
    ...row,
    rule_version: Number(row.rule_version),
    reports: Number(row.reports),
    articles: Number(row.articles),
  }))
}
