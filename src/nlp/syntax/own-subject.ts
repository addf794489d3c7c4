import { listBackward } from './lists.js'
import { type ActorSpan, type DocView, placeActor } from './view.js'
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
/** How far the place of a reported act is looked for after its verb. */
const PLACE_REACH = 10

// UNNAMED_FORCES (view.words): Nouns for a state's armed or ruling body that a text may name without its country ("the
// military", "the junta"): in a reported clause about another country's place, that country's.

/**
 * "The United States said the military had committed war crimes in Sudan", "Britain said the attack had killed …": the
 * subject of a clause a saying verb (SAY_VERBS, "that" at most between) governs is the noun phrase right before the
 * verb group at `chainStart`. Undefined when no such phrase stands there. When it names no actor the sayer is no
 * subject of it, unless it is the sayer's own agents or papers: an agent noun, a state body or a document ("troops",
 * "the government", "the documents"), which stays the sayer's (undefined) — but a definite state body ("the military", UNNAMED_FORCES) in a clause that
 * places the act in another country than `sayer`'s is that country's.
 */
export function reportedSubject(
  view: DocView,
  chainStart: number,
  clause: { start: number; end: number; sayer: (verb: number) => ActorSpan[] },
): ActorSpan[] | undefined {
  let k = chainStart - 1
  let noun = -1
  let definite = false
  while (k > clause.start) {
    const token = view.tokens[k]
    if (!token || view.actorCover.has(k) || view.mentionCover.has(k)) return undefined
    if (!view.timeCover.has(k)) {
      if (!PHRASE_POS.has(token.pos)) break
      // "the military": the tagger may read a noun that ends the phrase as an adjective
      if (noun < 0 && (token.pos === 'NOUN' || (token.pos === 'ADJ' && k === chainStart - 1))) noun = k
      if (token.norm === 'the') definite = true
    }
    k--
  }
  if (noun < 0) return undefined
  if (view.words.COMPLEMENTIZERS.has(view.tokens[k]?.norm ?? '')) k--
  const verb = view.tokens[k]
  if (verb?.pos !== 'VERB' || !matchesWord(view.forms[k], view.words.SAY_VERBS)) return undefined
  const forces = matchesWord(view.forms[noun], view.words.UNNAMED_FORCES)
  // "said the documents incriminated Russia": the sayer's own papers speak for it
  const own =
    matchesWord(view.forms[noun], view.words.AGENT_NOUNS) || matchesWord(view.forms[noun], view.words.DOCUMENT_NOUNS)
  if (!forces && !own) return []
  if (!forces || !definite) return undefined
  const place = placeAfter(view, chainStart, clause.end)
  const sayers = new Set(clause.sayer(k).map((s) => s.ref.entity))
  return place && sayers.size && !sayers.has(place.ref.entity) ? [place] : undefined
}

/** The first actor or place named by "in" (INESSIVE_PREPOSITIONS) in the clause from `from`, as an actor. */
function placeAfter(view: DocView, from: number, end: number): ActorSpan | undefined {
  for (let i = from; i < Math.min(end, from + PLACE_REACH); i++) {
    const token = view.tokens[i]
    if (!token || token.norm === ',' || view.words.CLAUSE_OPENERS.has(token.norm)) return undefined
    if (!view.words.INESSIVE_PREPOSITIONS.has(view.tokens[i - 1]?.norm ?? '')) continue
    const span = view.actorStart.get(i)
    if (span) return span
    const place = view.located.get(i)
    if (place) return placeActor(place)
  }
  return undefined
}
