import { coActorAt, listBackward, listForward } from './lists.js'
import {
  antecedentOf,
  closedRelative,
  deployingVerb,
  interrupterStart,
  opensRelative,
  passiveDeployer,
  relativeOpener,
} from './relative-clause.js'
import { findCoActors } from './target.js'
import type { ActorSpan, DocView } from './view.js'
import { isPossessiveMarker, matchesWord } from './words.js'
import { relationalPossessor } from './relational.js'
import { causeeSubject, leaderSubject, reportedSubject } from './own-subject.js'

/**
 * Whether the actor span is the object of a preposition ("in Japan", "with NATO", "in southern Lebanon") or
 * of "of" after a noun ("the Indian and Chinese sides of the mountain border"): it modifies the subject. After a
 * noun for people who act for a body ("leaders of the Group of Seven", "the head of the IAEA") it is the actor.
 */
function afterPreposition(view: DocView, span: ActorSpan, start: number): boolean {
  let i = span.first - 1
  while (i >= start && (view.tokens[i]?.pos === 'DET' || view.tokens[i]?.pos === 'ADJ')) i--
  const token = view.tokens[i]
  if (i < start || !token) return false
  // "soldiers captured by Russia were freed": the agent of a participle is not the subject
  if (view.words.AGENT_PREPOSITIONS.has(token.norm)) return true
  if (view.words.GENITIVE_PREPOSITIONS.has(token.norm)) {
    const before = view.tokens[i - 1]
    // "driven out of Ghana", "ahead of Japan": a compound preposition
    if (before?.pos === 'ADP' || before?.pos === 'ADV') return true
    return before?.pos === 'NOUN' && !agentOf(view, i)
  }
  return view.words.OBJECT_PREPOSITIONS.has(token.norm)
}

/** Whether the actor is the object of "by" (after determiners or adjectives): a passive's or a participle's agent. */
function byAgent(view: DocView, span: ActorSpan): boolean {
  let i = span.first - 1
  while (view.tokens[i]?.pos === 'DET' || view.tokens[i]?.pos === 'ADJ') i--
  return view.words.AGENT_PREPOSITIONS.has(view.tokens[i]?.norm ?? '')
}

/** Whether the "of" at token `of` follows a noun for people who act for what it names: "leaders of", "head of". */
export function agentOf(view: DocView, of: number): boolean {
  const head = view.tokens[of - 1]
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN') || view.actorCover.has(of - 1)) return false
  return matchesWord(view.forms[of - 1], view.words.AGENT_NOUNS) || view.words.AGENT_NOUNS.has(head.norm)
}

/** The first token of the clause a token is in: after the last clause opener ("while", ";") before it. */
export function clauseStart(view: DocView, at: number, sentenceStart: number): number {
  for (let i = at - 1; i >= sentenceStart; i--) {
    if (view.words.CLAUSE_OPENERS.has(view.tokens[i]?.norm ?? '')) return i + 1
  }
  return sentenceStart
}

/**
 * The subject of a verb group starting at `chainStart`: the nearest actor before it in the clause (not one that
 * is the object of a preposition when another candidate exists), with the list it closes ("India and China").
 */
