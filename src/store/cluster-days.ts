import { precisionRank } from '../dedup/cluster-rule.js'

/** The day number of a date that is a calendar day (YYYY-MM-DD, maybe with a time); otherwise undefined. */
export function exactDay(date: string): number | undefined {
  if (precisionRank(date) !== 0) return undefined
  const text = date.slice(0, 10)
  const day = Date.parse(`${text}T00:00:00Z`) / 86_400_000
  return Number.isInteger(day) && dayText(day) === text ? day : undefined
}

export function dayText(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

/** The date text that decides which dates a date matches: what comes before any time part. */
export function datePart(date: string): string {
  return date.split('T')[0] as string
}
