/** Rules for dates chrono does not read the way news gold does: years, decades, quarters, "last month", weekdays. */
import { type Rule, fromMatch } from './candidate.js'
import { type Day, addMonths, dayOf, formatDay, formatMonth, formatQuarter, formatWeek, parts } from './calendar.js'
import { futureCue } from './context.js'
import { leanOf, placeWeekday } from './lean.js'
import { ORDINALS, PART_OF_DAY, SEASONS, WEEKDAYS, weekdayNumber } from './words.js'

const COUNTED =
  /^\s+(?:people|persons|troops|soldiers|members|jobs|votes|cases|deaths|units|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|barrels|dollars|euros|points|employees|workers|residents|refugees|civilians)\b/i

/** A four-digit number that is a year: not money, a count, a model number or part of a larger number. */
function isYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start)
  const after = text.slice(end, end + 20)
  if (
    /[$#£€¥]\s*$|\d[.,]?$|[\p{L}\d]-$|\b(?:about|around|nearly|almost|approximately|roughly|than|least|some|No\.)\s+$/iu.test(
      before,
    )
  )
    return false
  return !/^(?:%|[.,]\d|\d|-[\p{L}]|\s*percent)/u.test(after) && !COUNTED.test(after)
}

/** The quarter a day falls in, counted from year 0 so that quarters add across years. */
function quarterIndex(day: Day): number {
  const { year, month } = parts(day)
  return year * 4 + Math.floor((month - 1) / 3)
}

const STEP: Readonly<Record<string, number>> = {
  this: 0,
  current: 0,
  last: -1,
  past: -1,
  previous: -1,
  next: 1,
  coming: 1,
}

/** "last month", "this week", "next year", "this summer" against the published day. */
function unitValue(unit: string, step: number, ref: Day): string {
  const { year, month } = parts(ref)
  switch (unit) {
    case 'year':
      return String(year + step)
    case 'month': {
      const shifted = parts(addMonths(dayOf(year, month, 1), step))
      return formatMonth(shifted.year, shifted.month)
    }
    case 'week':
      return formatWeek(ref + 7 * step)
    case 'weekend':
      return `${formatWeek(ref + 7 * step)}-WE`
    case 'quarter': {
      const index = quarterIndex(ref) + step
      return formatQuarter(Math.floor(index / 4), (index % 4) + 1)
    }
    case 'decade':
      return `${Math.floor(year / 10) + step}X`
    case 'century':
      return String(Math.floor(year / 100) + step)
    default:
      return seasonValue(unit, step, ref)
  }
}

/** A season against the published day; winter belongs to the year it starts in (December). */
function seasonValue(name: string, step: number, ref: Day): string {
  const season = SEASONS[name]!
  const { year, month } = parts(ref)
  let current = season.code === 'WI' && month <= 2 ? year - 1 : year
  const start = dayOf(current, season.month, 1)
  if (step < 0 && start + 90 > ref) current -= 1
  if (step > 0 && start <= ref) current += 1
  return `${current}-${season.code}`
}

const PRECISION = {
  year: 'year',
  month: 'month',
  week: 'week',
  weekend: 'week',
  quarter: 'quarter',
  decade: 'decade',
  century: 'decade',
} as const

const DAY_WORDS: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }

function dayWithPart(day: Day, part: string | undefined): string {
  return part ? `${formatDay(day)}T${PART_OF_DAY[part.toLowerCase()]}` : formatDay(day)
}

