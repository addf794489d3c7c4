import { afterAll, describe, expect, test } from 'vitest'
import { cleanup, DATABASES, makeDoc } from '../../test/store/helpers.js'
import type { Store } from '../store/index.js'
import { periodOf, type Granularity } from './dates.js'
import { dyadSeries, type DyadSeries } from './dyad.js'

afterAll(cleanup)

/** Dates of every precision the coder writes, around month and year edges (a week and a quarter as text too). */
const DATES = ['2019-12-31', '2020', '2020-01', '2020-01-01', '2020-03-15', '2020-03', '2020-W10', '2020-Q2']
const MORE_DATES = ['2020-03-31T10:00', '2020-04-30', '2021', '2021-02-28', '2021-12']

/** Articles whose events go JPN -> USA and USA -> JPN (some negated), on the dates given in turn. */
async function store(store: Store, from: number, to: number, dates: readonly string[]) {
  for (let i = from; i < to; i++) {
    const words = ['met', 'warned', 'praised', 'denied'].map((verb) => `${verb} ${i}`)
    await store.putDoc(
      makeDoc(`Report ${i}: ${words.join('; ')}.`, {
        events: words.map((evidence, j) => ({
          source: j === 1 ? 'USA' : 'JPN',
          target: j === 1 ? 'JPN' : 'USA',
          cameo: j === 2 ? '111' : '040',
          quad: j === 2 ? 3 : 1,
          goldstein: j === 2 ? -2 : 1.5,
          ...(j === 3 ? { negated: true } : {}),
          evidence,
          date: dates[(i + 3 * j) % dates.length] as string,
        })),
      }),
    )
  }
}

/** The series from every cluster row, by the rules SERIES states: the range, the key cut to the period, unplaced. */
async function direct(db: Store, range: { from: string; to: string; by: Granularity }): Promise<DyadSeries> {
  const length = { week: 10, month: 7, year: 4 }[range.by]
  const rows = await db.db.selectFrom('event_clusters').selectAll().where('negated', '=', 0).execute()
  const periods: DyadSeries['periods'][number][] = []
  let unplaced = 0
  for (const [source, target] of [
    ['JPN', 'USA'],
    ['USA', 'JPN'],
  ]) {
    const byPeriod = new Map<string, { counts: Record<string, number>; events: number; goldstein: number }>()
    for (const row of rows) {
      const date = row.date
      if (row.source !== source || row.target !== target || date === null) continue
      const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date.slice(0, 10)
      if (date < range.from.slice(0, 4) || date > range.to || end < range.from) continue
      const key = date.length >= length ? date.slice(0, length) : date
      const period = key.length < length ? undefined : periodOf(key, range.by)
      if (period === undefined) {
        unplaced++
        continue
      }
      const entry = byPeriod.get(period) ?? { counts: { '1': 0, '2': 0, '3': 0, '4': 0 }, events: 0, goldstein: 0 }
      entry.counts[String(row.quad)]! += 1
      entry.events += 1
      entry.goldstein += row.goldstein
      byPeriod.set(period, entry)
    }
    for (const [period, entry] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
      periods.push({ period, source, target, ...entry, goldstein: Math.round(entry.goldstein * 1000) / 1000 } as never)
    }
  }
  return { a: 'JPN', b: 'USA', ...range, periods, unplaced }
}

/** Ranges whose edges fall on, inside and around the stored dates' months and years. */
const RANGES = [
  ['1900-01-01', '2030-12-31'],
  ['2020-01-01', '2020-12-31'],
  ['2020-01-02', '2020-03-15'],
  ['2020-03-01', '2020-03-31'],
  ['2020-03-16', '2020-04-30'],
  ['2019-12-31', '2020-01-01'],
  ['2020-02-01', '2021-02-28'],
  ['2020-03-31', '2020-03-31'],
] as const

describe.each(DATABASES)('a dyad series from monthly sums kept in memory ($name)', (database) => {
  test('equals the series over every cluster, for each range and period, and follows writes', async () => {
    const db = await database.open()
    try {
      await store(db, 0, 16, DATES)
      const check = async () => {
        for (const [from, to] of RANGES) {
          for (const by of ['week', 'month', 'year'] as const) {
            const series = await dyadSeries({ store: db }, { a: 'JPN', b: 'USA' }, { from, to, by })
            expect(series, `${from} ${to} ${by}`).toEqual(await direct(db, { from, to, by }))
          }
        }
      }
      await check()
      const whole = { from: '1900-01-01', to: '2030-12-31', by: 'month' } as const
      const before = await dyadSeries({ store: db }, { a: 'JPN', b: 'USA' }, whole)
      // a write moves the data version: the kept sums are read again
      await store(db, 16, 26, MORE_DATES)
      const after = await dyadSeries({ store: db }, { a: 'JPN', b: 'USA' }, whole)
      const count = (series: DyadSeries) => series.periods.reduce((n, p) => n + p.events, series.unplaced)
      expect(count(after)).toBeGreaterThan(count(before))
      await check()
    } finally {
      await db.close()
    }
  })
})
