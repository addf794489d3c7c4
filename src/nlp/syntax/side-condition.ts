import type { DocView } from './view.js'

/** How far a condition's side may stand after its "if" or "unless" ("if the government in Kyiv …"). */
const SIDE_REACH = 5

/** Words that may open a sentence before an inverted condition: "But should China invade Taiwan, …". */
const OPENER_POS = new Set(['CCONJ', 'ADV'])

/** The end (exclusive) of the sentence that holds token `at`. */
function sentenceEnd(view: DocView, at: number): number {
  let low = 0
  let high = view.sentenceTokens.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const [first, end] = view.sentenceTokens[mid]!
    if (at < first) high = mid - 1
    else if (at >= end) low = mid + 1
    else return end
  }
  return view.tokens.length
}

/** Whether an actor starts within SIDE_REACH tokens after `from` (before `to`). */
function sideAfter(view: DocView, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + SIDE_REACH); k++) if (view.actorStart.has(k)) return true
  return false
}

/**
 * Whether the clause of the verb group at `start` (trigger `head`) is the outcome of a condition another clause of the
 * sentence sets on a side: "If Israel attacks Iran, Iran would strike Israeli cities" (the condition before the
 * comma that opens the clause), "Israel would strike Lebanon if Hezbollah fired rockets", "… should Iran close the
 * strait" (after the verb). The condition must name a side within a few words: "if confirmed", "if necessary" set
 * none, and leave the outcome a mere possibility.
 */
export function sideCondition(view: DocView, sentenceStart: number, start: number, head: number): boolean {
  const { CONDITIONAL_CONJUNCTIONS, INVERTING_AUXILIARIES } = view.words
  let comma = start - 1
  while (comma > sentenceStart && view.tokens[comma]?.norm !== ',') comma--
  for (let i = comma - 1; i >= sentenceStart; i--) {
    const norm = view.tokens[i]?.norm ?? ''
    if (norm === ',' || norm === ';') break
    if (CONDITIONAL_CONJUNCTIONS.has(norm)) return sideAfter(view, i + 1, comma)
    // "Should China invade Taiwan, …", "But had Russia attacked, …": an auxiliary opening the sentence before its side
    if (INVERTING_AUXILIARIES.has(norm) && (i === sentenceStart || OPENER_POS.has(view.tokens[i - 1]?.pos ?? '')))
      return sideAfter(view, i + 1, comma)
  }
  const end = sentenceEnd(view, head)
  for (let i = head + 1; i < end; i++) {
    const norm = view.tokens[i]?.norm ?? ''
    if (norm === ';') return false
    if (CONDITIONAL_CONJUNCTIONS.has(norm)) return sideAfter(view, i + 1, end)
  }
  return false
}
