import { listBackward, listForward } from './lists.js'
import type { ActorSpan, DocView } from './view.js'
import { isPossessiveMarker, matchesWord } from './words.js'
import { looksLikeVerb } from '../segment/index.js'

// RELATIVE_PRONOUNS (view.words): Pronouns that open a relative clause ("Japan, which has backed Ukraine, …", "the
// troops who crossed …").

// SUBORDINATORS (view.words): Words that open a clause with a subject of its own inside another: "a day after Finland
// joined".

/** Tokens of the noun phrase a relative clause describes: "the heavily armed Russian troops who …". */
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADV'])

export function opensRelative(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  // "The WHO praised China": a pronoun's spelling that names an actor opens no clause
  if (!token || view.actorCover.has(i)) return false
  if (view.words.RELATIVE_PRONOUNS.has(token.norm)) {
    // "which country", a question word before its noun, opens no relative clause; "whose army" does
    const next = view.tokens[i + 1]
    if (!(view.words.INTERROGATIVE_DETERMINERS.has(token.norm) && next?.pos === 'NOUN')) return true
    // "Iran, which backs Hezbollah, …": a tagger may read "backs", "arms" as nouns; a verb form with an actor or a
    // determiner after it, after a comma, is the clause's verb
    const after = view.tokens[i + 2]
    return (
      view.tokens[i - 1]?.norm === ',' &&
      looksLikeVerb(next) &&
      (view.actorStart.has(i + 2) || after?.pos === 'DET' || after?.pos === 'PRON')
    )
  }
  if (!view.words.COMPLEMENTIZERS.has(token.norm)) return false
  // "a resolution that condemned Syria": "that" after a noun and right before a verb; after a verb ("said that")
  // or a person told ("told reporters that it would …") it opens what was said, where the subject is written
  const before = view.tokens[i - 1]
  const next = view.tokens[i + 1]
  if (before?.pos !== 'NOUN' || view.timeCover.has(i - 1)) return false
  // "the Iranian militia that Iraq funds attacked …": the noun may be part of an actor's name
  if (gapBeforeVerb(view, i + 1)) return true
  return !view.actorCover.has(i - 1) && (next?.pos === 'VERB' || next?.pos === 'AUX')
}

/**
 * "the militia that Iran funds attacked …": a subject (an actor or a pronoun) and its verb, then at once another
 * verb, the main clause's: the verb after "that" lacks its object, so "that" opens a relative clause whose object is
 * the noun before it. "told reporters that Turkey would attack Syria" has the object and opens what was said.
 */
function gapBeforeVerb(view: DocView, from: number): boolean {
  let j = from
  if (view.tokens[j]?.pos === 'DET' && view.actorStart.has(j + 1)) j++
  const span = view.actorStart.get(j)
  if (span) j = span.last + 1
  else if (view.tokens[j]?.pos === 'PRON' && !view.words.POSSESSIVE_PRONOUNS.has(view.tokens[j]?.norm ?? '')) j++
  else return false
  while (view.tokens[j]?.pos === 'AUX' || view.tokens[j]?.pos === 'ADV' || view.tokens[j]?.pos === 'PART') j++
  const verb = view.tokens[j]
  const next = view.tokens[j + 1]
  if (!verb || (next?.pos !== 'VERB' && next?.pos !== 'AUX')) return false
  // "that Iran funds attacked": a tagger may read "funds", "arms", "backs" as nouns; between a subject and the
  // main verb the word is a verb
  return verb.pos === 'VERB' || (verb.pos === 'NOUN' && looksLikeVerb(verb))
}

/**
 * Whether token `i` is a verb: so tagged, or a noun-tagged verb form ("arms", "backs") right between an actor and
 * another verb, the main clause's: "the rebels whom Russia arms shelled …".
 */
function clauseVerb(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  if (!token || view.actorCover.has(i)) return false
  if (token.pos === 'VERB' || token.pos === 'AUX') return true
  const next = view.tokens[i + 1]
  return (
    token.pos === 'NOUN' &&
    looksLikeVerb(token) &&
    view.actorEnd.has(i - 1) &&
    (next?.pos === 'VERB' || next?.pos === 'AUX')
  )
}

/** Parts of speech of a relative clause's own subject: "whom the Russian army …", "that Iran …", "which they …". */
const OWN_SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'])

