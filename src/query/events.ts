import { findActor } from './actor.js'
import type { QueryContext } from './context.js'
import { checkRange } from './dates.js'

export interface EventFilter {
  /** Source actor. */
  readonly actor?: string
  readonly target?: string
  /** Either side. */
  readonly involving?: string
  /** CAMEO code prefix: "04" matches 040–046 and their children. */
  readonly code?: string
  readonly from?: string
  readonly to?: string
  /** true: only negated reports; false: only asserted ones; absent: both. */
  readonly negated?: boolean
  /** Leave out near-duplicate copies and reports outside a cluster. */
  readonly counted?: boolean
  readonly limit?: number
}

export interface EventRow {
  readonly id: string
  readonly article: string
  readonly source: string | null
  readonly target: string | null
  readonly cameo: string
  readonly plover: string | null
  readonly quad: number
  readonly goldstein: number
  readonly negated: boolean
  readonly modality: string
  readonly date: string | null
  readonly datePrecision: string | null
  readonly confidence: number
  readonly cluster: string | null
  readonly nearDuplicateOf: string | null
  readonly evidence: string
}

/** The stored columns an event row is read from: an event joined to its article. */
export interface StoredEvent {
  readonly id: string
  readonly article_id: string
  readonly source: string | null
  readonly target: string | null
  readonly cameo: string
  readonly plover: string | null
  readonly quad: number
  readonly goldstein: number
  readonly negated: number
  readonly modality: string
  readonly date: string | null
  readonly date_precision: string | null
  readonly confidence: number
  readonly cluster_id: string | null
  readonly near_duplicate_of: string | null
  readonly evidence_text: string
}

/** One stored event as the edges show it (CLI, API, UI). */
export function eventRowOf(row: StoredEvent): EventRow {
  return {
    id: row.id,
    article: row.article_id,
    source: row.source,
    target: row.target,
    cameo: row.cameo,
    plover: row.plover,
    quad: row.quad,
    goldstein: row.goldstein,
    negated: row.negated === 1,
    modality: row.modality,
    date: row.date,
    datePrecision: row.date_precision,
    confidence: row.confidence,
    cluster: row.cluster_id,
    nearDuplicateOf: row.near_duplicate_of,
    evidence: row.evidence_text,
  }
}

/** Event reports matching a filter, latest first. */
export async function listEvents(ctx: QueryContext, filter: EventFilter): Promise<EventRow[]> {
  await checkFilter(ctx, filter)
  let query = ctx.store.db
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .select(['e.id', 'e.article_id', 'e.source', 'e.target', 'e.cameo', 'e.plover', 'e.quad', 'e.goldstein'])
    .select(['e.negated', 'e.modality', 'e.date', 'e.date_precision', 'e.confidence', 'e.cluster_id'])
    .select(['e.evidence_text', 'a.near_duplicate_of'])
  if (filter.actor !== undefined) query = query.where('e.source', '=', filter.actor)
  if (filter.target !== undefined) query = query.where('e.target', '=', filter.target)
  const involving = filter.involving
  if (involving !== undefined)
    query = query.where((eb) => eb.or([eb('e.source', '=', involving), eb('e.target', '=', involving)]))
  if (filter.code !== undefined) query = query.where('e.cameo', 'like', `${filter.code.replace(/[%_]/g, '')}%`)
  const from = filter.from
  if (from !== undefined) {
    // A month- or year-precision date overlapping the start counts as inside.
    query = query.where((eb) =>
      eb.or([eb('e.date', '>=', from), eb('e.date', '=', from.slice(0, 7)), eb('e.date', '=', from.slice(0, 4))]),
    )
  }
  if (filter.to !== undefined) query = query.where('e.date', '<=', filter.to)
  if (filter.negated !== undefined) query = query.where('e.negated', '=', filter.negated ? 1 : 0)
  if (filter.counted) query = query.where('a.near_duplicate_of', 'is', null).where('e.cluster_id', 'is not', null)
  const rows = await query
    .orderBy('e.date', 'desc')
    .orderBy('a.seq', 'desc')
    .orderBy('e.ord')
    .limit(filter.limit ?? 50)
    .execute()
  return rows.map(eventRowOf)
}

/**
 * A reversed range and an actor nobody knows are errors, as `query actor XYZ` is: an empty answer would read as
 * "no such events".
 */
export async function checkFilter(ctx: QueryContext, filter: Pick<EventFilter, 'actor' | 'target' | 'from' | 'to'>) {
  checkRange(filter)
  if (filter.actor !== undefined) await findActor(ctx, filter.actor)
  if (filter.target !== undefined) await findActor(ctx, filter.target)
}
