import { runSql, type Store } from '../store/index.js'
import { versionOf, type QueryContext } from './context.js'

/** One side's clusters with one other side (null: none) in one period: counts, Goldstein sum, per-quad counts. */
export interface MixRow {
  readonly actor: string | null
  readonly clusters: number
  readonly goldstein: number
  readonly quads: readonly [number, number, number, number]
}

export type Side = 'source' | 'target'

const QUAD_SUMS = [1, 2, 3, 4]
  .map((quad) => `sum(case when quad = ${quad} then 1 else 0 end) as quad${quad}`)
  .join(', ')

/** Actors whose monthly sums a store keeps in memory at once. */
const MAX_ACTORS = 256

/**
 * An actor's months on one side, by other side: the months (the date's first 7 characters: '2020-05', or '2020' for
 * a year) in text order, and the running sums up to and including each, so any day's sums are one binary search
 * per other side, however many months the actor has.
 */
type Months = Map<string | null, RunningSums>

interface RunningSums {
  readonly months: readonly string[]
  /** Per month: clusters, Goldstein, quad 1, 2, 3, 4 (6 numbers each), summed over it and every earlier month. */
  readonly sums: Float64Array
  /** The same 6 numbers per month, of that month alone (the dyad series adds them by period). */
  readonly monthly: Float64Array
}

const FIELDS = 6

interface Memo {
  version: string
  /** `${side}|${actor}` → months; insertion order is recency (least recently used first). */
  readonly actors: Map<string, Months>
}

const memos = new WeakMap<Store, Memo>()

/**
 * An actor's non-negated clusters up to a day, grouped by the other side: the same sums as one GROUP BY over
 * every cluster of the actor up to the day, read in two parts. Whole months before the day's month come from the
 * actor's monthly sums, which every write keeps in actor_months (migration 11); they are read once per data
 * version and kept in memory as running sums (the first dossier of an actor reads one index range of a few
 * thousand rows; each later day, on the slider or in another request, costs a binary search per other side and
 * reads only the day's own month). The day's month is read from the cluster index. Any committed write moves the
 * data version and drops every kept sum.
 */
export async function mixUpTo(ctx: QueryContext, side: Side, id: string, at: string): Promise<MixRow[]> {
  const month = at.slice(0, 7)
  const months = await monthsOf(ctx, side, id)
  const totals = new Map<string | null, Totals>()
  // a date of an earlier month (or year) sorts before the day: its month's key is below the day's month
  for (const [other, running] of months) {
    const count = monthsBefore(running.months, month)
    if (count === 0) continue
    const at = (count - 1) * FIELDS
    const sums = running.sums
    totals.set(other, {
      actor: other,
      clusters: sums[at] ?? 0,
      goldstein: sums[at + 1] ?? 0,
      quads: [sums[at + 2] ?? 0, sums[at + 3] ?? 0, sums[at + 4] ?? 0, sums[at + 5] ?? 0],
    })
  }
  for (const row of await readMix(ctx, side, id, { from: month, to: at })) {
    const seen = totals.get(row.actor)
    if (seen === undefined) {
      totals.set(row.actor, {
        actor: row.actor,
        clusters: row.clusters,
        goldstein: row.goldstein,
        quads: [...row.quads],
      })
      continue
    }
    seen.clusters += row.clusters
    seen.goldstein += row.goldstein
    for (const q of [0, 1, 2, 3] as const) seen.quads[q] += row.quads[q]
  }
  return [...totals.values()]
}

/** One month's sums of an actor's clusters with one other side: its key (a date's first 7 characters) and values. */
export interface MonthSums {
  readonly month: string
  readonly clusters: number
  readonly goldstein: number
  readonly quads: readonly [number, number, number, number]
}

/**
 * The actor's non-negated dated clusters on one side with one other side, by month (the date's first 7
 * characters; a shorter date is its own key), in text order: the monthly sums kept in memory per data version.
 */
export async function monthsWith(ctx: QueryContext, side: Side, id: string, other: string): Promise<MonthSums[]> {
  const running = (await monthsOf(ctx, side, id)).get(other)
  if (running === undefined) return []
  const values = running.monthly
  return running.months.map((month, i) => {
    const at = i * FIELDS
    return {
      month,
      clusters: values[at] ?? 0,
      goldstein: values[at + 1] ?? 0,
      quads: [values[at + 2] ?? 0, values[at + 3] ?? 0, values[at + 4] ?? 0, values[at + 5] ?? 0],
    }
  })
}