/**
 * The relative pronoun of an object relative clause the verb group at `chainStart` is in: one with a subject of its
 * own between the pronoun and the verb ("the rebels whom Russia arms", "the militia that Iran funds attacked …"), so
 * what the clause describes is the verb's object. Undefined in a subject relative ("who attacked"), after a
 * preposition ("the town in which …") or "whose", and in a main clause.
 */
export function objectRelative(view: DocView, chainStart: number, start: number): number | undefined {
  const pronoun = relativeOpener(view, chainStart, start)
  if (pronoun === undefined || pronoun + 1 >= chainStart) return undefined
  if (view.tokens[pronoun]?.norm === 'whose' || view.tokens[pronoun - 1]?.pos === 'ADP') return undefined
  for (let i = pronoun + 1; i < chainStart; i++) {
    if (view.actorCover.has(i)) continue
    if (!OWN_SUBJECT_POS.has(view.tokens[i]?.pos ?? '')) return undefined
  }
  return pronoun
}

/**
 * The relative pronoun opening the clause a verb group starting at `chainStart` is in ("the militants, who attacked
 * Syria": "who"), or undefined when a verb stands between them or the group is in the main clause.
 */
export function relativeOpener(view: DocView, chainStart: number, start: number): number | undefined {
  for (let i = chainStart - 1; i >= start; i--) {
    const token = view.tokens[i]
    if (!token || token.norm === ',' || view.words.CLAUSE_OPENERS.has(token.norm)) return undefined
    if (opensRelative(view, i)) return i
    if (clauseVerb(view, i)) return undefined
  }
  return undefined
}

/**
 * The relative pronoun of a clause that closes before `chainStart` with no comma after it ("The leaders who met
 * Putin condemned …": "who"): the verb group is the main clause's, and its subject is what the clause describes.
 */
export function closedRelative(view: DocView, chainStart: number, start: number): number | undefined {
  let verb = false
  for (let i = chainStart - 1; i >= start; i--) {
    const token = view.tokens[i]
    if (!token || token.norm === ',' || view.words.CLAUSE_OPENERS.has(token.norm)) return undefined
    if (opensRelative(view, i)) return verb ? i : undefined
    // "which opened a week after the talks had ended": a clause of its own inside the relative clause
    if (token.pos === 'SCONJ' || view.words.SUBORDINATORS.has(token.norm)) return undefined
    if (clauseVerb(view, i)) verb = true
  }
  return undefined
}

/**
 * What a relative clause opened at `pronoun` describes, when it is an actor: the actor right before it ("Japan,
 * which …"), or one within the noun phrase before it ("the Russian troops who …" → Russia). None for a phrase that
 * names no actor ("the militants, who …"): the clause's subject is then unnamed, never the main clause's.
 */
export function antecedentOf(view: DocView, pronoun: number, start: number): ActorSpan[] {
  let i = pronoun - 1
  if (view.tokens[i]?.norm === ',') i--
  // "Wang Yi, the Communist Party's top foreign policy official, who …": an actor owning the phrase's head is only its
  // possessor; the person the appositive describes, when there is one, is what the clause describes
  let possessor: ActorSpan | undefined
  for (; i >= start; i--) {
    const span = view.actorEnd.get(i)
    if (span && !possessor && isPossessiveMarker(view.tokens[i + 1]) && i + 1 < pronoun - 1) {
      possessor = span
      i = span.first
      continue
    }
    if (span) return listBackward(view, span, start)
    const token = view.tokens[i]
    // "Wang Yi, the party's top foreign policy official, who urged …": the appositive describes the name before it
    if (token?.norm === ',') {
      const named = view.actorEnd.get(i - 1)
      if (named && (!possessor || isPerson(named))) return listBackward(view, named, start)
      return possessor ? listBackward(view, possessor, start) : []
    }
    if (!token || (!PHRASE_POS.has(token.pos) && !isPossessiveMarker(token) && !inWordHyphen(view, i)))
      return possessor ? listBackward(view, possessor, start) : []
  }
  return possessor ? listBackward(view, possessor, start) : []
}

/**
 * The verb whose object is the forces or weapons a relative clause opened at `pronoun` describes, when it deploys them
 * (DEPLOYING_VERBS): in "Israel sent jets that bombed Gaza", "Russia launched missiles that struck Kyiv", the clause's
 * doer is that verb's subject, who wields them. Forces or weapons only (TROOPS, WEAPON): "Israel killed militants
 * who attacked" names no owner of the militants; and verbs that keep them only ("supplied drones that struck Kyiv"
 * hands them to another).
 */
