import { clauseStart, type DocView, isPossessiveMarker } from '../nlp/syntax/index.js'
import type { WordNetVerbs } from './wordnet.js'

// NO_AGENT_KINDS (view.words): WordNet's noun files of what happens rather than what is done — an event, a state, a
// phenomenon, a process, a time, an attribute ("collapse": state, "death": event, "fall": time). A subject headed
// by a noun whose most frequent sense is of them is no doer, and the actor of its "of" or place phrase is what it
// happened to or where.

const MODIFIER_POS = new Set(['DET', 'ADJ'])
/** What may stand in the prepositional phrases after the happening's noun, besides actors. */
const PHRASE_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV'])

/**
 * Whether the subject of the verb group at `chainStart` is a happening told of an actor or a place: a noun whose
 * first WordNet sense lies in NO_AGENT_KINDS, at the clause's start (past determiners and adjectives), followed by
 * prepositional phrases only, up to the verb group ("The collapse of the Afghan government forced Germany to evacuate
 * its embassy", "The spread of cholera in Yemen forced Saudi Arabia to close the border"). "The decision of the
 * Afghan government" (an act) and "the leaders of Hamas" (people) have their doer there.
 */
export function happeningSubject(
  view: DocView,
  wordnet: () => WordNetVerbs,
  at: { chainStart: number; first: number },
): boolean {
  const { chainStart, first } = at
  let i = clauseStart(view, chainStart, first)
  while (i < chainStart && MODIFIER_POS.has(view.tokens[i]?.pos ?? '') && !view.actorCover.has(i)) i++
  if (view.tokens[i]?.pos !== 'NOUN' || view.actorCover.has(i)) return false
  while (view.tokens[i + 1]?.pos === 'NOUN' && !view.actorCover.has(i + 1)) i++
  if (view.tokens[i + 1]?.pos !== 'ADP') return false
  let actors = 0
  for (let j = i + 1; j < chainStart; j++) {
    const cover = view.actorCover.get(j)
    if (cover) {
      // "the fall of Kabul's government": the possessor's noun heads the phrase
      if (isPossessiveMarker(view.tokens[cover.last + 1])) return false
      actors++
      j = cover.last
    } else if (!PHRASE_POS.has(view.tokens[j]?.pos ?? '')) return false
  }
  const sense = actors ? wordnet().nounKinds(view.tokens[i]!.lemma)?.[0] : undefined
  return sense !== undefined && view.words.NO_AGENT_KINDS.has(sense)
}
