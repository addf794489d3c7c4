/**
 * The rule that decides when two event reports describe one happening. Bump CLUSTER_RULE_VERSION whenever the
 * rule changes; clusters carry the version they were built with and `entente recluster` rebuilds them.
 *
 * Version 1: same source, target, CAMEO root code and negation, and compatible dates: both at day precision and
 * at most one day apart, otherwise equal at the coarser precision (same month, or same year). Undated reports are
 * never clustered with others. A report joined the earliest stored cluster it matched, so the clusters depended
 * on the order articles were stored in.
 *
 * Version 2: the same matching, applied to all reports of one (source, target, root, negation) in a canonical
 * order, so the clusters depend only on which reports are stored, never on their order or on how many writers
 * stored them (see `partition`).
 */
export const CLUSTER_RULE_VERSION = 2

/** How far apart two day-precision reports of one happening may be. */
export const DAY_WINDOW = 1

export interface ClusterCandidate {
  readonly source: string | null
  readonly target: string | null
  readonly root: string
  readonly negated: boolean
  readonly date: string | null
}

/** True when two reports fall in one cluster under the current rule. */
export function sameHappening(a: ClusterCandidate, b: ClusterCandidate): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.root === b.root &&
    a.negated === b.negated &&
    a.date !== null &&
    b.date !== null &&
    datesCompatible(a.date, b.date)
  )
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/

/** Dates as YYYY, YYYY-MM or YYYY-MM-DD: day against day within the window, otherwise equal at the coarser one. */
export function datesCompatible(first: string, second: string): boolean {
  const a = first.split('T')[0] as string
  const b = second.split('T')[0] as string
  if (!PARTIAL_DATE.test(a) || !PARTIAL_DATE.test(b)) return a === b
  if (a.length === 10 && b.length === 10) return Math.abs(dayNumber(a) - dayNumber(b)) <= DAY_WINDOW
  const length = Math.min(a.length, b.length)
  return a.slice(0, length) === b.slice(0, length)
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000
}

/** A report to partition: its id (unique, stable), its date, and whether it may start a cluster. */
export interface PartitionReport {
  readonly id: string
  readonly date: string
  /** Reports of near-duplicate copies join clusters but never start one. */
  readonly mayStart: boolean
}

/** Day (0), month (1), year (2), anything else (3): finer dates anchor clusters first. */
export function precisionRank(date: string): number {
  let rank = RANKS.get(date)
  if (rank === undefined) {
    const day = date.split('T')[0] as string
    rank = !PARTIAL_DATE.test(day) ? 3 : day.length === 10 ? 0 : day.length === 7 ? 1 : 2
    if (RANKS.size >= MEMO) RANKS.clear()
    RANKS.set(date, rank)
  }
  return rank
}

/**
 * Ranks already worked out, by date text: storing one article asks for the ranks of the same few hundred stored
 * dates many times over (sorting, planning, reading), each a split and a regular expression.
 */
const RANKS = new Map<string, number>()
const MEMO = 4096

/** The canonical order: finer dates first, then earlier dates, then by id. */
export function canonicalOrder(a: PartitionReport, b: PartitionReport): number {
  const rank = precisionRank(a.date) - precisionRank(b.date)
  if (rank !== 0) return rank
  const [first, second] = [a.date.split('T')[0] as string, b.date.split('T')[0] as string]
  if (first !== second) return first < second ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * The clusters of the dated reports of ONE (source, target, root, negation), as lists of reports whose first
 * report is the cluster's anchor (its id and date are the cluster's). Reports are taken in the canonical order
 * (day-precision before month before year, earlier first, then by id); each joins the first cluster whose anchor
 * date is compatible with its own, else starts one. Then the reports that may not start a cluster join the first
 * compatible one, or none (left out of the result). The result depends only on the set of reports.
 */
export function partition<T extends PartitionReport>(reports: readonly T[]): T[][] {
  const sorted = [...reports].sort(canonicalOrder)
  const clusters: T[][] = []
  const joinFirst = (report: T, candidates: readonly T[][]): boolean => {
    const match = candidates.find((cluster) => datesCompatible((cluster[0] as T).date, report.date))
    match?.push(report)
    return match !== undefined
  }
  for (const report of sorted) {
    if (!report.mayStart) continue
    // while starters are placed, anchors come in date order: a day report can only match the latest cluster
    const candidates = precisionRank(report.date) === 0 ? clusters.slice(-1) : clusters
    if (!joinFirst(report, candidates)) clusters.push([report])
  }
  for (const report of sorted) if (!report.mayStart) joinFirst(report, clusters)
  // the anchor stays first; the copies' reports take their canonical places among the rest
  return clusters.map(([anchor, ...rest]) => [anchor as T, ...rest.sort(canonicalOrder)])
}
