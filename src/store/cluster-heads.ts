import { CLUSTER_RULE_VERSION, partition } from '../dedup/index.js'
import { precisionRank } from '../dedup/cluster-rule.js'
import { clusterRow, type KeyReport } from './cluster-events.js'
import { clustersIn, coarsePlan, ownCluster, type ClusterHead, type CoarsePlan } from './cluster-coarse.js'
import { datePart, dayText, exactDay } from './cluster-days.js'
import { windowChanges } from './cluster-window.js'
import { copyReportIn, copyReportInAny, rangesWithReports, readRanges, type Key } from './cluster-reads.js'
import { diffClusters, joinCluster, type ClusterChanges } from './cluster-writes.js'
import type { WriteScope } from './numbers.js'

/**
 * The path that reads a few cluster rows (by the clusters_key index) instead of every report of the days or years
 * concerned, for the cases a filled store mostly meets. What it works out is what `partition` of all the key's
 * reports gives; when a case is not one it knows, it hands the reports back to the general paths:
 * - a report dated otherwise than to a day, month or year (a week, say) matches only reports of the same date:
 *   those few reports are clustered again, alone;
 * - a day report on a day that a stored cluster's anchor covers (the anchor's day or the day after) joins it, and
 *   takes its anchor when it is on the anchor's day and sorts first (the cluster is renamed, nothing else moves);
 * - a day report on a day no anchor covers, when no anchor is on the next day, anchors a cluster of its own and
 *   the chain of anchors after it is unchanged; only the month and year reports of a month or year it becomes the
 *   first anchor of move to it (when no copy's report is near); when an anchor is on the next day, the chain
 *   shifts, and the days up to where it meets the stored chain again are clustered again (cluster-window.ts);
 * - a month or year report joins a stored cluster (cluster-coarse.ts), when the key has no day reports that change
 *   anchors.
 * Reports of near-duplicate copies, which start no cluster, always take the general paths.
 * Returns the fresh reports left to the general paths (all or none of the key's day, month and year reports).
 */
export async function clusterByHeads(
  scope: WriteScope,
  fresh: readonly KeyReport[],
  changes: ClusterChanges,
): Promise<KeyReport[]> {
  const others = new Map<string, KeyReport[]>()
  const rest: KeyReport[] = []
  for (const report of fresh) {
    if (precisionRank(report.date) !== 3) rest.push(report)
    else others.set(datePart(report.date), [...(others.get(datePart(report.date)) ?? []), report])
  }
  for (const [date, reports] of others) await sameDateReports(scope, date, reports, changes)
  if (rest.length === 0 || !(rest[0] as KeyReport).mayStart) return rest
  const days = rest.filter((report) => precisionRank(report.date) === 0)
  const coarse = rest.filter((report) => precisionRank(report.date) !== 0)
  const plan = days.length > 0 ? await dayPlan(scope, days) : emptyPlan()
  if (plan === 'shift') return coarse.length === 0 && (await windowChanges(scope, days, changes)) ? [] : rest
  if (!plan) return rest
  // day anchors come first in the rule, so month and year reports are placed once the day reports' anchors are
  const anchors = [...plan.anchors.values()].map(([anchor]) => ({
    id: (anchor as KeyReport).id,
    date: (anchor as KeyReport).date,
    rule_version: CLUSTER_RULE_VERSION,
    reports: 0,
    articles: 0,
  }))
  const periods = coarse.length > 0 ? await coarsePlan(scope, coarse, anchors) : undefined
  if (coarse.length > 0 && !periods) return rest
  applyPlan(plan, changes)
  if (!periods) return []
  const renamed = new Map([...plan.renames].map(([head, report]) => [head.id, report.id]))
  applyCoarsePlan(periods, changes, renamed, new Set(anchors.map((anchor) => anchor.id)))
  return []
}

/**
 * Adds the month and year reports' plan: `renamed` are the stored day anchors this article's day reports take,
 * `anchors` the new day anchors (written with their fresh reports, then counted again with these).
 */
function applyCoarsePlan(
  plan: CoarsePlan,
  changes: ClusterChanges,
  renamed: ReadonlyMap<string, string>,
  anchors: ReadonlySet<string>,
): void {
  for (const { head, anchor } of plan.renames.values()) {
    changes.created.push({ ...clusterRow([anchor]), reports: head.reports, articles: head.articles })
    changes.renamed.set(head.id, anchor.id)
  }
  for (const members of plan.created.values()) {
    const row = clusterRow(members)
    changes.created.push(row)
    for (const member of members) changes.fresh.set(member.id, row.id)
  }
  for (const [report, cluster] of plan.joins) {
    if (cluster === null || changes.fresh.has(report)) continue
    const id = renamed.get(cluster) ?? plan.renames.get(cluster)?.anchor.id ?? cluster
    if (!anchors.has(id)) joinCluster(changes, report, id)
    else {
      changes.fresh.set(report, id)
      changes.recount.add(id)
    }
  }
}