export function findSubject(view: DocView, chainStart: number, sentenceStart: number): ActorSpan[] {
  const start = clauseStart(view, chainStart, sentenceStart)
  // "which had Israel withdraw": the causative's object does what the bare verb says
  const causee = causeeSubject(view, chainStart, start)
  if (causee) return causee
  // "The coalition, led by Saudi Arabia, struck": a group led by an actor acts for it
  const leaders = leaderSubject(view, chainStart, start)
  if (leaders) return leaders
  // "The United States said the military had committed …": a reported clause has its own subject, not the sayer
  const reported = reportedSubject(view, chainStart, start)
  if (reported) return reported
  // "the militants, who attacked Syria": the clause's subject is what it describes, never the main clause's;
  // "Hezbollah, which Iran backs": an actor between the pronoun and the verb is the clause's own subject
  const relative = relativeOpener(view, chainStart, start)
  if (relative !== undefined) {
    const own = nearestSubject(view, chainStart, relative + 1)
    if (own.length) return own
    const antecedent = antecedentOf(view, relative, start)
    // "Israel sent jets that bombed Gaza": forces or weapons act for whoever deployed them
    return antecedent.length ? antecedent : (deployerOf(view, relative, sentenceStart) ?? antecedent)
  }
  // "Japan, which has backed Ukraine, criticized …", "The leaders who met Putin condemned …": the main verb's
  // subject stands before the clause
  const closed = closedRelative(view, chainStart, start) ?? interrupterStart(view, chainStart, start)
  // "Russia, together with China, vetoed": a co-actor set off by commas acts beside the subject
  if (closed !== undefined) {
    const main = nearestSubject(view, closed, start)
    return main.length ? [...main, ...findCoActors(view, closed + 1, chainStart)] : main
  }
  const found = nearestSubject(view, chainStart, start)
  return found.length ? found : leadingParticipleSubject(view, chainStart, sentenceStart)
}

/**
 * The subject of the verb that deployed the forces or weapons a relative clause opened at `pronoun` describes
 * (deployingVerb): "Russia launched missiles that hit Kharkiv" → Russia; or the agent of the passive of deploying
 * that follows the clause (passiveDeployer). Undefined when `pronoun` opens no relative clause or no one is said to
 * have deployed them.
 */
export function deployerOf(view: DocView, pronoun: number, sentenceStart: number): ActorSpan[] | undefined {
  if (!opensRelative(view, pronoun)) return undefined
  const start = clauseStart(view, pronoun, sentenceStart)
  const deployer = deployingVerb(view, pronoun, start)
  // "The missiles that struck Kyiv were fired by Russia": the main clause's passive names who deployed them
  if (deployer === undefined) return passiveDeployer(view, pronoun)
  return findSubject(view, verbGroupStart(view, deployer, start), sentenceStart)
}

const GROUP_POS = new Set(['AUX', 'ADV', 'PART'])

/** The first token of the verb group ending at the verb `verb`: "has sent", "had already deployed". */
function verbGroupStart(view: DocView, verb: number, start: number): number {
  let i = verb
  while (i > start && GROUP_POS.has(view.tokens[i - 1]?.pos ?? '')) i--
  return i
}

// PARTICIPLE_OPENERS (view.words): Words that may open a participle clause at the start of a sentence: "After meeting
// Putin, Xi …".
const PARTICIPLE_REACH = 12

/**
 * "Visiting Russia, Xi praised Putin": a participle clause opening the sentence is done by the main clause's
 * subject, the name right after its closing comma.
 */
function leadingParticipleSubject(view: DocView, chainStart: number, sentenceStart: number): ActorSpan[] {
  const head = view.tokens[chainStart]
  if (!head?.norm.endsWith('ing') || (head.pos !== 'VERB' && head.pos !== 'NOUN')) return []
  if (chainStart > sentenceStart + 1) return []
  if (chainStart === sentenceStart + 1 && !view.words.PARTICIPLE_OPENERS.has(view.tokens[sentenceStart]?.norm ?? ''))
    return []
  for (let i = chainStart + 1; i < chainStart + PARTICIPLE_REACH; i++) {
    const token = view.tokens[i]
    if (!token || token.norm === '.' || token.norm === ';') return []
    if (token.norm !== ',') continue
    let j = i + 1
    while (view.tokens[j]?.pos === 'DET' || view.tokens[j]?.pos === 'ADJ') j++
    const span = view.actorStart.get(j)
    return span ? listForward(view, span, j + PARTICIPLE_REACH) : []
  }
  return []
}

/**
 * The nearest actor before `chainStart` from `start` on that is no preposition's object, with its list, and the
 * co-actors between it and the verb ("Russia, together with China, vetoed": both veto).
 */
