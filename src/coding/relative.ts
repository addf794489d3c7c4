import type { TimeExpression } from '../document.js'
import { relativeOffset as offsetOf, shiftDate } from '../nlp/time/index.js'
import type { DocView } from '../nlp/syntax/index.js'

/**
 * The shift from a written time to an event in its complement, as a signed ISO 8601 duration: in "on Wednesday, a
 * day after Finland joined", Finland joined a day before Wednesday ("-P1D"); "three months after Russia invaded"
 * gives "-P3M", "two days before the vote" "P2D". Looks for "<n> <unit> after|before" between `from` and `to`.
 */
export function complementOffset(view: DocView, from: number, to: number): string | undefined {
  const { tokens } = view
  for (let i = from; i < to; i++) {
    if (!view.words.RELATIVE_TIME_PREPOSITIONS.has(tokens[i]?.norm ?? '')) continue
    const first = tokens[i - 2]
    const last = tokens[i]
    if (!first || !last) continue
    const offset = offsetOf(view.doc.text.slice(first.start, last.end))
    if (offset) return offset.startsWith('-') ? offset.slice(1) : `-${offset}`
  }
  return undefined
}

/**
 * A dated value shifted by an offset, at the precision the text supports: a day shifted by months is known to the
 * month ("three months after" is rarely to the day), by days, weeks or years to the day (news counts anniversaries:
 * "a year after the invasion"). Undefined when the value cannot take the offset (a day offset on a month).
 */
export function shiftBy(
  value: string,
  precision: TimeExpression['precision'],
  offset: string,
): { value: string; precision: TimeExpression['precision'] } | undefined {
  const shifted = shiftDate(value, offset)
  if (shifted === undefined) return undefined
  if (precision === 'day' && /\dM$/.test(offset)) return { value: shifted.slice(0, 7), precision: 'month' }
  return { value: shifted, precision }
}
