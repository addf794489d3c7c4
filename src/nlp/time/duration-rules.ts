/** Rules for lengths of time ("two-day", "for six months"), repeats ("a year", "annual") and offsets ("two years ago"). */
import { type Candidate, type Rule, fromMatch } from './candidate.js'
import { type Day, addMonths, formatDay, formatMonth, formatWeek, parts } from './calendar.js'
import { QUANTITY, UNIT, UNIT_WORDS, duration, parseQuantity, unitOf } from './words.js'

const SET_WORDS: Readonly<Record<string, string>> = {
  annual: 'P1Y',
  annually: 'P1Y',
  yearly: 'P1Y',
  quarterly: 'P3M',
  monthly: 'P1M',
  weekly: 'P1W',
  daily: 'P1D',
  hourly: 'PT1H',
}

function set(match: RegExpExecArray, unit: string | undefined): Candidate | undefined {
  const value = duration(1, unitOf(unit ?? ''))
  return value ? fromMatch(match, { type: 'SET', precision: 'duration', value }) : undefined
}

/** A quantity of units; "a second" is left alone, since it is nearly always the ordinal ("a second term"). */
function length(quantity: string, unit: string): string | undefined {
  const amount = parseQuantity(quantity)
  if (unitOf(unit) === 'second' && (amount === 1 || amount === undefined)) return undefined
  return duration(amount, unitOf(unit))
}

const SIGN: Readonly<Record<string, 1 | -1>> = { after: 1, later: 1, next: 1, following: 1 }

/** "two years ago": a date back from the published day, at the precision of its unit. */
function ago(quantity: string, unit: string): string | ((ref: Day) => string) {
  const amount = parseQuantity(quantity)
  if (amount === undefined || !Number.isInteger(amount)) return 'PAST_REF'
  return (ref) => {
    switch (unitOf(unit)) {
      case 'day':
        return formatDay(ref - amount)
      case 'week':
        return formatWeek(ref - 7 * amount)
      case 'fortnight':
        return formatWeek(ref - 14 * amount)
      case 'month': {
        const { year, month } = parts(addMonths(ref, -amount))
        return formatMonth(year, month)
      }
      case 'year':
        return String(parts(ref).year - amount)
      case 'decade':
        return `${Math.floor(parts(ref).year / 10) - amount}X`
      default:
        return formatDay(ref)
    }
  }
}

const PRECISION = { day: 'day', week: 'week', fortnight: 'week', month: 'month', year: 'year' } as const

