import { type Chain, type DocView, hasPhrase, matchesWord, readChain } from '../nlp/syntax/index.js'

// DOCUMENT_REJECTERS (view.words): Verbs (and "against") that turn down the document they govern: "vetoed a resolution
// condemning Syria", "voted against a motion criticizing Poland" condemn and criticize no one.

// BLOCKING_VERBS (view.words): Verbs that keep the act their object names from being done: "Hungary vetoed the EU's
// aid package for Ukraine" gives no aid, "Congress blocked new arms sales to Taiwan" sells nothing, "Israel postponed
// its offensive", "called off the attack" attacks no one. Unlike "oppose" or "reject" ("rejected Russia's annexation of
// Crimea"), they never take an act already done. A phrasal verb is listed as "verb particle".

// a proper noun no name was found for is a modifier the tagger took for one ("new/PROPN EU sanctions")
const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'])

/**
 * The token before the object phrase that ends at `at`: past determiners, adjectives, nouns, a possessive marker and
 * the names among them ("vetoed [the European Union's aid]"). Below `first` when the phrase opens the sentence (the
 * token there is the previous sentence's, which governs nothing here).
 */
function beforeObject(view: DocView, at: number, first: number): number {
  const modifier = (k: number): boolean => MODIFIER_TAGS.has(view.tokens[k]?.pos ?? '') && !view.actorCover.has(k)
  let k = at
  while (k >= first && modifier(k)) k--
  while (k >= first && view.actorCover.has(k)) k--
  while (k >= first && modifier(k)) k--
  return k
}

/**
 * Whether the document noun before a participle at `start` is the object of a verb that turns it down, or of a negated
 * verb: the document's act is then nobody's ("Russia vetoed a draft resolution condemning Syria"), while "adopted a
 * resolution condemning Russia" stays the adopter's act.
 */
export function rejectedDocument(view: DocView, start: number, first: number): boolean {
  const k = beforeObject(view, start - 2, first)
  if (k < first) return false
  if (matchesWord(view.forms[k], view.words.DOCUMENT_REJECTERS)) return true
  // "declined to join a statement condemning Russia", "did not sign the letter criticising Beijing": a document its
  // verb's subject stays out of is not that subject's act
  const pos = view.tokens[k]?.pos
  return (pos === 'VERB' || pos === 'ADV') && readChain(view, k, first, first).negated
}

const PARTICLE_TAGS = new Set(['ADP', 'PART', 'ADV'])

/**
 * Whether the token is a verb (or "opposed" read as an adjective) of `words`, or the particle of a phrasal verb
 * `words` lists as "verb particle" ("called off its offensive").
 */
function verbOf(view: DocView, k: number, words: ReadonlySet<string>): boolean {
  const token = view.tokens[k]
  const pos = token?.pos
  if (pos === 'VERB' || pos === 'ADJ') return matchesWord(view.forms[k], words)
  if (!token || !PARTICLE_TAGS.has(pos ?? '') || view.tokens[k - 1]?.pos !== 'VERB') return false
  return (view.forms[k - 1] ?? []).some((form) => hasPhrase(words, form, token.norm))
}

/**
 * Whether the nominal event headed at `head` is the object of a blocking verb: "Hungary vetoed the EU's aid package
 * for Ukraine", "blocked new sanctions on Russia" — the aid and the sanctions were not given. The block is coded by its
 * own verb.
 */
export function blockedAct(view: DocView, head: number, first: number): boolean {
  const k = beforeObject(view, head - 1, first)
  return k >= first && verbOf(view, k, view.words.BLOCKING_VERBS)
}

/**
 * Whether the verb group at `chain.start` is the clause of a phrase a blocking or rejecting verb governs: an
 * infinitive after its noun ("blocked Sweden's bid to join NATO", "vetoed a plan to send troops") or a gerund after its
 * subject ("opposes Ukraine joining the EU", "is opposed to Sweden joining NATO"). The act was not done.
 */
export function blockedClause(view: DocView, chain: Chain, first: number): boolean {
  const opener = view.tokens[chain.start]
  const before = chain.start - 1
  if (!opener || before < first) return false
  if (view.words.INFINITIVE_MARKERS.has(opener.norm)) {
    if (view.tokens[before]?.pos !== 'NOUN' || view.actorCover.has(before)) return false
  } else if (!opener.norm.endsWith('ing') || !view.actorCover.has(before)) return false
  let k = beforeObject(view, before, first)
  // "opposed to Sweden joining"
  if (view.words.INFINITIVE_MARKERS.has(view.tokens[k]?.norm ?? '')) k--
  if (k < first) return false
  return verbOf(view, k, view.words.BLOCKING_VERBS) || verbOf(view, k, view.words.DOCUMENT_REJECTERS)
}
