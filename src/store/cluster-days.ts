import { precisionRank } from '../dedup/cluster-rule.js'

/** The day number of a date that is a calendar day (YYYY-MM-DD, maybe with a time); otherwise undefined. */
export function exactDay(date: string): number | undefined {
  if (DAYS.has(date)) return DAYS.get(date)
  let day: number | undefined
  if (precisionRank(date) === 0) {
    const text = date.slice(0, 10)
    const parsed = Date.parse(`${text}T00:00:00Z`) / 86_400_000
    day = Number.isInteger(parsed) && dayText(parsed) === text ? parsed : undefined
  }
  if (DAYS.size >= MEMO) DAYS.clear()
  DAYS.set(date, day)
  return day
}

export function dayText(day: number): string {
  let text = TEXTS.get(day)
  if (text === undefined) {
    text = new Date(day * 86_400_000).toISOString().slice(0, 10)
    if (TEXTS.size >= MEMO) TEXTS.clear()
    TEXTS.set(day, text)
  }
  return text
}

/**
 * Days and day texts already worked out: clustering one article turns the same few hundred stored dates into days
 * and back many times over (a Date parse or an ISO string each).
 */
const DAYS = new Map<string, number | undefined>()
const TEXTS = new Map<number, string>()
const MEMO = 4096

/** The date text that decides which dates a date matches: what comes before any time part. */
export function datePart(date: string): string {
  return date.split('T')[0] as string
}
