import type { DocView } from '../nlp/syntax/index.js'
import { isFreeToken, type Match } from './match.js'
import type { WordNetVerbs } from './wordnet.js'

// FORCE_OBJECT_KINDS (view.words): WordNet's noun files of what force can strike or be struck with — things, places,
// groups, people, living beings, and acts and events (a wedding, a protest): "noun.artifact", "noun.location" …. A
// noun none of whose senses is of them ("budgets": possession, "questions": communication, "policy": cognition) is
// struck only in a figure of speech.

// PARTITIVE_NOUNS (view.words): Nouns that count or group what their "of" phrase names ("a number of villages", "a
// series of bases"): the phrase's noun is what is struck.

const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV'])

/**
 * The noun heading the noun phrase at `from`: the last of its first run of common nouns, past determiners, modifiers
 * and quantities, and past a partitive noun and its "of"; undefined when an actor or anything else stands first.
 */
function phraseHead(view: DocView, from: number, end: number): number | undefined {
  const { tokens, words } = view
  let i = from
  while (
    i < end &&
    !view.actorCover.has(i) &&
    (MODIFIER_POS.has(tokens[i]?.pos ?? '') || isFreeToken(view, i) || words.POSSESSIVE_PRONOUNS.has(tokens[i]!.norm))
  )
    i++
  if (i >= end || view.actorCover.has(i) || tokens[i]?.pos !== 'NOUN') return undefined
  while (i + 1 < end && tokens[i + 1]?.pos === 'NOUN' && !view.actorCover.has(i + 1)) i++
  const partitive =
    words.PARTITIVE_NOUNS.has(tokens[i]!.lemma) && words.GENITIVE_PREPOSITIONS.has(tokens[i + 1]?.norm ?? '')
  return partitive ? phraseHead(view, i + 2, end) : i
}

/** Whether WordNet knows the noun at `i` and files none of its senses under FORCE_OBJECT_KINDS. */
function strikesNothing(view: DocView, wordnet: () => WordNetVerbs, i: number | undefined): boolean {
  if (i === undefined) return false
  const kinds = wordnet().nounKinds(view.tokens[i]!.lemma)
  return !!kinds?.length && !kinds.some((kind) => view.words.FORCE_OBJECT_KINDS.has(kind))
}

const CLAUSE_BREAK_POS = new Set(['VERB', 'AUX', 'PUNCT', 'SCONJ', 'CCONJ'])

/**
 * Whether a verb of force is used in a figure of speech, read off what it strikes when its entry names no word of the
 * object ("attack $TARGET", "bombard $TARGET"): its object ("Inflation attacked household budgets in Argentina") or
 * what it strikes with ("was bombarded with questions by Iranian reporters") is a noun of no kind force can strike.
 */
export function figurativeForce(
  view: DocView,
  wordnet: () => WordNetVerbs,
  at: { match: Match; passive: boolean; end: number },
): boolean {
  const { match, passive, end } = at
  if (!match.item.elements.slice(1).every((element) => element.kind === 'slot' || element.kind === 'exclude'))
    return false
  const from = match.lastWord + 1
  if (!passive && strikesNothing(view, wordnet, phraseHead(view, from, end))) return true
  for (let i = from; i < Math.min(end, from + 8); i++) {
    const token = view.tokens[i]
    if (!token || CLAUSE_BREAK_POS.has(token.pos) || view.actorCover.has(i)) return false
    if (view.words.COMITATIVE_PREPOSITIONS.has(token.norm))
      return strikesNothing(view, wordnet, phraseHead(view, i + 1, end))
  }
  return false
}