export const DATE_RULES: readonly Rule[] = [
  {
    name: 'year',
    triggers: ['#year'],
    pattern: /\b(?:(?:early|late|mid)[- ]|the (?:beginning|start|end|middle) of )?((?:1[6-9]|20)\d\d)\b/gi,
    build(match, text) {
      if (!isYear(text, match.index, match.index + match[0].length)) return undefined
      return fromMatch(match, { type: 'DATE', precision: 'year', value: match[1]! })
    },
  },
  {
    name: 'decade',
    triggers: ['#decade'],
    pattern: /\b(?:the )?(?:(?:early|late|mid)[- ])?(?:(1\d|20)(\d)0s|'(\d)0s)\b/gi,
    build(match) {
      const [century, digit] =
        match[3] === undefined ? [match[1]!, match[2]!] : [match[3] === '0' ? '20' : '19', match[3]]
      return fromMatch(match, { type: 'DATE', precision: 'decade', value: `${century}${digit}X` })
    },
  },
  {
    name: 'quarter',
    triggers: ['quarter', 'half', '#q'],
    pattern:
      /\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th|final)[- ](quarter|half)(?: of (?:((?:19|20)\d\d)|(this|last|next) year))?\b|\bQ([1-4])(?:[ -]((?:19|20)\d\d))?\b/g,
    build(match, text) {
      const half = match[2]?.toLowerCase() === 'half'
      const number = match[5]
        ? Number(match[5])
        : match[1]!.toLowerCase() === 'final'
          ? half
            ? 2
            : 4
          : ORDINALS[match[1]!.toLowerCase()]!
      const label = (year: number): string => (half ? `${year}-H${number}` : formatQuarter(year, number))
      const written = match[3] ?? match[6]
      if (written) return fromMatch(match, { type: 'DATE', precision: 'quarter', value: label(Number(written)) })
      const step = STEP[match[4]?.toLowerCase() ?? 'this']!
      const future = futureCue(text, match.index)
      return fromMatch(match, {
        type: 'DATE',
        precision: 'quarter',
        value(ref) {
          const { year, month } = parts(ref)
          const ahead = !match[4] && !future && (half ? (number - 1) * 6 : (number - 1) * 3) >= month
          return label(year + step - (ahead ? 1 : 0))
        },
      })
    },
  },
  {
    // "this year", "last month", "earlier this week", "the end of last year", "next quarter", "this summer"
    name: 'unit',
    triggers: [
      'year',
      'month',
      'week',
      'weekend',
      'quarter',
      'decade',
      'century',
      'spring',
      'summer',
      'autumn',
      'fall',
      'winter',
    ],
    pattern:
      /\b(?:(?:earlier|later|late|early|mid)[- ]|(?:the )?(?:beginning|start|end|middle) of )?(?:(the) )?(this|last|next|past|coming|previous|current) (year|month|week|weekend|quarter|decade|century|spring|summer|autumn|fall|winter)\b|\b(?:the )?(?:beginning|start|end|middle) of the (year|month|week)\b/gi,
    build(match) {
      const unit = (match[3] ?? match[4])!.toLowerCase()
      const step = STEP[match[2]?.toLowerCase() ?? 'this']!
      if (
        match[1] &&
        step < 0 &&
        unit in { year: 1, month: 1, week: 1, decade: 1, century: 1 } &&
        match[2]!.toLowerCase() !== 'previous'
      ) {
        return fromMatch(match, {
          type: 'DURATION',
          precision: 'duration',
          value: unit === 'century' ? 'P100Y' : unit === 'decade' ? 'P10Y' : `P1${unit[0]!.toUpperCase()}`,
        })
      }
      const precision = PRECISION[unit as keyof typeof PRECISION] ?? 'season'
      return fromMatch(match, { type: 'DATE', precision, value: (ref) => unitValue(unit, step, ref) })
    },
  },
  {
    name: 'season',
    triggers: ['spring', 'summer', 'autumn', 'winter', 'fall'],
    pattern:
      /\b(?:the )?(spring|summer|autumn|winter|fall)(?: of)? ((?:19|20)\d\d)\b|(?<=\b(?:in|during|over|by|until|since) )the (spring|summer|autumn|winter)\b/gi,
    build(match, text) {
      if (match[2])
        return fromMatch(match, {
          type: 'DATE',
          precision: 'season',
          value: `${match[2]}-${SEASONS[match[1]!.toLowerCase()]!.code}`,
        })
      const name = match[3]!.toLowerCase()
      const future = futureCue(text, match.index)
      return fromMatch(match, {
        type: 'DATE',
        precision: 'season',
        value(ref) {
          const start = dayOf(parts(ref).year, SEASONS[name]!.month, 1)
          return seasonValue(name, future ? (start + 90 > ref ? 0 : 1) : start > ref ? -1 : 0, ref)
        },
      })
    },
  },
  {
    name: 'day-word',
    triggers: ['yesterday', 'today', 'tomorrow', 'tonight', 'night', 'morning', 'afternoon', 'evening'],
    pattern:
      /\b(?:(?:early|late) )?(?:(yesterday|today|tomorrow|tonight)(?: (morning|afternoon|evening|night))?|this (morning|afternoon|evening)|(last) (night))\b/gi,
    build(match) {
      const word = (match[1] ?? (match[4] ? 'yesterday' : 'today')).toLowerCase()
      const part = match[2] ?? match[3] ?? match[5] ?? (word === 'tonight' ? 'night' : undefined)
      return fromMatch(match, {
        type: part ? 'TIME' : 'DATE',
        precision: part ? 'time' : 'day',
        value: (ref) => dayWithPart(ref + DAY_WORDS[word]!, part),
      })
    },
  },
  {
    name: 'weekday',
    triggers: WEEKDAYS,
    pattern:
      /\b(?:(?:early|late) )?(?:(last|next|this|coming|this coming|past) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (morning|afternoon|evening|night))?\b/gi,
    build(match, text) {
      if (!/^[A-Z]/.test(match[2]!)) return undefined
      const lean = leanOf(match[1], futureCue(text, match.index))
      const weekday = weekdayNumber(match[2]!)
      return fromMatch(match, {
        type: match[3] ? 'TIME' : 'DATE',
        precision: match[3] ? 'time' : 'day',
        value: (ref) => dayWithPart(placeWeekday(ref, weekday, lean), match[3]),
      })
    },
  },
]
