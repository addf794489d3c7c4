import type { DocView } from './view.js'

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  the: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
}
const UNITS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7 }

/**
 * An offset in days stated before a token range: "a day after" (-1 from the anchor, i.e. the thing happened a day
 * before the anchored event), "two days before" (+2). Looks for "<n> <unit> after|before" between `from` and `to`.
 */
export function relativeOffset(view: DocView, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    const word = view.tokens[i]?.norm
    if (word !== 'after' && word !== 'before') continue
    const unit = UNITS[view.tokens[i - 1]?.norm ?? '']
    const count = NUMBERS[view.tokens[i - 2]?.norm ?? ''] ?? Number(view.tokens[i - 2]?.norm)
    if (!unit || !Number.isFinite(count)) continue
    return (word === 'after' ? -1 : 1) * unit * count
  }
  return undefined
}

/** Adds days to an ISO date (YYYY-MM-DD). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