/** Reports of one date that is no day, month or year: they match only each other, so they are clustered alone. */
async function sameDateReports(scope: WriteScope, date: string, fresh: readonly KeyReport[], changes: ClusterChanges) {
  const key = fresh[0] as KeyReport
  const read = await readRanges(scope, [
    { key, from: date, to: `${date} ` },
    { key, from: `${date}T`, to: `${date}U` },
  ])
  const stored = read
    .flat()
    .filter((row) => datePart(row.date as string) === date)
    .map(({ near_duplicate_of, ...row }) => ({
      ...row,
      date: row.date as string,
      mayStart: near_duplicate_of === null,
      stored: true,
    }))
  const reports = [...fresh, ...stored]
  diffClusters(changes, reports, partition(reports))
}

/** What the day reports of one key change, worked out from the cluster rows around them. */
interface DayPlan {
  /** Fresh reports by the stored cluster they join. */
  readonly joins: Map<ClusterHead, KeyReport[]>
  /** Stored clusters whose anchor a fresh report takes. */
  readonly renames: Map<ClusterHead, KeyReport>
  /** New anchors by day, each with its fresh reports (the anchor first). */
  readonly anchors: Map<number, KeyReport[]>
  /** Month and year reports that leave a stored cluster for a new anchor's. */
  readonly moves: { from: ClusterHead; to: number; period: string }[]
  /** Stored clusters left empty by the moves. */
  readonly gone: ClusterHead[]
}

function emptyPlan(): DayPlan {
  return { joins: new Map(), renames: new Map(), anchors: new Map(), moves: [], gone: [] }
}

/** The plan for a key's fresh day reports (from reports that may start clusters), or undefined for the general path. */
async function dayPlan(scope: WriteScope, fresh: readonly KeyReport[]): Promise<DayPlan | 'shift' | undefined> {
  const sorted = fresh.map((report) => ({ report, day: exactDay(report.date) }))
  if (sorted.some((item) => item.day === undefined)) return undefined
  sorted.sort((a, b) => (a.day as number) - (b.day as number) || (a.report.id < b.report.id ? -1 : 1))
  const key = fresh[0] as KeyReport
  const lo = sorted[0]?.day as number
  const hi = sorted[sorted.length - 1]?.day as number
  const old = await dayHeads(scope, key, lo - 1, hi + 2)
  if (!old) return undefined
  const plan = emptyPlan()
  for (const { report, day: d } of sorted) {
    const day = d as number
    const cover = [day - 1, day].find((at) => old.has(at) || plan.anchors.has(at))
    const head = cover === undefined ? undefined : old.get(cover)
    if (head) {
      plan.joins.set(head, [...(plan.joins.get(head) ?? []), report])
      // the day's first report anchors its cluster (day reports are taken by date, then id)
      const anchor = plan.renames.get(head)?.id ?? head.id
      if (cover === day && report.id < anchor) plan.renames.set(head, report)
    } else if (cover !== undefined) plan.anchors.get(cover)?.push(report)
    else if (old.has(day + 1))
      return 'shift' // the anchors after it change, one after another (cluster-window.ts)
    else plan.anchors.set(day, [report])
  }
  if (plan.anchors.size === 0) return plan
  return (await firstAnchorMoves(scope, key, plan)) ? plan : undefined
}

/**
 * For new anchors: no copy's report may be near (it might move to them). The month and year reports of a month or
 * year whose first anchor one becomes leave their cluster for it: the period's first anchor before, or, in a period
 * that had no anchor (and no copy's report), the month's own cluster (which goes) and for a year the first month
 * cluster or the year's own (which goes). Adds the moves to the plan; false when the general path must decide.
 */
async function firstAnchorMoves(scope: WriteScope, key: Key, plan: DayPlan): Promise<boolean> {
  // each question below is asked of all anchors or periods at once: nothing is written while an article is
  // clustered, so asking them together (and some a failing check would have spared) gives the same answer
  const near = [...plan.anchors.keys()].map((day) => ({ key, from: dayText(day - 1), to: dayText(day + 2) }))
  if (await copyReportInAny(scope, near)) return false
  const firsts = new Map<string, number>()
  for (const day of plan.anchors.keys()) {
    for (const period of [dayText(day).slice(0, 7), dayText(day).slice(0, 4)]) {
      firsts.set(period, Math.min(firsts.get(period) ?? day, day))
    }
  }
  const firstAnchors = new Map<string, ClusterHead | null>()
  for (const period of firsts.keys()) {
    const first = await firstDayAnchor(scope, key, period)
    if (first === undefined) return false
    firstAnchors.set(period, first)
  }
  const anchorless = [...firsts.keys()].filter((period) => firstAnchors.get(period) === null)
  const withReports = await rangesWithReports(
    scope,
    anchorless.flatMap((period) => periodReportRanges(key, period)),
  )
  for (const [period, day] of firsts) {
    const first = firstAnchors.get(period)
    if (first) {
      const at = exactDay(first.date)
      if (at === undefined || first.rule_version !== CLUSTER_RULE_VERSION || renamed(plan, first)) return false
      if (at > day) plan.moves.push({ from: first, to: day, period })
      continue
    }
    const j = anchorless.indexOf(period)
    const source = await anchorlessSource(scope, key, period, withReports.has(2 * j) || withReports.has(2 * j + 1))
    if (source === undefined) return false
    if (source === null) continue
    plan.moves.push({ from: source, to: day, period })
    if (datePart(source.date) === period) plan.gone.push(source)
  }
  return true
}

