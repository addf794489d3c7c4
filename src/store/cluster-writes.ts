import type { KeyReport } from './cluster-events.js'
import { clusterRow } from './cluster-events.js'
import { nextClusterNum, type WriteScope } from './numbers.js'
import { insertRows } from './rows.js'
import type { EventClusterTable } from './schema.js'
import { marks, pieces, runSql } from './sql-text.js'

/** What storing one article changes in the clusters of all its keys, written together (`applyClusterChanges`). */
export interface ClusterChanges {
  /** New clusters, in the order they are numbered. */
  readonly created: EventClusterTable[]
  /** Stored clusters whose reports changed (the row is written again, its number kept). */
  readonly updated: EventClusterTable[]
  /** Stored reports that move, by the cluster they move to. */
  readonly moves: Map<string, string[]>
  /** Stored reports of near-duplicate copies that now match no cluster. */
  readonly unplaced: string[]
  /** Stored clusters left with no report. */
  readonly gone: string[]
  /** The cluster of each fresh report that has one. */
  readonly fresh: Map<string, string>
  /** Stored clusters that fresh reports join and nothing else changes in: how many join each. */
  readonly joined: Map<string, number>
  /** Stored clusters whose anchor a fresh report takes (same day or period): old id to new; the row is created. */
  readonly renamed: Map<string, string>
  /** Stored reports of a month or year (YYYY-MM, YYYY, maybe with a time) that leave one cluster for another. */
  readonly periodMoves: { readonly from: string; readonly to: string; readonly period: string }[]
  /** Clusters whose counts are counted again once reports have moved (their fresh reports added). */
  readonly recount: Set<string>
}

/** A fresh report joins a stored cluster: its counts grow (the article is new to it), nothing else changes. */
export function joinCluster(changes: ClusterChanges, report: string, cluster: string): void {
  changes.fresh.set(report, cluster)
  changes.joined.set(cluster, (changes.joined.get(cluster) ?? 0) + 1)
}

export function clusterChanges(): ClusterChanges {
  return {
    created: [],
    updated: [],
    moves: new Map(),
    unplaced: [],
    gone: [],
    fresh: new Map(),
    joined: new Map(),
    renamed: new Map(),
    periodMoves: [],
    recount: new Set(),
  }
}

/** Adds the difference between one key's window as stored and its clusters worked out again (`partition`). */
export function diffClusters(
  changes: ClusterChanges,
  reports: readonly KeyReport[],
  clusters: readonly (readonly KeyReport[])[],
): void {
  // the stored clusters of the window, from their reports (every report of such a cluster is in the window)
  const before = new Map<string, Set<string>>()
  for (const report of reports) {
    if (report.cluster_id !== null)
      before.set(report.cluster_id, (before.get(report.cluster_id) ?? new Set()).add(report.id))
  }
  const placed = new Set<string>()
  for (const members of clusters) {
    const row = clusterRow(members)
    const old = before.get(row.id)
    if (!old) changes.created.push(row)
    else if (old.size !== members.length || members.some((member) => !old.has(member.id))) changes.updated.push(row)
    for (const report of members) {
      placed.add(report.id)
      if (report.cluster_id === row.id) continue
      if (!report.stored) changes.fresh.set(report.id, row.id)
      else changes.moves.set(row.id, [...(changes.moves.get(row.id) ?? []), report.id])
    }
  }
  const kept = new Set(clusters.map((members) => (members[0] as KeyReport).id))
  // a stored copy's report that now matches no cluster is left unclustered
  for (const r of reports) if (r.stored && !placed.has(r.id) && r.cluster_id !== null) changes.unplaced.push(r.id)
  for (const id of before.keys()) if (!kept.has(id)) changes.gone.push(id)
}

const UPDATE_CLUSTER =
  'update event_clusters set rule_version = ?, source = ?, target = ?, root = ?, cameo = ?, quad = ?, goldstein = ?,' +
  ' negated = ?, date = ?, date_precision = ?, first_event = ?, first_article = ?, reports = ?, articles = ? where id = ?'

/** Writes the changes: new clusters first (reports point at them), moved reports, then what is left empty. */
export async function applyClusterChanges(scope: WriteScope, changes: ClusterChanges): Promise<void> {
  const { trx } = scope
  const created: object[] = []
  for (const { num: _, ...row } of changes.created) {
    created.push(scope.postgres ? row : { ...row, num: await nextClusterNum(scope) })
  }
  await insertRows(trx, 'event_clusters', created)
  for (const row of changes.updated) {
    await runSql(trx, UPDATE_CLUSTER, [
      row.rule_version,
      row.source,
      row.target,
      row.root,
      row.cameo,
      row.quad,
      row.goldstein,
      row.negated,
      row.date,
      row.date_precision,
      row.first_event,
      row.first_article,
      row.reports,
      row.articles,
      row.id,
    ])
  }
  for (const { from, to, period } of changes.periodMoves) {
    // the period's reports: dated to it, or to it with a time (starting "<period>T"), each a seek of
    // events_cluster_article (one OR of both would test every report of the cluster)
    await runSql(trx, 'update events set cluster_id = ? where cluster_id = ? and date = ?', [to, from, period])
    await runSql(trx, 'update events set cluster_id = ? where cluster_id = ? and date >= ? and date < ?', [
      to,
      from,
      `${period}T`,
      `${period}U`,
    ])
  }
  for (const [from, to] of changes.renamed) {
    await runSql(trx, 'update events set cluster_id = ? where cluster_id = ?', [to, from])
    await runSql(trx, 'delete from event_clusters where id = ?', [from])
  }
  for (const [cluster, reports] of changes.joined) {
    if (changes.recount.has(cluster)) continue
    // all of one article's joins to a cluster are counted at once: it adds one article
    await runSql(trx, 'update event_clusters set reports = reports + ?, articles = articles + 1 where id = ?', [
      reports,
      cluster,
    ])
  }
  for (const [cluster, ids] of changes.moves) {
    for (const piece of pieces(ids)) {
      await runSql(trx, `update events set cluster_id = ? where id in (${marks(piece.length)})`, [cluster, ...piece])
    }
  }
  for (const piece of pieces(changes.unplaced)) {
    await runSql(trx, `update events set cluster_id = null where id in (${marks(piece.length)})`, piece)
  }
  for (const piece of pieces(changes.gone)) {
    await runSql(trx, `update events set cluster_id = null where cluster_id in (${marks(piece.length)})`, piece)
    await runSql(trx, `delete from event_clusters where id in (${marks(piece.length)})`, piece)
  }
  await recount(scope, changes)
}

/** A cluster's reports and articles counted again, from events_cluster_article alone (migration 15). */
export const RECOUNT =
  'update event_clusters set reports = (select count(*) from events where cluster_id = ?) + ?,' +
  ' articles = (select count(distinct article_id) from events where cluster_id = ?) + ? where id = ?'

/** Counts the recounted clusters' stored reports and articles again, adding the fresh reports that join them. */
async function recount(scope: WriteScope, changes: ClusterChanges): Promise<void> {
  if (changes.recount.size === 0) return
  const fresh = new Map<string, number>()
  for (const cluster of changes.fresh.values()) fresh.set(cluster, (fresh.get(cluster) ?? 0) + 1)
  for (const cluster of changes.recount) {
    const joining = fresh.get(cluster) ?? 0
    await runSql(scope.trx, RECOUNT, [cluster, joining, cluster, joining > 0 ? 1 : 0, cluster])
  }
}
