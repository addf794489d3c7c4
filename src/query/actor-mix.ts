import { sql } from 'kysely'
import { dataVersion, type Store } from '../store/index.js'
import type { QueryContext } from './context.js'

/** One side's clusters with one other side (null: none) in one period: counts, Goldstein sum, per-quad counts. */
export interface MixRow {
  readonly actor: string | null
  readonly clusters: number
  readonly goldstein: number
  readonly quads: readonly [number, number, number, number]
}

export type Side = 'source' | 'target'

/** Actors whose monthly sums a store keeps in memory at once. */
const MAX_ACTORS = 256

/** An actor's months on one side: month (the date's first 7 characters: '2020-05', or '2020' for a year) → rows. */
type Months = Map<string, MixRow[]>

interface Memo {
  version: string
  /** `${side}|${actor}` → months; insertion order is recency (least recently used first). */
  readonly actors: Map<string, Months>
}

const memos = new WeakMap<Store, Memo>()

/**
 * An actor's non-negated clusters up to a day, grouped by the other side: the same sums as one GROUP BY over
 * every cluster of the actor up to the day, read in two parts. Whole months before the day's month come from the
 * actor's monthly sums, read once per data version and kept in memory (the first dossier of an actor reads its
 * clusters once; each later day, on the slider or in another request, reads only the day's own month); the day's
 * month is read from the store. Any committed write moves the data version and drops every kept sum.
 */
export async function mixUpTo(ctx: QueryContext, side: Side, id: string, at: string): Promise<MixRow[]> {
  const month = at.slice(0, 7)
  const months = await monthsOf(ctx, side, id)
  const totals = new Map<string | null, MixRow>()
  const add = (row: MixRow) => {
    const seen = totals.get(row.actor)
    totals.set(row.actor, sum(seen ?? { actor: row.actor, clusters: 0, goldstein: 0, quads: [0, 0, 0, 0] }, row))
  }
  // a date of an earlier month (or year) sorts before the day: its month's key is below the day's month
  for (const [key, rows] of months) if (key < month) rows.forEach(add)
  ;(await readMix(ctx, side, id, { from: month, to: at })).forEach(add)
  return [...totals.values()]
}

function sum(a: MixRow, b: MixRow): MixRow {
  return {
    actor: a.actor,
    clusters: a.clusters + b.clusters,
    goldstein: a.goldstein + b.goldstein,
    quads: [a.quads[0] + b.quads[0], a.quads[1] + b.quads[1], a.quads[2] + b.quads[2], a.quads[3] + b.quads[3]],
  }
}

async function monthsOf(ctx: QueryContext, side: Side, id: string): Promise<Months> {
  const version = await dataVersion(ctx.store)
  let memo = memos.get(ctx.store)
  if (!memo || memo.version !== version) {
    memo = { version, actors: new Map() }
    memos.set(ctx.store, memo)
  }
  const key = `${side}|${id}`
  const kept = memo.actors.get(key)
  if (kept) {
    memo.actors.delete(key)
    memo.actors.set(key, kept)
    return kept
  }
  const months: Months = new Map()
  for (const row of await readMix(ctx, side, id, {})) {
    const rows = months.get(row.month) ?? []
    rows.push(row)
    months.set(row.month, rows)
  }
  memo.actors.set(key, months)
  if (memo.actors.size > MAX_ACTORS) memo.actors.delete(memo.actors.keys().next().value as string)
  return months
}

/**
 * The actor's non-negated dated clusters on one side, by other side and month, within [from, to] when given
 * (answered from clusters_source_mix / clusters_target_mix alone).
 */
async function readMix(
  ctx: QueryContext,
  side: Side,
  id: string,
  range: { from?: string; to?: string },
): Promise<(MixRow & { month: string })[]> {
  const other = side === 'source' ? 'target' : 'source'
  const month = sql<string>`substr(date, 1, 7)`
  let query = ctx.store.db
    .selectFrom('event_clusters')
    .select((eb) => [
      eb.ref(other).as('actor'),
      month.as('month'),
      eb.fn.countAll<number>().as('clusters'),
      eb.fn.sum<number>('goldstein').as('goldstein'),
      ...QUADS.map((quad) =>
        eb.fn.sum<number>(eb.case().when('quad', '=', quad).then(1).else(0).end()).as(`quad${quad}`),
      ),
    ])
    .where(side, '=', id)
    .where('negated', '=', 0)
    .where('date', 'is not', null)
  if (range.from !== undefined) query = query.where('date', '>=', range.from)
  if (range.to !== undefined) query = query.where('date', '<=', range.to)
  const rows = await query.groupBy([other, month]).execute()
  return rows.map((row) => ({
    actor: row.actor,
    month: row.month,
    clusters: Number(row.clusters),
    goldstein: Number(row.goldstein),
    quads: [Number(row.quad1), Number(row.quad2), Number(row.quad3), Number(row.quad4)],
  }))
}

const QUADS = [1, 2, 3, 4] as const
