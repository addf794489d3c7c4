import type { Span } from '../document.js'

/** Whether two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end
}
