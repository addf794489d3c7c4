import { runSql } from '../store/index.js'
import type { QueryContext } from './context.js'
import { findActor } from './actor.js'
import { checkRange, periodOf, type Granularity } from './dates.js'
import { monthsWith, type MonthSums } from './actor-mix.js'

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
    const sums = new PeriodSums(options.by)
    if (options.by === 'week') {
      const range = [options.from.slice(0, 4), options.to, options.from]
      for (const row of await seriesRows(ctx, SERIES, source, target, 'week', range)) sums.addRow(row)
    } else await monthlySums(ctx, { source, target }, options, sums)
    unplaced += sums.unplaced
    for (const [period, entry] of [...sums.byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
      periods.push({ period, source, target, ...entry, goldstein: round(entry.goldstein) })
    }
  }
  return { ...pair, from: options.from, to: options.to, by: options.by, periods, unplaced }
}

/**
 * One direction's monthly or yearly series: the same happenings and sums as the SERIES statement over the whole
 * range, in three parts. A month strictly between the first and the last day's months is whole in range, and a
 * date shorter than a month (a year) is judged by the statement's own conditions: both come from the dyad's monthly
 * sums kept in memory (actor-mix). The first and the last day's months, where the day decides, are read from the
 * index (one small range each).
 */
async function monthlySums(
  ctx: QueryContext,
  pair: { source: string; target: string },
  options: { from: string; to: string; by: Granularity },
  sums: PeriodSums,
): Promise<void> {
  const { from, to, by } = options
  const [fromYear, fromMonth, toMonth] = [from.slice(0, 4), from.slice(0, 7), to.slice(0, 7)]
  for (const month of await monthsWith(ctx, 'source', pair.source, pair.target)) {
    const inside =
      month.month.length >= 7
        ? month.month > fromMonth && month.month < toMonth
        : month.month >= fromYear && month.month <= to && endOf(month.month) >= from
    if (inside) sums.addMonth(month)
  }
  for (const month of fromMonth === toMonth ? [fromMonth] : [fromMonth, toMonth]) {
    // '~' sorts after every character a date of the month goes on with
    const range = [month, month === toMonth ? to : `${month}~`, from]
    for (const row of await seriesRows(ctx, EDGE_MONTH, pair.source, pair.target, by, range)) sums.addRow(row)
  }
}

/** The last day a date shorter than a month reaches, as SERIES compares it: a year's December 31. */
function endOf(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date
}

/** Happenings by period: counts per quad class, how many, Goldstein sum; and those coarser than the period. */
class PeriodSums {
  readonly byPeriod = new Map<
    string,
    { counts: Record<'1' | '2' | '3' | '4', number>; events: number; goldstein: number }
  >()
  unplaced = 0

  constructor(private readonly by: Granularity) {}

  /** A row of SERIES: one key (the date cut to the period, or whole when coarser) and one quad class. */
  addRow(row: SeriesRow): void {
    const entry = this.entry(row.key)
    if (entry === undefined) {
      this.unplaced += Number(row.n)
      return
    }
    entry.counts[String(row.quad) as '1'] += Number(row.n)
    entry.events += Number(row.n)
    entry.goldstein += Number(row.g)
  }

  /** A month's sums (or a coarser date's), every quad class at once. */
  addMonth(month: MonthSums): void {
    const entry = this.entry(month.month)
    if (entry === undefined) {
      this.unplaced += month.clusters
      return
    }
    for (const quad of [1, 2, 3, 4] as const) entry.counts[`${quad}`] += month.quads[quad - 1] ?? 0
    entry.events += month.clusters
    entry.goldstein += month.goldstein
  }

  private entry(key: string) {
    const period = key.length < PERIOD_LENGTH[this.by] ? undefined : periodOf(key, this.by)
    if (period === undefined) return undefined
    let entry = this.byPeriod.get(period)
    if (entry === undefined) {
      entry = { counts: { '1': 0, '2': 0, '3': 0, '4': 0 }, events: 0, goldstein: 0 }
      this.byPeriod.set(period, entry)
    }
    return entry
  }
}

function seriesRows(
  ctx: QueryContext,
  statement: string,
  source: string,
  target: string,
  by: Granularity,
  range: readonly string[],
): Promise<SeriesRow[]> {
  const length = PERIOD_LENGTH[by]
  return runSql<SeriesRow>(ctx.store.db, statement, [length, length, source, target, ...range])
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
function seriesStatement(only = ''): string {
  return `select case when length(date) >= ? then substr(date, 1, ?) else date end as key, quad,
    count(*) as n, sum(goldstein) as g
  from event_clusters
  where source = ? and target = ? and negated = 0 and date >= ? and date <= ?
    and (case length(date) when 4 then date || '-12-31' when 7 then date || '-31' else substr(date, 1, 10) end) >= ?${only}
  group by key, quad`
}
const SERIES = seriesStatement()
/** SERIES within one month's range: only dates of a month or finer (coarser ones are the kept sums' part). */
const EDGE_MONTH = seriesStatement(' and length(date) >= 7')

interface SeriesRow {
  readonly key: string
  readonly quad: number
  readonly n: number
  readonly g: number
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
