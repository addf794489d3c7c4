/** Calendar arithmetic on UTC days, and TIMEX3 value formatting. Days are counted from 1970-01-01. */

const DAY_MS = 86_400_000

/** A calendar day as a count of days since 1970-01-01 (UTC), so adding days is plain addition. */
export type Day = number

export function dayOf(year: number, month: number, date: number): Day {
  return Math.floor(Date.UTC(year, month - 1, date) / DAY_MS)
}

/** Reads "2023-04-05" (or the date part of a date-time); undefined when it is not a real date. */
export function parseDay(iso: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(iso)
  if (!match) return undefined
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const day = dayOf(year, month, date)
  return parts(day).month === month && parts(day).date === date ? day : undefined
}

export function parts(day: Day): { year: number; month: number; date: number; weekday: number } {
  const d = new Date(day * DAY_MS)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: d.getUTCDay() }
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(day: Day): number {
  return parts(day).weekday || 7
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

export function formatDay(day: Day): string {
  const { year, month, date } = parts(day)
  return `${pad(year, 4)}-${pad(month)}-${pad(date)}`
}

export function formatMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month - 1, 1))
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}`
}

/** ISO 8601 week ("2023-W14"): the week belongs to the year of its Thursday. */
export function formatWeek(day: Day): string {
  const thursday = day - isoWeekday(day) + 4
  const year = parts(thursday).year
  const week = Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1
  return `${pad(year, 4)}-W${pad(week)}`
}

export function formatQuarter(year: number, quarter: number): string {
  const index = year * 4 + quarter - 1
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`
}

/** Adds whole months, clamping the date to the end of a shorter month (Mar 31 − P1M → Feb 28). */
export function addMonths(day: Day, months: number): Day {
  const { year, month, date } = parts(day)
  const first = new Date(Date.UTC(year, month - 1 + months, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  return dayOf(first.getUTCFullYear(), first.getUTCMonth() + 1, Math.min(date, last))
}

const OFFSET = /^([+-]?)P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/

/**
 * Shifts a TIMEX3 date value by a signed ISO duration, keeping its precision:
 * `shiftDate('2023-04-05', '-P1D')` → "2023-04-04", `shiftDate('2023-04', 'P1M')` → "2023-05",
 * `shiftDate('2023', '-P1Y')` → "2022". Undefined when the value or the offset is not one it can shift
 * (a week value, a reference, a time of day, or a day offset on a month).
 */
export function shiftDate(iso: string, offset: string): string | undefined {
  const match = OFFSET.exec(offset)
  if (!match || offset.replace(/^[+-]/, '') === 'P') return undefined
  const sign = match[1] === '-' ? -1 : 1
  const [years, months, weeks, days] = [2, 3, 4, 5].map((i) => sign * Number(match[i] ?? 0)) as [
    number,
    number,
    number,
    number,
  ]
  const day = parseDay(iso)
  if (day !== undefined) return formatDay(addMonths(day, years * 12 + months) + weeks * 7 + days)
  if (weeks || days) return undefined
  const month = /^(\d{4})-(\d{2})$/.exec(iso)
  if (month) return formatMonth(Number(month[1]), Number(month[2]) + years * 12 + months)
  if (/^\d{4}$/.test(iso) && !months) return pad(Number(iso) + years, 4)
  return undefined
}
