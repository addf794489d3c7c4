import { EntenteError } from '../errors.js'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?'

/** Validates a user-given publication date (YYYY-MM-DD, or an ISO date-time) and returns YYYY-MM-DD. */
export function parsePublished(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim())
  const date = match?.[1]
  if (date === undefined || !isCalendarDate(date)) {
    throw new EntenteError('date.malformed', `Cannot use published date "${value}": expected YYYY-MM-DD`, {
      input: value,
      hint: 'Pass the date as year-month-day, e.g. --published 2023-04-05',
    })
  }
  return date
}

/**
 * Reduces a date as pages and feeds write it (ISO 8601, RFC 822, "April 5, 2023") to YYYY-MM-DD, keeping the
 * date as written rather than converting time zones; undefined when it is not a date we can read.
 */
export function normalizeDate(raw: string): string | undefined {
  const value = raw.trim()
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?![\d])/.exec(value)
  if (iso) return dateOf(iso[1], iso[2], iso[3])
  const dayFirst = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i').exec(value)
  if (dayFirst) return dateOf(dayFirst[3], monthNumber(dayFirst[2]), dayFirst[1])
  const monthFirst = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i').exec(value)
  if (monthFirst) return dateOf(monthFirst[3], monthNumber(monthFirst[1]), monthFirst[2])
  return undefined
}

function monthNumber(name: string | undefined): string {
  return String(MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1)
}

function dateOf(year?: string, month?: string, day?: string): string | undefined {
  if (!year || !month || !day) return undefined
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return isCalendarDate(date) ? date : undefined
}

function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number)
  if (!year || !month || !day) return false
  const time = new Date(Date.UTC(year, month - 1, day))
  return time.getUTCFullYear() === year && time.getUTCMonth() === month - 1 && time.getUTCDate() === day
}
