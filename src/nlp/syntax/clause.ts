import type { Chain } from './chain.js'
import type { DocView } from './view.js'

/** "rejected the proposal, urging India to …": a participle clause after a comma, whose subject is the main one. */
export function participleClause(view: DocView, chain: Chain): boolean {
  const head = view.tokens[chain.start]
  return view.tokens[chain.start - 1]?.norm === ',' && head?.pos === 'VERB' && head.norm.endsWith('ing')
}

// COMPLEMENT_NOUNS (view.words): Nouns whose infinitive says what they are about: "defended the right of Finnish
// patrols to fire", "rejected the call to resign". The infinitive is their content, not an event. Nouns of an act under
// way or decided ("an attempt to kill", "an effort to train", "a decision to withdraw") are not among them: that act is
// coded.
const COMPLEMENT_REACH = 6

/** Whether the verb group starts with "to" after a noun of view.words.COMPLEMENT_NOUNS in the same phrase. */
export function nounComplement(view: DocView, chain: Chain, first: number): boolean {
  if (!view.words.INFINITIVE_MARKERS.has(view.tokens[chain.start]?.norm ?? '')) return false
  for (let i = chain.start - 1; i >= Math.max(first, chain.start - COMPLEMENT_REACH); i--) {
    const token = view.tokens[i]
    if (!token || token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') return false
    if (token.pos === 'NOUN' && view.words.COMPLEMENT_NOUNS.has(token.norm)) return true
  }
  return false
}

/** "a proposal for signing", "charged its neighbour with supporting": a gerund that is a preposition's object. */
export function gerundObject(view: DocView, i: number, chain: Chain): boolean {
  const token = view.tokens[i]
  if (!token || token.pos !== 'VERB' || !token.norm.endsWith('ing')) return false
  return view.words.GERUND_PREPOSITIONS.has(view.tokens[chain.start - 1]?.norm ?? '') && chain.start === i
}
