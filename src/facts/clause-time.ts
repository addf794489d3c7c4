import type { TimeExpression } from '../document.js'
import type { DocView } from '../nlp/syntax/index.js'

/**
 * The value of the first resolved time within tokens [from, to) that `accept` takes ("was admitted last April",
 * "took over the presidency on December 1"), or undefined.
 */
export function timeIn(
  view: DocView,
  from: number,
  to: number,
  accept: (time: TimeExpression) => boolean,
): string | undefined {
  const start = view.tokens[from]?.start ?? 0
  const end = view.tokens[to - 1]?.end ?? start
  return view.doc.times.find((t) => t.start >= start && t.end <= end && t.resolved && !!t.value && accept(t))?.value
}
