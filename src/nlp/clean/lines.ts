import type { Span } from '../../document.js'

/** One non-blank line of the text, trimmed; `paragraph` counts blank-line-separated blocks. */
export interface Line extends Span {
  readonly text: string
  readonly paragraph: number
}

/** The non-blank lines of a text with their offsets (whitespace around each line is left out of the span). */
export function linesOf(text: string): Line[] {
  const lines: Line[] = []
  let paragraph = 0
  let start = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const raw = text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed === '') {
      if (lines.at(-1)?.paragraph === paragraph) paragraph += 1
    } else {
      lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, paragraph })
    }
    if (newline === -1) break
    start = newline + 1
  }
  return lines
}

/** Lower-case letters and digits only, single-spaced: how repeated headlines are compared. */
export function normalizeLine(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
