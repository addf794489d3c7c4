import { its, nlp } from '../segment/index.js'

/**
 * wink's English lexicon knows everyday words in lower case ("heavy", "ferries", "lantern"); any other word it
 * meets is out of its vocabulary. So a capitalized word whose lower-case form it knows may be an ordinary word that
 * only starts a sentence. Some names are there too ("apple", "china"), which is why callers ask this only of weak
 * guesses.
 */
const known = new Map<string, boolean>()

/** True when the lexicon holds the word in lower case. Asked of few words per document, and remembered. */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase()
  let answer = known.get(lower)
  if (answer === undefined) {
    const doc = nlp.readDoc(lower)
    const values = doc.tokens().out(its.value)
    answer = values.length === 1 && !doc.isOOV(values[0]!)
    if (known.size > 50_000) known.clear()
    known.set(lower, answer)
  }
  return answer
}
