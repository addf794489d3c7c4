/**
 * News reports mostly look back: a bare weekday or a month without a year means the latest one, unless the
 * clause speaks of the future. These functions place such dates against the published day.
 */
import { type Day, dayOf, isoWeekday, parts } from './calendar.js'

/** Which way a date without a year or week leans: back (the default in news), ahead, or strictly either way. */
export type Lean = 'past' | 'future' | 'last' | 'next'

/** The weekday (ISO, Monday 1) nearest the published day in the leaning direction; the same day counts. */
export function placeWeekday(ref: Day, weekday: number, lean: Lean): Day {
  const back = (isoWeekday(ref) - weekday + 7) % 7
  const ahead = (weekday - isoWeekday(ref) + 7) % 7
  switch (lean) {
    case 'past':
      return ref - back
    case 'last':
      return ref - (back || 7)
    case 'future':
      return ref + ahead
    case 'next':
      return ref + (ahead || 7)
  }
}

// A month more than this far ahead of the published day is read as last year's when the clause looks back.
const SLACK_DAYS = 45

/** The year of a month (and day) written without one: the published year, moved by one when the lean says so. */
export function placeYear(ref: Day, month: number, date: number | undefined, lean: Lean): number {
  const { year } = parts(ref)
  const day = dayOf(year, month, date ?? 1)
  const end = date === undefined ? dayOf(year, month + 1, 0) : day
  // "last August" is the latest one wholly past, "next August" the first one wholly ahead
  if (lean === 'last') return end >= ref ? year - 1 : year
  if (lean === 'next') return day <= ref ? year + 1 : year
  if (lean === 'past' && day > ref + SLACK_DAYS) return year - 1
  if (lean === 'future' && end < ref - SLACK_DAYS) return year + 1
  return year
}

/** The lean of a weekday or month from its modifier ("last", "next", "this", "coming") and the clause's tense. */
export function leanOf(modifier: string | undefined, future: boolean): Lean {
  switch (modifier?.toLowerCase()) {
    case 'last':
    case 'past':
    case 'previous':
      return 'last'
    case 'next':
    case 'coming':
    case 'this coming':
      return 'next'
    case 'this':
      return 'future'
    default:
      return future ? 'future' : 'past'
  }
}
