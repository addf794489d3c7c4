import { type ActorSpan, type Chain, type DocView, matchesWord } from '../nlp/syntax/index.js'

/**
 * Whether the subject of an entry only an actor's act matches (`doer`) can be such a doer: an actor was found, the
 * verb is passive (its agent may go unnamed: "Palestinians were barred from entering"), or the noun right before the
 * verb group names agents of some side (AGENT_NOUNS, UNNAMED_FORCES: "Police stopped …", "Security forces barred …").
 * A cause as the subject curbs no one's rights: "High prices stopped Kenyan students from attending university",
 * "Heavy rain kept farmers from reaching the market".
 */
export function actorDoer(view: DocView, chain: Chain, found: readonly ActorSpan[]): boolean {
  if (found.length || chain.passive) return true
  const before = chain.start - 1
  const token = view.tokens[before]
  if (!token || (token.pos !== 'NOUN' && token.pos !== 'PROPN')) return false
  const forms = view.forms[before]
  return matchesWord(forms, view.words.AGENT_NOUNS) || matchesWord(forms, view.words.UNNAMED_FORCES)
}
