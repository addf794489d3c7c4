import { EntenteError } from '../errors.js'
import { isPartialDate as isRealDate, within } from '../kb/index.js'

function malformed(value: string, what: string, expected: string): EntenteError {
  return new EntenteError('date.malformed', `Cannot read ${what} "${value}": expected ${expected}`, {
    input: value,
    hint: 'Write the date as 2023-04-05',
  })
}

/** A full calendar date (YYYY-MM-DD), or 'date.malformed'. */
export function parseDay(value: string, what = 'date'): string {
  if (value.length !== 10 || !isRealDate(value)) throw malformed(value, what, 'YYYY-MM-DD')
  return value
}

/** The first day of a YYYY, YYYY-MM or YYYY-MM-DD date, or 'date.malformed'. */
export function parseFrom(value: string, what = 'date'): string {
  if (!isRealDate(value)) throw malformed(value, what, 'YYYY, YYYY-MM or YYYY-MM-DD')
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value
}

/** The last day of a YYYY, YYYY-MM or YYYY-MM-DD date, or 'date.malformed'. */
export function parseTo(value: string, what = 'date'): string {
  if (!isRealDate(value)) throw malformed(value, what, 'YYYY, YYYY-MM or YYYY-MM-DD')
  if (value.length === 4) return `${value}-12-31`
  if (value.length === 7) {
    const [year, month] = value.split('-').map(Number) as [number, number]
    return `${value}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`
  }
  return value
}

/**
 * Refuses a range whose first day is after its last ('usage'): it can only be a mistake, and an empty answer
 * would hide it. Both days are full dates (the output of parseFrom and parseTo).
 */
export function checkRange(range: { readonly from?: string | undefined; readonly to?: string | undefined }): void {
  const { from, to } = range
  if (from === undefined || to === undefined || from <= to) return
  throw new EntenteError('usage', `Cannot search from ${from} to ${to}: the first day is after the last`, {
    input: `${from}/${to}`,
    hint: 'Swap the dates: from (--from) is the first day, to (--to) the last',
  })
}

/** Whether a day falls in a validity interval whose bounds may be partial dates; `to` is inclusive. */
export function validAt(day: string, interval: { from: string | null; to: string | null }): boolean {
  return within(day, {
    ...(interval.from !== null ? { from: interval.from } : {}),
    ...(interval.to !== null ? { to: interval.to } : {}),
  })
}

/** Today as YYYY-MM-DD (UTC), the default `--at`. */
export function today(): string {
  return new Date().toISOString().slice(0, 10)
}

export type Granularity = 'week' | 'month' | 'year'

/** The period a date (YYYY, YYYY-MM or YYYY-MM-DD) falls in; undefined when it is coarser than the period. */
export function periodOf(date: string, by: Granularity): string | undefined {
  if (by === 'year') return date.slice(0, 4)
  if (by === 'month') return date.length >= 7 ? date.slice(0, 7) : undefined
  return date.length >= 10 ? isoWeek(date.slice(0, 10)) : undefined
}

/** ISO 8601 week ("2023-W14"): the week of the Thursday of the date's week. */
export function isoWeek(day: string): string {
  const thursday = new Date(`${day}T00:00:00Z`)
  thursday.setUTCDate(thursday.getUTCDate() - ((thursday.getUTCDay() + 6) % 7) + 3)
  const year = thursday.getUTCFullYear()
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000))
  return `${year}-W${String(week).padStart(2, '0')}`
}
