import { type ActorSpan, type Chain, findSubject, matchesWord, readChain } from '../nlp/syntax/index.js'
import type { Scan } from './sentence.js'

// READY_ADJECTIVES (view.words): Adjectives of a readiness stated for an event a noun after "for" or "to" names ("is
// ready for talks", "remains open to negotiations"): the subject intends that event, as "is ready to negotiate" says.
// READY_PREPOSITIONS (view.words): The prepositions between such an adjective and the event noun.

/** What may stand between the preposition and the event noun: "ready for direct negotiations with". */
const NOUN_MODIFIER_POS = new Set(['DET', 'ADJ', 'NOUN'])

/**
 * "Ukraine is ready for negotiations with Russia", "Iran remains open to talks with the United States": the subject
 * of a readiness adjective, and its verb group as an intention, for the event noun at `noun`. None when the readiness
 * is denied ("is not ready for talks") or the adjective has no actor as its subject.
 */
export function readyFor(scan: Scan, noun: number): { sources: ActorSpan[]; chain: Chain } | undefined {
  const { view, first } = scan
  let i = noun - 1
  // "ready for a new round of talks": the noun's own modifiers, and a noun of amount or kind with "of"
  const of = view.words.GENITIVE_PREPOSITIONS
  const modifier = (k: number) => NOUN_MODIFIER_POS.has(view.tokens[k]?.pos ?? '') || of.has(view.tokens[k]?.norm ?? '')
  while (i > first && modifier(i) && !view.actorCover.has(i)) i--
  if (!view.words.READY_PREPOSITIONS.has(view.tokens[i]?.norm ?? '')) return undefined
  const adjective = i - 1
  if (adjective < first || !matchesWord(view.forms[adjective], view.words.READY_ADJECTIVES)) return undefined
  const chain = readChain(view, adjective, first, first)
  if (chain.negated || chain.unreal || chain.passive) return undefined
  const sources = findSubject(view, chain.start, first)
  return sources.length ? { sources, chain: { ...chain, modality: 'intent' } } : undefined
}
