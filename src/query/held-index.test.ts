import { expect, test } from 'vitest'
import { holdingsOn, indexHeld, startCertainty, type LearnedHolding } from './held-index.js'

interface Row {
  readonly other: string
  readonly from: string
  readonly to: string
  readonly statements: number
}

/**
 * The holdings on a day as the store's grouping query says them, row by row: every row held on the day (a start on
 * or before it, an end open or not before the day's same-length prefix), its start replaced by a curated day it
 * contains, judged 'member' or 'possibly'; per other side the sure rows make the holding (else the vague ones), and
 * every judged row counts.
 */
function reference(
  rows: readonly Row[],
  at: string,
  curated: ReadonlyMap<string, readonly string[]>,
): LearnedHolding[] {
  const byOther = new Map<
    string,
    { start: string; to: string; certainty: 'member' | 'possibly'; statements: number }[]
  >()
  for (const row of rows) {
    if (!(row.from <= at) || !(row.to === '' || row.to >= at.slice(0, row.to.length))) continue
    const day = row.from.length >= 10 ? undefined : curated.get(row.other)?.find((d) => d.startsWith(row.from))
    const start = day ?? row.from
    const certainty = startCertainty(start, at)
    if (certainty === undefined) continue
    byOther.set(row.other, [
      ...(byOther.get(row.other) ?? []),
      { start, to: row.to, certainty, statements: row.statements },
    ])
  }
  return [...byOther].map(([other, judged]) => {
    const sure = judged.filter((row) => row.certainty === 'member')
    const group = sure.length ? sure : judged
    return {
      other,
      from: group.map((row) => row.start).sort()[0] as string,
      to: group.some((row) => row.to === '')
        ? null
        : (group
            .map((row) => row.to)
            .sort()
            .at(-1) as string),
      certainty: sure.length ? 'member' : 'possibly',
      statements: judged.reduce((sum, row) => sum + row.statements, 0),
    }
  })
}

/** A small deterministic generator (mulberry32), so a failure names a case that can be run again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A date to the year, month or day between 2010 and 2013 (few values, so starts and ends meet the days asked). */
function dateOf(next: () => number): string {
  const day = `201${Math.floor(next() * 4)}-0${1 + Math.floor(next() * 3)}-1${Math.floor(next() * 3)}`
  return day.slice(0, [4, 7, 10, 10][Math.floor(next() * 4)])
}

test('holdingsOn answers every day as the row-by-row grouping does', () => {
  const next = random(13)
  for (let round = 0; round < 200; round++) {
    const others = ['AUT', 'BEL', 'CYP', 'DNK'].slice(0, 1 + Math.floor(next() * 4))
    const rows = others.flatMap((other) =>
      Array.from({ length: Math.floor(next() * 8) }, () => ({
        other,
        from: dateOf(next),
        to: next() < 0.6 ? '' : dateOf(next),
        statements: 1 + Math.floor(next() * 3),
      })),
    )
    const curated = new Map(others.filter(() => next() < 0.5).map((other) => [other, [dateOf(next).padEnd(10, '-01')]]))
    const index = indexHeld(rows)
    for (let k = 0; k < 10; k++) {
      const at = `201${Math.floor(next() * 4)}-0${1 + Math.floor(next() * 3)}-1${Math.floor(next() * 3)}`
      expect(holdingsOn(index, at, curated), `round ${round}, ${at}`).toEqual(reference(rows, at, curated))
    }
  }
})

test('holdingsOn counts the open day-precision statements up to the day', () => {
  const rows = [
    { other: 'FIN', from: '2023-04-04', to: '', statements: 2 },
    { other: 'FIN', from: '2023-04-06', to: '', statements: 5 },
    { other: 'FIN', from: '2023-04-05', to: '', statements: 1 },
    { other: 'SWE', from: '2024-03-07', to: '', statements: 3 },
  ]
  const index = indexHeld(rows)
  expect(holdingsOn(index, '2023-04-03')).toEqual([])
  expect(holdingsOn(index, '2023-04-05')).toEqual([
    { other: 'FIN', from: '2023-04-04', to: null, certainty: 'member', statements: 3 },
  ])
  expect(holdingsOn(index, '2024-03-07').map((h) => [h.other, h.statements])).toEqual([
    ['FIN', 8],
    ['SWE', 3],
  ])
})
