import { runSql } from '../store/index.js'
import type { QueryContext } from './context.js'
import { eventRowOf, type EventRow, type StoredEvent } from './events.js'

/**
 * The latest counted reports involving an actor up to a day: the same rows, in the same order, as
 * `listEvents(ctx, { involving: id, to: at, counted: true, limit })`, found by walking the source and the target
 * index from the day backwards (a few rows each) instead of sorting every report of the actor.
 */
export async function recentEvents(ctx: QueryContext, id: string, at: string, limit: number): Promise<EventRow[]> {
  const rows = new Map<string, RecentRow>()
  for (const side of SIDES) for (const row of await latestOnSide(ctx, side, id, at, limit)) rows.set(row.id, row)
  return [...rows.values()].sort(newestFirst).slice(0, limit).map(eventRowOf)
}

/**
 * The first `limit` rows of one side in the SQL order (date newest first, then article sequence newest first, then
 * position), in two index walks instead of one sort: the `limit` newest by date alone, then the first `limit` rows
 * of the last of their dates in the full order, so that the ties on that date are ordered right. An ORDER BY of all three columns makes SQLite
 * sort each date's rows through a temporary tree, which took ~4x the time of both walks on the 1 M-event store.
 */
async function latestOnSide(
  ctx: QueryContext,
  side: (typeof SIDES)[number],
  id: string,
  at: string,
  limit: number,
): Promise<RecentRow[]> {
  const newest = await runSql<RecentRow>(ctx.store.db, `${side.newest} limit ${Math.trunc(limit)}`, [id, at])
  const last = newest.at(-1)?.date
  if (newest.length < limit || last == null) return newest
  const tied = await runSql<RecentRow>(ctx.store.db, `${side.onDay} limit ${Math.trunc(limit)}`, [id, last])
  return [...newest.filter((row) => row.date !== last), ...tied].sort(newestFirst).slice(0, limit)
}

type RecentRow = StoredEvent & { readonly seq: number; readonly ord: number }

/** The SQL order: date (compared as text) newest first, then article sequence newest first, then position. */
function newestFirst(x: RecentRow, y: RecentRow): number {
  return (x.date === y.date ? 0 : (x.date ?? '') < (y.date ?? '') ? 1 : -1) || y.seq - x.seq || x.ord - y.ord
}

const COLUMNS = `select e.id, e.article_id, e.source, e.target, e.cameo, e.plover, e.quad, e.goldstein, e.negated,
  e.modality, e.date, e.date_precision, e.confidence, e.cluster_id, e.ord, e.evidence_text, a.near_duplicate_of, a.seq
  from events e join articles a on a.id = e.article_id`
const COUNTED = 'a.near_duplicate_of is null and e.cluster_id is not null'

/**
 * Each side's two walks of its (actor, date) index: the newest up to the day, and one day's first rows in the SQL
 * order (sorted in SQL, which keeps only `limit` of them: a busy actor's day has ~70 reports on the 1 M-event
 * store, and making a JS row of each cost more than reading it).
 */
const SIDES = (['source', 'target'] as const).map((column) => ({
  newest: `${COLUMNS} where e.${column} = ? and e.date <= ? and ${COUNTED} order by e.date desc`,
  onDay: `${COLUMNS} where e.${column} = ? and e.date = ? and ${COUNTED} order by a.seq desc, e.ord`,
}))