function nearestSubject(view: DocView, chainStart: number, start: number): ActorSpan[] {
  let fallback: ActorSpan | undefined
  const co: ActorSpan[] = []
  for (let i = chainStart - 1; i >= start; i--) {
    const span = view.actorEnd.get(i)
    if (!span || span.first < start) continue
    if (coActorAt(view, span)) {
      co.unshift(span)
      i = span.first
      continue
    }
    // "the rebels, armed by Iran, attacked": a participle's agent is never the subject, not even for want of another;
    // nor is the possessor of another party ("Russia's allies attacked")
    if (byAgent(view, span) || relationalPossessor(view, span) !== undefined) continue
    if (afterPreposition(view, span, start) || isPossessiveMarker(view.tokens[span.last + 1])) {
      // "Foreign troops in Mali attacked": where troops said to be foreign stand is not whose they are
      if (!foreignHeld(view, span, start)) fallback ??= span
      continue
    }
    return [...listBackward(view, appositiveHolder(view, span, chainStart, start) ?? span, start), ...co]
  }
  if (co.length) return co
  return fallback ? listBackward(view, fallback, start) : []
}

const HELD_POS = new Set(['NOUN', 'ADJ', 'PROPN'])

/**
 * Whether the actor is the object of a locative preposition ("in Mali") after a noun phrase that a word of
 * FOREIGN_MODIFIERS marks as from abroad ("foreign troops", "overseas aid workers").
 */
function foreignHeld(view: DocView, span: ActorSpan, start: number): boolean {
  let i = span.first - 1
  while (i >= start && view.tokens[i]?.pos === 'DET') i--
  if (!view.words.LOCATIVE_PREPOSITIONS.has(view.tokens[i]?.norm ?? '')) return false
  for (let j = i - 1; j >= start; j--) {
    const token = view.tokens[j]
    // a capital opening the sentence may be tagged a proper noun ("Foreign troops in …")
    if (!token || !HELD_POS.has(token.pos) || view.actorCover.has(j)) return false
    if (view.words.FOREIGN_MODIFIERS.has(token.norm)) return true
  }
  return false
}

const APPOSITIVE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PUNCT'])

/**
 * "Norway, a founding member of NATO, has declined": an actor inside an appositive set off by commas before
 * the verb group describes the subject before it, which is the one that acts.
 */
function appositiveHolder(view: DocView, span: ActorSpan, chainStart: number, start: number): ActorSpan | undefined {
  if (view.tokens[chainStart - 1]?.norm !== ',') return undefined
  for (let i = span.last + 1; i < chainStart - 1; i++) {
    const token = view.tokens[i]
    if (!token || token.norm === ',' || (!APPOSITIVE_POS.has(token.pos) && !view.actorCover.has(i))) return undefined
  }
  for (let i = span.first - 1; i >= start; i--) {
    const token = view.tokens[i]
    if (!token) return undefined
    if (token.norm === ',') return view.actorEnd.get(i - 1)
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NUM') return undefined
  }
  return undefined
}

/** Whether the verb group continues a previous one in the same clause: "met Xi and signed", "but refused". */
export function continuesVerbPhrase(view: DocView, chainStart: number, sentenceStart: number): boolean {
  let i = chainStart - 1
  if (i < sentenceStart) return false
  const token = view.tokens[i]
  if (!token || !view.words.VERB_PHRASE_COORDINATORS.has(token.norm)) return false
  i--
  if (view.tokens[i]?.norm === ',') i--
  // "India and China": the conjunction joins subjects, not verb phrases; but after an object ("sent troops to
  // Iraq and has urged") a verb group that starts with an auxiliary or a finite verb continues the phrase
  if (i < sentenceStart) return false
  return !view.actorEnd.has(i) || view.tokens[chainStart]?.pos === 'AUX' || view.tokens[chainStart]?.pos === 'VERB'
}
