/**
 * The rule that decides when two event reports describe one happening. Bump CLUSTER_RULE_VERSION whenever the
 * rule changes; clusters carry the version they were built with and `entente recluster` rebuilds them.
 *
 * Version 1: same source, target, CAMEO root code and negation, and compatible dates: both at day precision and
 * at most one day apart, otherwise equal at the coarser precision (same month, or same year). Undated reports are
 * never clustered with others.
 */
export const CLUSTER_RULE_VERSION = 1

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

/** Dates as YYYY, YYYY-MM or YYYY-MM-DD: day against day within the window, otherwise equal at the coarser one. */
export function datesCompatible(first: string, second: string): boolean {
  const a = first.split('T')[0] as string
  const b = second.split('T')[0] as string
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(a) || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(b)) return a === b
  if (a.length === 10 && b.length === 10) return Math.abs(dayNumber(a) - dayNumber(b)) <= DAY_WINDOW
  const length = Math.min(a.length, b.length)
  return a.slice(0, length) === b.slice(0, length)
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000
}
