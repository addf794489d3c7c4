import type { ExpressionBuilder, Transaction } from 'kysely'
import { CLUSTER_RULE_VERSION, partition, type PartitionReport } from '../dedup/index.js'
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
 * Clusters one key's reports again in the years the fresh ones fall in (widened while a run of daily reports
 * crosses New Year, so nothing outside depends on what changes inside), and writes the difference. Returns the
 * cluster of every fresh report that has one.
 */
async function reclusterKey(trx: Transaction<Database>, fresh: readonly KeyReport[]): Promise<Map<string, string>> {
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
