import { CLUSTER_RULE_VERSION } from '../dedup/index.js'
import { canonicalOrder, precisionRank } from '../dedup/cluster-rule.js'
import type { KeyReport } from './cluster-events.js'
import type { Key } from './cluster-reads.js'
import type { WriteScope } from './numbers.js'
import { runSql } from './sql-text.js'

/** A stored cluster as the coarse path reads it: its id is its anchor's, its date the anchor's. */
interface ClusterHead {
  readonly id: string
  readonly date: string
  readonly rule_version: number
}

/**
 * The bounded path for a key whose fresh reports are all dated to a month, a year or another period (no day):
 * under rule version 2 such a report only ever JOINS a cluster that exists — the first anchored on a day of its
 * month or year, else its month's or year's own cluster (anchored by the first such report), else, for a
 * near-duplicate's report, nothing — unless it must anchor one itself. Joining changes no anchor, so no other
 * report moves: the stored clusters' anchors are read (a few rows, by the clusters_key index) instead of every
 * report of the year. Returns each fresh report's cluster (null: none), or undefined when one of them would anchor
 * a cluster (or the clusters are not of this rule), which the whole-years path then works out.
 */
export async function coarseJoins(
  scope: WriteScope,
  fresh: readonly KeyReport[],
): Promise<Map<string, string | null> | undefined> {
  const joins = new Map<string, string | null>()
  for (const report of fresh) {
    const day = report.date.split('T')[0] as string
    const rank = precisionRank(report.date)
    let target: ClusterHead | undefined
    if (rank === 1 || rank === 2) {
      // the first cluster anchored on a day of the month or year (day anchors are created first, in date order)
      const heads = await clustersIn(scope, report, `${day}-`, `${day}.`, 16)
      if (heads.length === 16 && !heads.some((head) => precisionRank(head.date) === 0)) return undefined
      target = heads.find((head) => precisionRank(head.date) === 0)
      // a year report then joins the first month cluster of its year
      if (!target && rank === 2) target = heads.find((head) => precisionRank(head.date) === 1)
    }
    if (!target) target = (await ownCluster(scope, report, day)) ?? undefined
    if (target === undefined && !report.mayStart && (rank === 1 || rank === 2)) {
      // a copy's month report may still join its year's own cluster
      if (rank === 1) target = await ownCluster(scope, report, day.slice(0, 4))
    }
    if (target && target.rule_version !== CLUSTER_RULE_VERSION) return undefined
    if (
      target &&
      report.mayStart &&
      precisionRank(target.date) === rank &&
      canonicalOrder(report, { ...target, mayStart: true }) < 0
    ) {
      return undefined // it would anchor the period's own cluster in place of the stored anchor
    }
    if (!target && report.mayStart) return undefined // it anchors a new cluster
    joins.set(report.id, target?.id ?? null)
  }
  return joins
}

/** The cluster anchored on exactly this period (YYYY-MM, YYYY, or another date text), if any. */
async function ownCluster(scope: WriteScope, key: Key, period: string): Promise<ClusterHead | undefined> {
  const exact = await clustersIn(scope, key, period, null, 1)
  if (exact[0]) return exact[0]
  return (await clustersIn(scope, key, `${period}T`, `${period}U`, 1))[0]
}

/**
 * The key's clusters with anchor dates in [from, to) (or equal to `from` when `to` is null), first anchored first
 * (date, then id), at most `limit`.
 */
async function clustersIn(
  scope: WriteScope,
  key: Key,
  from: string,
  to: string | null,
  limit: number,
): Promise<ClusterHead[]> {
  const source = key.source === null ? 'source is null' : 'source = ?'
  const target = key.target === null ? 'target is null' : 'target = ?'
  const rows = await runSql<ClusterHead>(
    scope.trx,
    `select id, date, rule_version from event_clusters where ${source} and ${target} and root = ? and negated = ?` +
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
  return rows.map((row) => ({ ...row, rule_version: Number(row.rule_version) }))
}
