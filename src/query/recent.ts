import type { QueryContext } from './context.js'
import { eventRowOf, type EventRow } from './events.js'

/**
 * The latest counted reports involving an actor up to a day: the same rows, in the same order, as
 * `listEvents(ctx, { involving: id, to: at, counted: true, limit })`, found by walking the source and the target
 * index from the day backwards (a few rows each) instead of sorting every report of the actor.
 */
export async function recentEvents(ctx: QueryContext, id: string, at: string, limit: number): Promise<EventRow[]> {
  const side = (column: 'e.source' | 'e.target') =>
    ctx.store.db
      .selectFrom('events as e')
      .innerJoin('articles as a', 'a.id', 'e.article_id')
      .select(['e.id', 'e.article_id', 'e.source', 'e.target', 'e.cameo', 'e.plover', 'e.quad', 'e.goldstein'])
      .select(['e.negated', 'e.modality', 'e.date', 'e.date_precision', 'e.confidence', 'e.cluster_id', 'e.ord'])
      .select(['e.evidence_text', 'a.near_duplicate_of', 'a.seq'])
      .where(column, '=', id)
      .where('e.date', '<=', at)
      .where('a.near_duplicate_of', 'is', null)
      .where('e.cluster_id', 'is not', null)
      .orderBy('e.date', 'desc')
      .orderBy('a.seq', 'desc')
      .orderBy('e.ord')
      .limit(limit)
      .execute()
  const [asSource, asTarget] = [await side('e.source'), await side('e.target')]
  const rows = new Map([...asSource, ...asTarget].map((row) => [row.id, row]))
  // the SQL order: date (compared as text) newest first, then article sequence newest first, then position
  const ordered = [...rows.values()].sort(
    (x, y) => (x.date === y.date ? 0 : (x.date ?? '') < (y.date ?? '') ? 1 : -1) || y.seq - x.seq || x.ord - y.ord,
  )
  return ordered.slice(0, limit).map(eventRowOf)
}