/** How many of the months (in text order) sort before `month`. */
function monthsBefore(months: readonly string[], month: string): number {
  let low = 0
  let high = months.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((months[middle] ?? '') < month) low = middle + 1
    else high = middle
  }
  return low
}

interface Totals {
  readonly actor: string | null
  clusters: number
  goldstein: number
  quads: [number, number, number, number]
}

async function monthsOf(ctx: QueryContext, side: Side, id: string): Promise<Months> {
  const version = await versionOf(ctx)
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
  const byOther = new Map<string | null, (MixRow & { month: string })[]>()
  for (const row of await readMonths(ctx, side, id)) {
    const rows = byOther.get(row.actor) ?? []
    rows.push(row)
    byOther.set(row.actor, rows)
  }
  const months: Months = new Map()
  for (const [other, rows] of byOther) {
    rows.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
    const sums = new Float64Array(rows.length * FIELDS)
    const monthly = new Float64Array(rows.length * FIELDS)
    rows.forEach((row, i) => {
      const at = i * FIELDS
      const values = [row.clusters, row.goldstein, ...row.quads]
      monthly.set(values, at)
      // each running sum adds the months in the order one GROUP BY over the months would
      values.forEach((value, field) => (sums[at + field] = i === 0 ? value : (sums[at - FIELDS + field] ?? 0) + value))
    })
    months.set(other, { months: rows.map((row) => row.month), sums, monthly })
  }
  memo.actors.set(key, months)
  if (memo.actors.size > MAX_ACTORS) memo.actors.delete(memo.actors.keys().next().value as string)
  return months
}

/** The actor's monthly sums on one side, as the writes keep them in actor_months (one index range). */
async function readMonths(ctx: QueryContext, side: Side, id: string): Promise<(MixRow & { month: string })[]> {
  const rows = await runSql<MonthRow>(ctx.store.db, MONTHS, [id, side])
  return rows.map((row) => ({
    actor: row.other === '' ? null : row.other,
    month: row.month,
    clusters: Number(row.clusters),
    goldstein: Number(row.goldstein),
    quads: [Number(row.quad1), Number(row.quad2), Number(row.quad3), Number(row.quad4)],
  }))
}

const MONTHS = `select month, other, clusters, goldstein, quad1, quad2, quad3, quad4 from actor_months
  where actor = ? and side = ? and clusters > 0`

interface MonthRow {
  readonly month: string
  readonly other: string
  readonly clusters: number
  readonly goldstein: number
  readonly quad1: number
  readonly quad2: number
  readonly quad3: number
  readonly quad4: number
}

/**
 * The actor's non-negated dated clusters on one side, by other side and month, within [from, to] (answered from
 * clusters_source_mix / clusters_target_mix alone; one fixed statement per side).
 */
async function readMix(
  ctx: QueryContext,
  side: Side,
  id: string,
  range: { from: string; to: string },
): Promise<(MixRow & { month: string })[]> {
  const rows = await runSql<MixSqlRow>(ctx.store.db, MIX[side], [id, range.from, range.to])
  return rows.map((row) => ({
    actor: row.actor,
    month: row.month,
    clusters: Number(row.clusters),
    goldstein: Number(row.goldstein),
    quads: [Number(row.quad1), Number(row.quad2), Number(row.quad3), Number(row.quad4)],
  }))
}

const MIX = Object.fromEntries(
  (['source', 'target'] as const).map((side) => {
    const other = side === 'source' ? 'target' : 'source'
    return [
      side,
      `select ${other} as actor, substr(date, 1, 7) as month, count(*) as clusters, sum(goldstein) as goldstein,
        ${QUAD_SUMS}
      from event_clusters
      where ${side} = ? and negated = 0 and date is not null and date >= ? and date <= ?
      group by ${other}, substr(date, 1, 7)`,
    ]
  }),
) as Record<Side, string>

type MixSqlRow = Omit<MonthRow, 'other'> & { readonly actor: string | null }
