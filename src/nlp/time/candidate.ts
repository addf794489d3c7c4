import type { Span, TimeExpression, TimePrecision } from '../../document.js'
import type { Day } from './calendar.js'

/** A time expression found in one paragraph, before it is placed in the document and resolved. */
export interface Candidate extends Span {
  readonly type: TimeExpression['type']
  readonly precision: TimePrecision
  /**
   * A fixed value (absolute dates, durations, references), or a function of the published day for relative
   * ones ("last month"). Absent for offsets from an event, which are linked in a second pass.
   */
  readonly value?: string | ((ref: Day) => string | undefined)
  /** "a day after …", "two weeks earlier": an offset from a dated thing nearby. */
  readonly relative?: RelativeOffset
  /** A clock time with no date written ("at 18:00 UTC"): it takes the day of a date just before it, if any. */
  readonly clock?: string
  /** Breaks ties between overlapping candidates of equal length: our rules (1) before chrono (0). */
  readonly rank: number
}

export interface RelativeOffset {
  /** Signed TIMEX3 duration from the dated thing to this time ("P1D" for "a day after", "-P2W" for "two weeks before"). */
  readonly offset: string
  /**
   * True when the expression takes its own complement ("a day after Finland joined"): the dated thing it
   * hangs on is then the time written just before it ("on Wednesday, a day after …"), not the complement.
   */
  readonly complement: boolean
  /**
   * The length alone ("Three years" of "Three years after its founding"): with no dated thing nearby, the expression
   * is kept as this duration (as TimeML marks it), not as a date without a value.
   */
  readonly length?: { readonly chars: number; readonly value: string }
}

/** One rule: a global, case-insensitive pattern and what a match means, or undefined to drop it. */
export interface Rule {
  readonly name: string
  /** Words (as `triggerKey` reads them) one of which a paragraph must hold for the pattern to run at all. */
  readonly triggers: readonly string[]
  readonly pattern: RegExp
  build(match: RegExpExecArray, text: string): Candidate | undefined
}

/** A candidate covering a whole match. */
export function fromMatch(match: RegExpExecArray, fields: Omit<Candidate, 'start' | 'end' | 'rank'>): Candidate {
  return { start: match.index, end: match.index + match[0].length, rank: 1, ...fields }
}
