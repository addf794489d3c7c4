/**
 * The matches of a global pattern in a text, as `text.matchAll(pattern)` gives them, but run on the pattern itself:
 * matchAll clones its pattern on every call, and a fresh clone starts again in V8's slower regexp tier. The time
 * stage runs thousands of short scans per article, so it keeps its patterns warm. A pattern holds its own scan
 * position, so a second scan of one pattern while the first is still open is refused rather than let go wrong.
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  if (scanning.has(pattern)) throw new Error(`matchesOf: ${pattern} is already being scanned`)
  scanning.add(pattern)
  try {
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') pattern.lastIndex++
      yield match
    }
  } finally {
    pattern.lastIndex = 0
    scanning.delete(pattern)
  }
}

const scanning = new WeakSet<RegExp>()
