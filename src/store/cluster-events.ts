import type { Transaction } from 'kysely'
import { CLUSTER_RULE_VERSION, sameHappening } from '../dedup/index.js'
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

type Candidate = Pick<EventClusterTable, 'id' | 'num' | 'source' | 'target' | 'root' | 'negated' | 'date'>

/**
 * Puts the event reports of ONE article into the clusters of their happenings: the earliest matching cluster wins,
 * and a report that matches none starts a cluster. Writes the new clusters and the updated counts, and returns each
 * event's cluster id (null for a near-duplicate's report that matches nothing). The events themselves are the
 * caller's to write.
 */
export async function clusterArticleEvents(
  trx: Transaction<Database>,
  events: readonly ClusterInput[],
  options: ClusterOptions,
): Promise<(string | null)[]> {
  if (events.length === 0) return []
  const candidates = await loadCandidates(trx, events)
  let nextNum = await maxNum(trx)
  const created: EventClusterTable[] = []
  const joined = new Map<string, number>()
  const assigned = events.map((event) => {
    const key = keyOf(event)
    const list = candidates.get(key) ?? []
    const me = { ...event, negated: event.negated === 1 }
    const match =
      event.date === null ? undefined : list.find((c) => sameHappening(me, { ...c, negated: c.negated === 1 }))
    if (match) {
      const fresh = created.find((c) => c.id === match.id)
      if (fresh) fresh.reports++
      else joined.set(match.id, (joined.get(match.id) ?? 0) + 1)
      return match.id
    }
    if (!options.mayStart) return null
    const cluster = newCluster(event, ++nextNum)
    created.push(cluster)
    candidates.set(key, [...list, cluster])
    return cluster.id
  })
  for (const chunk of chunks(created, 100))
    await trx.insertInto('event_clusters').values(clusterRows(trx, chunk)).execute()
  for (const [id, reports] of joined) {
    // All of these reports come from one article, so the cluster gains exactly one article.
    await trx
      .updateTable('event_clusters')
      .set((eb) => ({ reports: eb('reports', '+', reports), articles: eb('articles', '+', 1) }))
      .where('id', '=', id)
      .execute()
  }
  return assigned
}

function keyOf(event: Pick<ClusterInput, 'source' | 'target' | 'root' | 'negated'>): string {
  return JSON.stringify([event.source, event.target, event.root, event.negated])
}

function newCluster(event: ClusterInput, num: number): EventClusterTable {
  return {
    id: event.id,
    num,
    rule_version: CLUSTER_RULE_VERSION,
    source: event.source,
    target: event.target,
    root: event.root,
    cameo: event.cameo,
    quad: event.quad,
    goldstein: event.goldstein,
    negated: event.negated,
    date: event.date,
    date_precision: event.date_precision,
    first_event: event.id,
    first_article: event.article_id,
    reports: 1,
    articles: 1,
  }
}

async function maxNum(trx: Transaction<Database>): Promise<number> {
  const last = await trx
    .selectFrom('event_clusters')
    .select((eb) => eb.fn.max('num').as('num'))
    .executeTakeFirst()
  return Number(last?.num ?? 0)
}

/** Stored clusters that could match, one query per (source, target, root, negation) key, dates near the reports'. */
async function loadCandidates(
  trx: Transaction<Database>,
  events: readonly ClusterInput[],
): Promise<Map<string, Candidate[]>> {
  const years = new Map<string, { event: ClusterInput; min: number; max: number }>()
  for (const event of events) {
    if (event.date === null) continue
    const year = Number(event.date.slice(0, 4))
    const seen = years.get(keyOf(event))
    years.set(keyOf(event), { event, min: Math.min(year, seen?.min ?? year), max: Math.max(year, seen?.max ?? year) })
  }
  const out = new Map<string, Candidate[]>()
  for (const [key, { event, min, max }] of years) {
    let query = trx
      .selectFrom('event_clusters')
      .select(['id', 'num', 'source', 'target', 'root', 'negated', 'date'])
      .where('root', '=', event.root)
      .where('negated', '=', event.negated)
      .where('date', '>=', String(min - 1))
      .where('date', '<', String(max + 2))
      .orderBy('num')
    query = event.source === null ? query.where('source', 'is', null) : query.where('source', '=', event.source)
    query = event.target === null ? query.where('target', 'is', null) : query.where('target', '=', event.target)
    out.set(key, await query.execute())
  }
  return out
}
