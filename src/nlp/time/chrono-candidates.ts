/**
 * Written dates and clock times through chrono-node ("April 4, 2023", "Feb. 5", "7/8/07", "Friday at 3 p.m.").
 * Chrono finds them and reads their written parts; placing what is left unwritten (the year of "February 5",
 * the week of "Friday") is ours, leaning back as news does.
 */
import * as chrono from 'chrono-node'
import type { ParsedComponents, ParsedResult } from 'chrono-node'
import type { Candidate } from './candidate.js'
import { type Window, addWindow } from './windows.js'
import { type Day, dayOf, formatDay, formatMonth } from './calendar.js'
import { futureCue } from './context.js'
import { leanOf, placeWeekday, placeYear } from './lean.js'
import { matchesOf } from './matches.js'

// Only the parsers for written dates and times: relative phrases ("next month", "for six months",
// "a day after") are read by our rules, which know news conventions.
const PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENSlashMonthFormatParser',
  'ENTimeExpressionParser',
  'ENYearMonthNameParser',
  'ENMonthNameParser',
])

const PARSER = (() => {
  const parser = chrono.en.casual.clone()
  parser.parsers = parser.parsers.filter((p) => PARSERS.has(p.constructor.name))
  if (parser.parsers.length !== PARSERS.size) throw new Error('chrono-node parsers changed: check chrono-candidates.ts')
  return parser
})()

/**
 * Speed: each parser scans the whole paragraph with its own pattern, and every pattern needs a digit, a month
 * name or a weekday name (checked against chrono's patterns, case-insensitive as they are). A paragraph without
 * one of these runs only the parsers that could match, which finds exactly what the full set finds.
 */
const NEEDS: Record<string, readonly Need[]> = {
  ENYearMonthDayParser: ['digit'],
  ISOFormatParser: ['digit'],
  SlashDateFormatParser: ['digit'],
  ENMonthNameLittleEndianParser: ['month'],
  ENMonthNameMiddleEndianParser: ['month'],
  ENWeekdayParser: ['weekday'],
  ENSlashMonthFormatParser: ['digit'],
  ENTimeExpressionParser: ['digit'],
  ENYearMonthNameParser: ['digit', 'month'],
  ENMonthNameParser: ['month'],
}
type Need = 'digit' | 'month' | 'weekday'
const HAS: Record<Need, RegExp> = {
  digit: /\d/,
  month: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  weekday: /mon|tue|wed|thu|fri|sat|sun|week/i,
}
const SUBSETS = new Map<string, chrono.Chrono>()

/** The parsers worth running on a text: those whose every need the text meets, in chrono's order. */
function parserFor(text: string): chrono.Chrono {
  const met = (['digit', 'month', 'weekday'] as const).filter((need) => HAS[need].test(text))
  if (met.length === 3) return PARSER
  const key = met.join(' ')
  let subset = SUBSETS.get(key)
  if (!subset) {
    subset = PARSER.clone()
    subset.parsers = PARSER.parsers.filter(
      (p) => NEEDS[p.constructor.name]?.every((need) => met.includes(need)) ?? true,
    )
    SUBSETS.set(key, subset)
  }
  return subset
}

// A fixed reference keeps chrono's guesses deterministic; only the parts it read from the text are used.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 }

/** Paragraphs without a month or weekday name, a clock time or a numeric date skip chrono altogether. */
const CUE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|\d[:/]\d|\d\s?[ap]\.?m\b/

const MONTH_MODIFIER = /\b(last|next|this|coming|past)\s+$/i
const PREPOSITION = /^(?:(?:on|at|in|by|since|until|till|from|during|of|around|about|before|after)\s+)+/i
const MONTH_NAME = /[A-Za-z]{3}/
const LOWER_NAME = /^[a-z]/
// "the Pixel 4 a spare charger" is not 4 a.m.: a clock time needs a colon, a.m./p.m., o'clock, noon or midnight
const CLOCK = /\d[:.]\d\d|\d\s*[ap]\.?m\b|o'clock|\bnoon\b|\bmidnight\b/i

