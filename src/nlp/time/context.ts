/** Reading the words around a time expression: tense cues and sentence bounds, without a parser. */
import { matchesOf } from './matches.js'

const LOOK_BACK = 120
const CLAUSE_END = /[.!?;:\n](?=\s)|\n/g

/** Where the clause holding `index` starts: after the last sentence end, semicolon or line break. */
export function clauseStart(text: string, index: number): number {
  const from = Math.max(0, index - LOOK_BACK)
  const window = text.slice(from, index)
  let cut = -1
  for (const match of matchesOf(CLAUSE_END, window)) cut = match.index + 1
  return cut < 0 ? from : from + cut
}

// "will meet on Friday", "is due to sign next month", "the talks, scheduled for Friday": the time is ahead.
const FUTURE =
  /\b(?:will|shall|won't|'ll|is due|are due|due to|to be held|scheduled|slated|set to|expected to|plans? to|planning to|planned|going to|upcoming|intends? to|to begin|to start|to meet|to visit|to hold|would)\b/i

/** Whether the clause before `index` speaks of the future ("will meet on Friday"). */
export function futureCue(text: string, index: number): boolean {
  return FUTURE.test(text.slice(clauseStart(text, index), index))
}
