import { its, nlp } from '../segment/index.js'

/**
 * wink's English lexicon knows everyday words in lower case ("heavy", "ferries", "lantern") and gives any other
 * word an id past its end; so a capitalized word whose lower-case form it knows may be an ordinary word that only
 * starts a sentence. Some names are there too ("apple", "china"), which is why callers ask this only of weak guesses.
 */
const FIRST_UNKNOWN_ID = nlp.readDoc('qzxqzxqzx').tokens().out(its.uniqueId)[0] ?? 0
const known = new Map<string, boolean>()

/** True when the lexicon holds the word in lower case. Asked of few words per document, and remembered. */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase()
  let answer = known.get(lower)
  if (answer === undefined) {
    const ids = nlp.readDoc(lower).tokens().out(its.uniqueId)
    answer = ids.length === 1 && (ids[0] ?? FIRST_UNKNOWN_ID) < FIRST_UNKNOWN_ID
    if (known.size > 50_000) known.clear()
    known.set(lower, answer)
  }
  return answer
}