/** Candidates chrono finds in one paragraph. */
export function chronoCandidates(text: string): Candidate[] {
  if (!CUE.test(text)) return []
  const candidates: Candidate[] = []
  for (const window of chronoWindows(text)) {
    const slice = text.slice(window.start, window.end)
    for (const result of parserFor(slice).parse(slice, REFERENCE)) {
      const candidate = toCandidate(result, text, window.start)
      if (candidate) candidates.push(candidate)
    }
  }
  return candidates
}

/** Every chrono pattern holds a digit, a month name or a weekday name: the anchors of its stretches. */
const ANCHOR = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week)/gi

/** The stretches of a paragraph chrono reads; a test checks that whatever it finds in the whole lies in one. */
export function chronoWindows(text: string): Window[] {
  const windows: Window[] = []
  for (const match of matchesOf(ANCHOR, text)) addWindow(windows, text, match.index, match.index + match[0].length)
  return windows
}

function toCandidate(result: ParsedResult, text: string, offset: number): Candidate | undefined {
  const unled = result.text.replace(PREPOSITION, '')
  const trimmed = unled.replace(/[\s,;:]+$/, '')
  const index = offset + result.index
  const c = result.start
  // chrono reads "last August" as "August": the modifier written just before a month name is ours to read
  const lead =
    unled === result.text && c.isCertain('month') && !c.isCertain('year')
      ? MONTH_MODIFIER.exec(text.slice(Math.max(0, index - 12), index))
      : null
  const start = index + result.text.length - unled.length - (lead?.[0].length ?? 0)
  // "may" the verb, "2/3" the fraction: a name must be capitalized, a bare number needs a year or a clock
  if (LOWER_NAME.test(trimmed)) return undefined
  if (!MONTH_NAME.test(trimmed) && !c.isCertain('year') && !c.isCertain('hour')) return undefined
  if (c.isCertain('hour') && !CLOCK.test(trimmed)) return undefined
  const modifier = lead?.[1] ?? /^(last|next|this|coming|past)\s/i.exec(trimmed)?.[1]
  const lean = leanOf(modifier, futureCue(text, index))
  const day = datePart(c, lean)
  if (day === undefined) return undefined
  const clock = c.isCertain('hour') ? `T${pad(c.get('hour'))}:${pad(c.get('minute'))}${zone(trimmed)}` : ''
  const precision = clock ? 'time' : c.isCertain('day') || c.isCertain('weekday') ? 'day' : 'month'
  const value = typeof day === 'string' ? day + clock : (ref: Day) => day(ref) + clock
  const bare = clock && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month')
  const candidate: Candidate = {
    start,
    end: start + (lead?.[0].length ?? 0) + trimmed.length,
    type: clock ? 'TIME' : 'DATE',
    precision,
    value,
    rank: 0,
  }
  return bare ? { ...candidate, clock } : candidate
}

/** The date a result names: a string when the text writes it fully, else a function of the published day. */
function datePart(c: ParsedComponents, lean: ReturnType<typeof leanOf>): string | ((ref: Day) => string) | undefined {
  const month = c.get('month') ?? 1
  const date = c.get('day') ?? 1
  if (c.isCertain('month')) {
    const withDay = c.isCertain('day')
    if (c.isCertain('year')) {
      const year = c.get('year')!
      return withDay ? formatDay(dayOf(year, month, date)) : formatMonth(year, month)
    }
    return (ref) => {
      const year = placeYear(ref, month, withDay ? date : undefined, lean)
      return withDay ? formatDay(dayOf(year, month, date)) : formatMonth(year, month)
    }
  }
  const weekday = c.get('weekday')
  if (c.isCertain('weekday') && weekday !== null) return (ref) => formatDay(placeWeekday(ref, weekday || 7, lean))
  if (c.isCertain('hour')) return (ref) => formatDay(ref)
  return undefined
}

function pad(n: number | null): string {
  return String(n ?? 0).padStart(2, '0')
}

function zone(text: string): string {
  return /\b(?:UTC|GMT|Z)\b(?!\s*[+-]\d)/.test(text) ? 'Z' : ''
}
