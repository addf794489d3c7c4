/** Finds time expressions in one zone and resolves them: rules and chrono propose, the longest wins. */
import type { Span, TimeExpression, TimePrecision } from '../../document.js'
import type { Candidate, RelativeOffset } from './candidate.js'
import { type Day, shiftDate } from './calendar.js'
import { chronoCandidates } from './chrono-candidates.js'
import { DATE_RULES } from './date-rules.js'
import { DURATION_RULES } from './duration-rules.js'
import { REFERENCE_RULES } from './reference-rules.js'
import { ruleSelector } from './triggers.js'
import { matchesOf } from './matches.js'

const rulesFor = ruleSelector([...DATE_RULES, ...DURATION_RULES, ...REFERENCE_RULES])

/** A found expression, with the offset it still has to take from a dated thing nearby. */
interface Found {
  readonly time: TimeExpression
  readonly relative?: RelativeOffset
  readonly clock?: string
}

/** Time expressions in a span of the text, resolved against the published day when there is one. */
export function findTimes(text: string, span: Span, published?: Day): TimeExpression[] {
  const found: Found[] = []
  for (const paragraph of paragraphs(text, span)) {
    const slice = text.slice(paragraph.start, paragraph.end)
    for (const candidate of pick([...ruleCandidates(slice), ...chronoCandidates(slice)])) {
      found.push(resolve(text, candidate, paragraph.start, published))
    }
  }
  return linkEvents(text, found)
}

/** Lines of the span, so that chrono and the rules see short texts and never match across a line break. */
function paragraphs(text: string, span: Span): Span[] {
  const spans: Span[] = []
  let start = span.start
  while (start < span.end) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 || newline > span.end ? span.end : newline
    if (end > start) spans.push({ start, end })
    start = end + 1
  }
  return spans
}

function ruleCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = []
  for (const { rule, windows } of rulesFor(text)) {
    for (const window of windows) {
      for (const match of matchesOf(rule.pattern, text.slice(window.start, window.end))) {
        // the rules read the words around a match (tense, a clause's start) in the whole paragraph
        match.index += window.start
        match.input = text
        const candidate = rule.build(match, text)
        if (candidate) candidates.push(candidate)
      }
    }
  }
  return candidates
}

/** Keeps the longest of overlapping candidates (our rules before chrono on a tie), in text order. */
function pick(candidates: Candidate[]): Candidate[] {
  const ordered = candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start)
  const kept: Candidate[] = []
  for (const candidate of ordered) {
    if (!kept.some((k) => k.start < candidate.end && candidate.start < k.end)) kept.push(candidate)
  }
  return kept.sort((a, b) => a.start - b.start)
}

function resolve(text: string, candidate: Candidate, base: number, published: Day | undefined): Found {
  const { type, precision, value, relative, clock } = candidate
  const start = base + candidate.start
  const end = base + candidate.end
  const written = text.slice(start, end)
  // plain literals rather than spreads (this runs for every expression); the key order is the output's
  let time: TimeExpression
  if (typeof value === 'string') {
    const absolute = (type === 'DATE' || type === 'TIME') && precision !== 'reference'
    time = absolute
      ? { start, end, text: written, type, precision, value, resolved: true, anchor: 'absolute' }
      : { start, end, text: written, type, precision, value, resolved: true }
    return { time }
  }
  const resolved = value && published !== undefined ? value(published) : undefined
  time =
    resolved === undefined
      ? { start, end, text: written, type, precision, resolved: false }
      : { start, end, text: written, type, precision, value: resolved, resolved: true, anchor: 'published' }
  return { time, ...(relative ? { relative } : {}), ...(clock ? { clock } : {}) }
}

// "on Wednesday, a day after Finland joined", "March 3, two days before the vote": close enough to be one time
const APPOSITION = /^[^.!?\n]{0,40}$/
// "sailed Friday from Gdansk, Poland at 06:00 UTC": the same sentence, not far
const SAME_SENTENCE = /^(?:[^.!?\n]|\.(?!\s)){0,80}$/
const NEARBY = 400

/**
 * Offsets from an event take their date from a time written before them: "a day later" is that time shifted by
 * the offset. With its own complement ("a day after Finland joined") the expression is the length it writes ("a
 * day", P1D), as TimeML marks it. Nothing nearby: it stays unresolved, never published + 1.
 */
function linkEvents(text: string, found: Found[]): TimeExpression[] {
  const times: TimeExpression[] = []
  for (const { time, relative, clock } of found) {
    const before = times.findLast(
      (t) => t.value !== undefined && (t.type === 'DATE' || t.type === 'TIME') && t.precision !== 'reference',
    )
    if (
      clock &&
      before?.value &&
      before.precision === 'day' &&
      SAME_SENTENCE.test(text.slice(before.end, time.start))
    ) {
      const { anchor = 'absolute' } = before
      times.push({ ...time, value: before.value + clock, resolved: true, anchor })
      continue
    }
    let value: string | undefined
    if (relative && before?.value && time.start - before.end <= NEARBY) {
      if (relative.complement) {
        if (APPOSITION.test(text.slice(before.end, time.start))) value = before.value
      } else {
        value = shiftDate(before.value.replace(/T.*$/, ''), relative.offset)
      }
    }
    if ((value === undefined || relative?.complement) && relative?.length) {
      // "two days before the ferry sails", "Three years after its founding": the length is what the expression
      // writes (TimeML marks it so); the thing it hangs on is dated by the coder from the time before
      const end = time.start + relative.length.chars
      const written = text.slice(time.start, end)
      const { value: length } = relative.length
      times.push({
        start: time.start,
        end,
        text: written,
        type: 'DURATION',
        precision: 'duration',
        value: length,
        resolved: true,
      })
      continue
    }
    times.push(
      value === undefined ? time : { ...time, value, precision: precisionOf(value), resolved: true, anchor: 'event' },
    )
  }
  return times
}

function precisionOf(value: string): TimePrecision {
  if (value.includes('T')) return 'time'
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day'
  if (/^\d{4}-\d{2}$/.test(value)) return 'month'
  if (/W/.test(value)) return 'week'
  if (/Q|H\d/.test(value)) return 'quarter'
  if (/SP|SU|FA|WI/.test(value)) return 'season'
  return /X$/.test(value) ? 'decade' : 'year'
}