/** Offsets from a dated thing: "a day after …", "two weeks earlier", "the next day". */
export const OFFSET_RULES: readonly Rule[] = [
  {
    // "a day after Finland joined", "two weeks earlier", "two days later than scheduled"
    name: 'offset',
    triggers: UNIT_WORDS,
    pattern: new RegExp(`\\b(${QUANTITY}) (${UNIT})s? (after|before|later|earlier|prior to)\\b`, 'gi'),
    build(match, text) {
      // "jailed for six months after the trial": a length, not an offset
      if (/\b(?:for|within|over|lasting)\s+$/i.test(text.slice(Math.max(0, match.index - 10), match.index)))
        return undefined
      const amount = parseQuantity(match[1]!)
      const unit = unitOf(match[2]!)
      const offset = amount === undefined || !Number.isInteger(amount) ? undefined : duration(amount, unit)
      if (!offset || offset.includes('T')) return undefined
      const sign = SIGN[match[3]!.toLowerCase()] ?? -1
      const rest = text.slice(match.index + match[0].length)
      const complement = /^(?:after|before|prior to)$/i.test(match[3]!)
        ? /^\s+[\p{L}\p{N}"“]/u.test(rest)
        : /^\s+than\b/.test(rest)
      const precision = PRECISION[unit as keyof typeof PRECISION] ?? 'day'
      return fromMatch(match, {
        type: 'DATE',
        precision,
        relative: {
          offset: sign < 0 ? `-${offset}` : offset,
          complement,
          // "two days later than scheduled" names a date; "two days before the vote" a length from one
          ...(/^(?:after|before|prior to)$/i.test(match[3]!)
            ? { length: { chars: match[0].length - match[3]!.length - 1, value: offset } }
            : {}),
        },
      })
    },
  },
  {
    name: 'offset-next',
    triggers: ['day', 'week', 'month', 'year'],
    pattern: /\bthe (?:(next|following|previous|prior) (day|week|month|year)|(day|week|month|year) (before|after))\b/gi,
    build(match, text) {
      const unit = (match[2] ?? match[3])!.toLowerCase()
      const word = (match[1] ?? match[4])!.toLowerCase()
      const offset = duration(1, unit)!
      const complement = Boolean(match[4]) && /^\s+[\p{L}\p{N}]/u.test(text.slice(match.index + match[0].length))
      const precision = PRECISION[unit as keyof typeof PRECISION] ?? 'day'
      const relative = { offset: SIGN[word] === 1 ? offset : `-${offset}`, complement }
      return { ...fromMatch(match, { type: 'DATE', precision, relative }), rank: 2 }
    },
  },
]

export const DURATION_RULES: readonly Rule[] = [
  {
    name: 'set-every',
    triggers: UNIT_WORDS,
    pattern: new RegExp(`\\b(?:every|each|per) (?:single )?(${UNIT})\\b`, 'gi'),
    build: (match) => set(match, match[1]),
  },
  {
    // "15 a year", "twice a week", "$99 a month": a rate, not a length
    name: 'set-rate',
    triggers: UNIT_WORDS,
    pattern: new RegExp(`(?<=(?:\\d|\\btimes|\\bonce|\\btwice|%)\\s)an? (${UNIT})\\b`, 'gi'),
    build: (match) => ({ ...set(match, match[1])!, rank: 2 }),
  },
  {
    name: 'set-word',
    triggers: Object.keys(SET_WORDS),
    pattern: /\b(?:annual(?:ly)?|yearly|quarterly|monthly|weekly|daily|hourly)\b/gi,
    build: (match) =>
      fromMatch(match, { type: 'SET', precision: 'duration', value: SET_WORDS[match[0].toLowerCase()]! }),
  },
  {
    // "two-day", "three years", "the next four years", "90 days", "decades-long"; not ages ("55-year-old")
    name: 'duration',
    triggers: UNIT_WORDS,
    pattern: new RegExp(
      `\\b(?:the (?:past|last|next|coming|previous|following|first|final) )?(${QUANTITY})[- ](${UNIT})s?(?:-long)?\\b(?!-old)`,
      'gi',
    ),
    build(match) {
      const value = length(match[1]!, match[2]!)
      return value ? fromMatch(match, { type: 'DURATION', precision: 'duration', value }) : undefined
    },
  },
  {
    name: 'duration-plural',
    triggers: ['year', 'decade', 'month', 'week'],
    pattern:
      /\b(?:(?<=\bfor )|over the |(?<=\bover )the )(?:years|decades|months|weeks)(?:-long)?\b|\b(?:years|decades)-long\b/gi,
    build: (match) =>
      fromMatch(match, {
        type: 'DURATION',
        precision: 'duration',
        value: duration(undefined, unitOf(/(\w+?)s\b/.exec(match[0])![1]!))!,
      }),
  },
  {
    name: 'ago',
    triggers: ['ago'],
    pattern: new RegExp(`\\b(${QUANTITY}) (${UNIT})s? ago\\b`, 'gi'),
    build(match) {
      const unit = unitOf(match[2]!)
      const value = ago(match[1]!, unit)
      const precision = value === 'PAST_REF' ? 'reference' : (PRECISION[unit as keyof typeof PRECISION] ?? 'day')
      return fromMatch(match, { type: 'DATE', precision, value })
    },
  },
  ...OFFSET_RULES,
]
