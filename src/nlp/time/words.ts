/** The words time rules are built from: quantities, units, weekdays, seasons, parts of the day. */

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
]
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

const NUMBER_WORDS = new Map<string, number>([
  ...SMALL.map((word, n) => [word, n] as const),
  ...TENS.flatMap((word, n) => (word ? [[word, n * 10] as const] : [])),
  ['a', 1],
  ['an', 1],
  ['a single', 1],
  ['a couple of', 2],
  ['a hundred', 100],
  ['one hundred', 100],
  ['a dozen', 12],
  ['a half', 0.5],
  ['half a', 0.5],
  ['half an', 0.5],
])

/** Vague quantities: TIMEX3 writes them with an X ("several years" → PXY). */
const VAGUE = ['several', 'a few', 'few', 'many', 'some', 'a couple of', 'multiple', 'countless']

const WORD = [
  ...NUMBER_WORDS.keys(),
  ...TENS.filter(Boolean).map((tens) => `${tens}[- ](?:one|two|three|four|five|six|seven|eight|nine)`),
]
  .sort((a, b) => b.length - a.length)
  .join('|')

/** A quantity: digits ("90", "1.5"), number words ("two", "twenty-five"), "two and a half", or a vague word. */
export const QUANTITY = `(?:\\d+(?:\\.\\d+)?|(?:${WORD})(?: and a half)?|${VAGUE.join('|')})`

/** The number a quantity stands for, or undefined for a vague one ("several"). */
export function parseQuantity(text: string): number | undefined {
  const lower = text.toLowerCase().replace(/\s+/g, ' ')
  if (/^\d/.test(lower)) return Number(lower)
  const half = lower.endsWith(' and a half') ? 0.5 : 0
  const core = half ? lower.slice(0, -' and a half'.length) : lower
  const direct = NUMBER_WORDS.get(core)
  if (direct !== undefined) return direct + half
  const [tens, ones] = core.split(/[- ]/)
  const value = (NUMBER_WORDS.get(tens ?? '') ?? NaN) + (NUMBER_WORDS.get(ones ?? '') ?? NaN)
  return Number.isNaN(value) ? undefined : value + half
}

/** Time units and their TIMEX3 duration letters; hours and smaller sit after the "T". */
export const UNITS: Readonly<Record<string, { letter: string; factor: number; clock: boolean }>> = {
  second: { letter: 'S', factor: 1, clock: true },
  minute: { letter: 'M', factor: 1, clock: true },
  hour: { letter: 'H', factor: 1, clock: true },
  day: { letter: 'D', factor: 1, clock: false },
  week: { letter: 'W', factor: 1, clock: false },
  fortnight: { letter: 'W', factor: 2, clock: false },
  month: { letter: 'M', factor: 1, clock: false },
  year: { letter: 'Y', factor: 1, clock: false },
  decade: { letter: 'Y', factor: 10, clock: false },
  century: { letter: 'Y', factor: 100, clock: false },
}

/** Unit words as `triggerKey` reads them (singular; "centuries" loses only its s). */
export const UNIT_WORDS = [...Object.keys(UNITS), 'centurie']

export const UNIT = '(?:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))'

/** The singular unit of "years", "Centuries", "day". */
export function unitOf(word: string): string {
  const lower = word.toLowerCase().replace(/s$/, '')
  return lower === 'centurie' ? 'century' : lower
}

/** A TIMEX3 duration: `duration(3, 'year')` → "P3Y", `duration(2, 'hour')` → "PT2H", vague → "PXY". */
export function duration(quantity: number | undefined, unit: string): string | undefined {
  const spec = UNITS[unit]
  if (!spec) return undefined
  const amount = quantity === undefined ? 'X' : String(+(quantity * spec.factor).toFixed(3))
  return `P${spec.clock ? 'T' : ''}${amount}${spec.letter}`
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** ISO weekday (Monday 1) of a weekday name. */
export function weekdayNumber(name: string): number {
  return WEEKDAYS.indexOf(name.toLowerCase()) + 1
}

/** TIMEX3 parts of the day. */
export const PART_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
}

/** TIMEX3 seasons, with the month each starts in (winter is counted in the year it starts). */
export const SEASONS: Readonly<Record<string, { code: string; month: number }>> = {
  spring: { code: 'SP', month: 3 },
  summer: { code: 'SU', month: 6 },
  autumn: { code: 'FA', month: 9 },
  fall: { code: 'FA', month: 9 },
  winter: { code: 'WI', month: 12 },
}

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
}
