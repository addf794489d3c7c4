import type { ActorSpan, DocView } from './view.js'
import { isPossessiveMarker, matchesWord } from './words.js'

// RELATIONAL_NOUNS (view.words): nouns for another party of a relation ("ally", "neighbour", "rival", "proxy"): their
// possessor is not the party meant.

/** Modifiers between a possessor and the relational noun: "Turkey's militia allies", "Iran's closest regional ally". */
const MAX_MODIFIERS = 3

function relational(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  return token?.pos === 'NOUN' && matchesWord(view.forms[i], view.words.RELATIONAL_NOUNS)
}

/**
 * Whether the actor is the possessor of a noun for another party: "Russia's ally Syria", "Turkey's militia allies",
 * "its allies", "an ally of Iran". The party meant is not the possessor but the one the noun names: an actor set
 * beside it ("Syria"), or none. Returns the token after the relational noun, where such an actor would stand; undefined
 * when the actor is no such possessor ("Russia's army", "Russia's allied forces" are Russia's).
 */
export function relationalPossessor(view: DocView, span: ActorSpan): number | undefined {
  const { tokens } = view
  // "an ally of Iran", "a close ally of the United States"
  let before = span.first - 1
  while (tokens[before]?.pos === 'DET') before--
  if (tokens[before]?.norm === 'of' && relational(view, before - 1)) return span.last + 1
  const pronoun = span.mention.form === 'pronoun' && view.words.POSSESSIVE_PRONOUNS.has(tokens[span.first]?.norm ?? '')
  if (!pronoun && !isPossessiveMarker(tokens[span.last + 1])) return undefined
  const from = pronoun ? span.last + 1 : span.last + 2
  for (let i = from; i < from + MAX_MODIFIERS; i++) {
    const token = tokens[i]
    if (!token || view.actorCover.has(i)) return undefined
    // the noun heads the phrase: "Russia's ally Syria", not "Russia's partner states"
    if (relational(view, i)) return tokens[i + 1]?.pos === 'NOUN' ? undefined : i + 1
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN') return undefined
  }
  return undefined
}
