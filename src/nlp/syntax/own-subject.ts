import { listBackward } from './lists.js'
import type { ActorSpan, DocView } from './view.js'
import { matchesWord } from './words.js'

// CAUSATIVE_VERBS (view.words): Verbs that have their object do what a bare verb after it says: "had Israel withdraw",
// "made Iran halt", "let Ukraine strike" — the object, not the causer, does it.

/**
 * "Egypt, which had Israel withdraw from Sinai", "the deal made Iran halt enrichment": an actor right after a
 * causative verb (past determiners), right before a bare verb at `chainStart`, is that verb's subject.
 */
export function causeeSubject(view: DocView, chainStart: number, start: number): ActorSpan[] | undefined {
  const head = view.tokens[chainStart]
  if (head?.pos !== 'VERB' || head.lemma !== head.norm) return undefined
  const span = view.actorEnd.get(chainStart - 1)
  if (!span || span.first <= start) return undefined
  let k = span.first - 1
  while (k > start && view.tokens[k]?.pos === 'DET') k--
  const verb = view.tokens[k]
  if ((verb?.pos !== 'VERB' && verb?.pos !== 'AUX') || !matchesWord(view.forms[k], view.words.CAUSATIVE_VERBS))
    return undefined
  return listBackward(view, span, start)
}

/**
 * "The coalition, led by Saudi Arabia, struck …", "the force led by France entered …": a group no actor names, led by
 * an actor (LEADING_PARTICIPLES), acts for its leader, as "the Saudi-led coalition" does. The by-phrase (with commas
 * or without) stands right before the verb group at `chainStart`.
 */
export function leaderSubject(view: DocView, chainStart: number, start: number): ActorSpan[] | undefined {
  let k = chainStart - 1
  if (view.tokens[k]?.norm === ',') k--
  const span = view.actorEnd.get(k)
  if (!span) return undefined
  k = span.first - 1
  while (view.tokens[k]?.pos === 'DET') k--
  if (!view.words.AGENT_PREPOSITIONS.has(view.tokens[k]?.norm ?? '')) return undefined
  if (!view.words.LEADING_PARTICIPLES.has(view.tokens[k - 1]?.norm ?? '')) return undefined
  k -= 2
  if (view.tokens[k]?.norm === ',') k--
  const group = view.tokens[k]
  if (k < start || group?.pos !== 'NOUN' || view.actorCover.has(k) || view.mentionCover.has(k)) return undefined
  const leaders = listBackward(view, span, span.first)
  return leaders.length ? leaders : [span]
}

/** Tags of a reported clause's subject phrase that names no actor: "the military", "an unidentified group". */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM'])
// UNNAMED_FORCES (view.words): Nouns for a state's armed or ruling body that a text may name without its country ("the
// military", "the junta"): in a reported clause they stay the sayer's, as the wire's most common use is a state reporting
// its own forces' acts ("Israel said the army killed three militants in Gaza"). A foreign state's body reported on
// ("France said the army had killed protesters in Myanmar") is then wrongly the sayer's: telling the two apart needs
// more than the place.

/**
 * "Britain said the attack had killed …", "Israel said the army killed …": the
 * subject of a clause a saying verb (SAY_VERBS, "that" at most between) governs is the noun phrase right before the
 * verb group at `chainStart`. Undefined when no such phrase stands there. When it names no actor the sayer is no
 * subject of it, unless it is the sayer's own agents or papers: an agent noun, a state body or a document ("troops",
 * "the military", "the documents"), which stays the sayer's (undefined).
 */
export function reportedSubject(view: DocView, chainStart: number, clauseStart: number): ActorSpan[] | undefined {
  let k = chainStart - 1
  let noun = -1
  while (k > clauseStart) {
    const token = view.tokens[k]
    if (!token || view.actorCover.has(k) || view.mentionCover.has(k)) return undefined
    if (!view.timeCover.has(k)) {
      if (!PHRASE_POS.has(token.pos)) break
      // "the military": the tagger may read a noun that ends the phrase as an adjective
      if (noun < 0 && (token.pos === 'NOUN' || (token.pos === 'ADJ' && k === chainStart - 1))) noun = k
    }
    k--
  }
  if (noun < 0) return undefined
  if (view.words.COMPLEMENTIZERS.has(view.tokens[k]?.norm ?? '')) k--
  const verb = view.tokens[k]
  if (verb?.pos !== 'VERB' || !matchesWord(view.forms[k], view.words.SAY_VERBS)) return undefined
  // "said the documents incriminated Russia", "said the army struck …": the sayer's own agents, bodies and papers
  const forms = view.forms[noun]
  const { AGENT_NOUNS, DOCUMENT_NOUNS, UNNAMED_FORCES } = view.words
  const own =
    matchesWord(forms, AGENT_NOUNS) || matchesWord(forms, DOCUMENT_NOUNS) || matchesWord(forms, UNNAMED_FORCES)
  return own ? undefined : []
}