export function deployingVerb(view: DocView, pronoun: number, start: number): number | undefined {
  const head = pronoun - 1
  if (!wielded(view, head)) return undefined
  let i = head - 1
  while (i >= start && !view.actorCover.has(i) && PHRASE_POS.has(view.tokens[i]?.pos ?? '')) i--
  return view.tokens[i]?.pos === 'VERB' && matchesWord(view.forms[i], view.words.DEPLOYING_VERBS) ? i : undefined
}

/** Whether the noun at `head` names forces or weapons (TROOPS, WEAPON): what someone deploys and wields. */
function wielded(view: DocView, head: number): boolean {
  const { TROOPS, WEAPON } = view.words
  return (
    view.tokens[head]?.pos === 'NOUN' &&
    (matchesWord(view.forms[head], TROOPS) || matchesWord(view.forms[head], WEAPON))
  )
}

/** How many tokens after the relative pronoun the main clause's passive may end: "… were fired by Russia". */
const WIELDER_REACH = 16
const CLAUSE_BREAKS = new Set([',', ';', ':', '.'])

/**
 * The agent of a passive of deploying (DEPLOYING_VERBS) that follows the relative clause describing forces or weapons,
 * as the main clause: in "The missiles that struck Kyiv were fired by Russia" the clause's doer is Russia, who wields
 * them. The clause's own verb comes first; then "be", the deploying verb and "by" with an actor. Other passives name
 * no one who wields them: "were shot down by Ukraine", "were supplied by Iran".
 */
export function passiveDeployer(view: DocView, pronoun: number): ActorSpan[] | undefined {
  if (!wielded(view, pronoun - 1)) return undefined
  const { PASSIVE_AUXILIARIES, DEPLOYING_VERBS, AGENT_PREPOSITIONS } = view.words
  let verb = false
  for (let i = pronoun + 1; i < pronoun + WIELDER_REACH; i++) {
    const token = view.tokens[i]
    if (!token || CLAUSE_BREAKS.has(token.norm)) return undefined
    if (!verb) {
      verb = token.pos === 'VERB' && !view.actorCover.has(i)
      continue
    }
    if (token.pos !== 'AUX' || !matchesWord(view.forms[i], PASSIVE_AUXILIARIES)) continue
    let k = i + 1
    while (view.tokens[k]?.pos === 'ADV') k++
    if (view.tokens[k]?.pos !== 'VERB' || !matchesWord(view.forms[k], DEPLOYING_VERBS)) return undefined
    if (!AGENT_PREPOSITIONS.has(view.tokens[k + 1]?.norm ?? '')) return undefined
    let j = k + 2
    while (view.tokens[j]?.pos === 'DET') j++
    const span = view.actorStart.get(j)
    const end = view.sentenceTokens[token.sentence]?.[1] ?? view.tokens.length
    return span ? listForward(view, span, end) : undefined
  }
  return undefined
}

/** A person named as such ("Wang Yi"), not a country or a body. */
function isPerson(span: ActorSpan): boolean {
  return span.mention.type === 'PERSON' || span.mention.kind === 'person'
}

/** "the NATO-Ukraine Council, which …": a hyphen written between two words with no space joins one name. */
function inWordHyphen(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  const before = view.tokens[i - 1]
  const after = view.tokens[i + 1]
  return token?.norm === '-' && before?.end === token.start && after?.start === token.end
}

/** Words that may open a phrase set off by commas between a subject and its verb. */
const INTERRUPTER_POS = new Set(['VERB', 'ADP', 'ADV', 'SCONJ'])

/**
 * The opening comma of a phrase set off by commas right before the verb group, when the phrase is a relative clause
 * ("Japan, which has backed Ukraine, criticized …"), a participle phrase ("Xi, visiting Russia, praised …") or an
 * adverbial one ("Japan, in a statement, said …"): the subject is looked for before it.
 */
export function interrupterStart(view: DocView, chainStart: number, start: number): number | undefined {
  if (view.tokens[chainStart - 1]?.norm !== ',') return undefined
  for (let i = chainStart - 2; i > start; i--) {
    const token = view.tokens[i]
    if (!token || view.words.CLAUSE_OPENERS.has(token.norm)) return undefined
    if (token.norm !== ',') continue
    const first = view.tokens[i + 1]
    if (!first || i + 1 >= chainStart - 1 || view.actorCover.has(i + 1)) return undefined
    return opensRelative(view, i + 1) || INTERRUPTER_POS.has(first.pos) ? i : undefined
  }
  return undefined
}
