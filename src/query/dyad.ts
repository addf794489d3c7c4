import { runSql } from '../store/index.js'
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
  const length = PERIOD_LENGTH[options.by]
  for (const [source, target] of [
    [pair.a, pair.b],
    [pair.b, pair.a],
  ] as const) {
    const rows = await runSql<SeriesRow>(ctx.store.db, SERIES, [
      length,
      length,
      source,
      target,
      options.from.slice(0, 4),
      options.to,
      options.from,
    ])
    const byPeriod = new Map<
      string,
      { counts: Record<'1' | '2' | '3' | '4', number>; events: number; goldstein: number }
    >()
    for (const row of rows) {
      const period = row.key.length < length ? undefined : periodOf(row.key, options.by)
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

/** The characters of a date a period keeps: a week is found from its day. */
const PERIOD_LENGTH = { week: 10, month: 7, year: 4 } as const

/**
 * One direction's happenings overlapping [from, to], by period and quad class, summed in SQL (one range of
 * clusters_dyad_mix, a few dozen rows out instead of one per date): a date at least as fine as the period is cut to
 * it, a coarser one (a month-only date in a weekly series) stays whole and is unplaced. The range is on the index's
 * date (from the first year, so coarse dates that overlap are in it); the last condition keeps a date whose end
 * (a year's December 31, a month's 31st) is on or after the first day.
 */
const SERIES = `select case when length(date) >= ? then substr(date, 1, ?) else date end as key, quad,
    count(*) as n, sum(goldstein) as g
  from event_clusters
  where source = ? and target = ? and negated = 0 and date >= ? and date <= ?
    and (case length(date) when 4 then date || '-12-31' when 7 then date || '-31' else substr(date, 1, 10) end) >= ?
  group by key, quad`

interface SeriesRow {
  readonly key: string
  readonly quad: number
  readonly n: number
  readonly g: number
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
