import type { QueryContext } from './context.js'
import { findActor } from './actor.js'
import { checkRange, periodOf, type Granularity } from './dates.js'

export interface DyadPeriod {
  readonly period: string
  readonly source: string
  readonly target: string
  /** Happenings (clusters, each counted once) per quad class. */
  readonly counts: Readonly<Record<'1' | '2' | '3' | '4', number>>
  readonly events: number
  readonly goldstein: number
}

export interface DyadSeries {
  readonly a: string
  readonly b: string
  readonly from: string
  readonly to: string
  readonly by: Granularity
  /** A→B then B→A rows, by period. */
  readonly periods: readonly DyadPeriod[]
  /** Happenings in range whose date is coarser than the period (a month-only date in a weekly series). */
  readonly unplaced: number
}

/** The cooperation–conflict series of a dyad: per period and direction, counts per quad class and Goldstein sum. */
export async function dyadSeries(
  ctx: QueryContext,
  pair: { a: string; b: string },
  options: { from: string; to: string; by: Granularity },
): Promise<DyadSeries> {
  checkRange(options)
  await findActor(ctx, pair.a)
  await findActor(ctx, pair.b)
  const periods: DyadPeriod[] = []
  let unplaced = 0
  for (const [source, target] of [
    [pair.a, pair.b],
    [pair.b, pair.a],
  ] as const) {
    const rows = await ctx.store.db
      .selectFrom('event_clusters')
      .select((eb) => ['date', 'quad', eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('goldstein').as('g')])
      .where('source', '=', source)
      .where('target', '=', target)
      .where('negated', '=', 0)
      .where('date', '>=', options.from.slice(0, 4))
      .where('date', '<=', options.to)
      .groupBy(['date', 'quad'])
      .execute()
    const byPeriod = new Map<
      string,
      { counts: Record<'1' | '2' | '3' | '4', number>; events: number; goldstein: number }
    >()
    for (const row of rows) {
      const date = row.date as string
      if (!overlaps(date, options.from, options.to)) continue
      const period = periodOf(date, options.by)
      if (period === undefined) {
        unplaced += Number(row.n)
        continue
      }
      const entry = byPeriod.get(period) ?? { counts: { '1': 0, '2': 0, '3': 0, '4': 0 }, events: 0, goldstein: 0 }
      entry.counts[String(row.quad) as '1'] += Number(row.n)
      entry.events += Number(row.n)
      entry.goldstein += Number(row.g)
      byPeriod.set(period, entry)
    }
    for (const [period, entry] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
      periods.push({ period, source, target, ...entry, goldstein: round(entry.goldstein) })
    }
  }
  return { ...pair, from: options.from, to: options.to, by: options.by, periods, unplaced }
}

/** A date at any precision overlaps [from, to] (both full days). */
function overlaps(date: string, from: string, to: string): boolean {
  const start = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10)
  const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date.slice(0, 10)
  return end >= from && start <= to
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