function renamed(plan: DayPlan, head: ClusterHead): boolean {
  return [...plan.renames.keys()].some((old) => old.id === head.id)
}

/**
 * The first day anchor of a month or year (YYYY-MM, YYYY): null when it has none, undefined when that cannot be told
 * from a few rows.
 */
export async function firstDayAnchor(scope: WriteScope, key: Key, period: string, fromDay?: number) {
  const [from, to] = period.length === 7 ? [`${period}-01`, `${period}-32`] : [`${period}-01-01`, `${period}-12-32`]
  // a year's range holds its month clusters too (YYYY-MM sorts among the days)
  const heads = await clustersIn(scope, key, fromDay === undefined ? from : dayText(fromDay), to, 16)
  const first = heads.find((head) => precisionRank(head.date) === 0)
  return first ?? (heads.length === 16 ? undefined : null)
}

/**
 * The cluster whose month or year reports move to a new first day anchor of a period that had none: null when the
 * period has no such reports, undefined when the general path must decide (a copy's report is in the period).
 */
export async function anchorlessSource(scope: WriteScope, key: Key, period: string, hasReports?: boolean) {
  const reported = hasReports ?? (await rangesWithReports(scope, periodReportRanges(key, period))).size > 0
  if (!reported) return null
  const source = await periodCluster(scope, key, period)
  if (!source || (await copyReportIn(scope, { key, from: period, to: `${period}U` }))) return undefined
  return source
}

/** The ranges of a month's or year's own reports: dated to the period itself, or to a time of it ('2024-05T…'). */
function periodReportRanges(key: Key, period: string) {
  return [
    { key, from: period, to: `${period} ` },
    { key, from: `${period}T`, to: `${period}U` },
  ]
}

/** The cluster a month's or year's reports are in when it has no day anchor (undefined: not known here). */
async function periodCluster(scope: WriteScope, key: Key, period: string): Promise<ClusterHead | undefined> {
  let found: ClusterHead | undefined
  if (period.length === 4) {
    const heads = await clustersIn(scope, key, `${period}-`, `${period}.`, 16)
    found = heads.find((head) => precisionRank(head.date) === 1)
    if (!found && heads.length === 16) return undefined
  }
  found ??= await ownCluster(scope, key, period)
  return found?.rule_version === CLUSTER_RULE_VERSION ? found : undefined
}

/** The stored day anchors of days [from, to) by day, or undefined when one is not of this rule or no calendar day. */
export async function dayHeads(scope: WriteScope, key: Key, from: number, to: number, limit = 64) {
  const heads = await clustersIn(scope, key, dayText(from), dayText(to), limit)
  if (heads.length === limit) return undefined
  const byDay = new Map<number, ClusterHead>()
  for (const head of heads) {
    if (precisionRank(head.date) !== 0) continue
    const day = exactDay(head.date)
    if (day === undefined || head.rule_version !== CLUSTER_RULE_VERSION) return undefined
    byDay.set(day, head)
  }
  return byDay
}

function applyPlan(plan: DayPlan, changes: ClusterChanges): void {
  for (const [head, reports] of plan.joins) {
    const renamed = plan.renames.get(head)
    if (!renamed) {
      for (const report of reports) joinCluster(changes, report.id, head.id)
      continue
    }
    // the cluster is written again under its new anchor; its stored reports follow (cluster-writes.ts)
    changes.created.push({ ...clusterRow([renamed]), reports: head.reports, articles: head.articles })
    changes.renamed.set(head.id, renamed.id)
    for (const report of reports) joinCluster(changes, report.id, renamed.id)
  }
  const anchorIds = new Map<number, string>()
  for (const [day, members] of plan.anchors) {
    const row = clusterRow(members)
    anchorIds.set(day, row.id)
    changes.created.push(row)
    for (const member of members) changes.fresh.set(member.id, row.id)
  }
  for (const { from, to, period } of plan.moves) {
    const target = anchorIds.get(to) as string
    changes.periodMoves.push({ from: from.id, to: target, period })
    changes.recount.add(from.id).add(target)
  }
  for (const head of plan.gone) {
    changes.gone.push(head.id)
    changes.recount.delete(head.id)
  }
}
