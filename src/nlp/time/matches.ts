/**
 * The matches of a global pattern in a text, as `text.matchAll(pattern)` gives them, but run on the pattern itself:
 * matchAll clones its pattern on every call, and a fresh clone starts again in V8's slower regexp tier. The time
 * stage runs thousands of short scans per article, so it keeps its patterns warm. Not re-entrant for one pattern.
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex++
    yield match
  }
  pattern.lastIndex = 0
}
