import { withFields } from '../objects.js'
import {
  type Chain,
  patientNamed,
  placeOfAct,
  placePatient,
  gerundObject,
  nounComplement,
  type ActorSpan,
  type DocView,
  isPossessiveMarker,
  lemmaOf,
  closingSayer,
  continuesVerbPhrase,
  findAgent,
  findPossessor,
  deployerOf,
  findSubject,
  afterLocative,
  findTarget,
  readChain,
  phraseAt,
  matchesWord,
  NOUN_PHRASE_POS,
} from '../nlp/syntax/index.js'
import type { EventDraft } from './draft.js'
import type { Match } from './match.js'
import {
  CUE,
  emit,
  governedVerb,
  hasEntries,
  headCues,
  matchHead,
  NON_VERB_CUES,
  triggerOf,
  type Scan,
} from './sentence.js'
import { demandCode, findSayer } from './demand.js'
import { domesticObject, namesOtherActor, soleActor, otherSideState } from './domestic.js'
import { nominalSubject } from './nominal-subject.js'
import { chooseTargets, targetCase } from './target-rules.js'
import { reportingState } from './reporting-state.js'
import { chooseSources, doersOf, previousSources } from './source-rules.js'
import { homeGroupBefore, nominalSubjectBefore, placeSource } from './unnamed-subject.js'
import { referentEvent } from './reaction.js'
import { sharedObjectMatch } from './shared-object.js'
import { isLightVerb, lightObject, sidesObject, skippedEvent } from './light-verbs.js'
import { headAgent } from './nominal-object.js'
import { readyFor } from './ready-for.js'
import { headsRequest, requestAt, requestedAction } from './request.js'
import {
  aimedForce,
  deniedAct,
  materialAct,
  objectPurpose,
  preventedAct,
  statedAim,
  wishedClause,
} from './unrealized.js'
import { frontedParticiple, passiveObjectMatch, reducedPassive } from './passive.js'
import { gappedObject } from './gapped-object.js'
import { partneredAction, promised, warnedAction } from './governed-action.js'
import { unnamedAgent } from './sayer-agent.js'
import { closingWarning, type Warning, warningOf } from './warning.js'
import { munitionSubject, noAgentCause } from './no-agent.js'
import { figurativeForce } from './figurative-force.js'
import { deferToMeans } from './means.js'
import { blockedAct, blockedClause, rejectedDocument } from './blocked.js'
import { ownForcesOrdered } from './own-forces.js'
import { actorDoer } from './doer.js'

/**
 * The by-phrase (or, for a message, from-phrase) of a nominal event: "the invasion of Ukraine by Russia", "an embargo
 * on Iran was extended by the UN" (a light verb carries the noun's event). After another verb it is that verb's
 * agent: "the shelling of Kyiv was condemned by Germany" is no German shelling.
 */
function nounAgent(scan: Scan, match: Match): ActorSpan[] {
  const { view, end } = scan
  const agents = findAgent(view, match.last + 1, end, scan.tables.has(match.item.entry.code, 'message'))
  for (let i = match.last + 1; i < (agents[0]?.first ?? 0); i++) {
    if (view.tokens[i]?.pos === 'VERB' && !isLightVerb(scan, i)) return []
  }
  return agents
}

/**
 * "Russia launched missiles that hit Kharkiv": a weapon noun heading its event through a relative pronoun is wielded by
 * whoever deployed it (deployerOf); "Iran supplied drones that hit Kyiv" names no one who fired them.
 */
function relativeWielder(view: DocView, match: Match, first: number): ActorSpan[] | undefined {
  const deployers = deployerOf(view, match.head + 1, first)
  return deployers?.length ? deployers : undefined
}

function codeNoun(scan: Scan, match: Match): void {
  const { view, first } = scan
  // "vetoed the EU's aid package for Ukraine": an act kept from being done
  if (blockedAct(view, match.head, first)) return
  const sources = match.source ?? findPossessor(view, match.head, first)
  // "Ukraine is ready for negotiations with Russia": the readiness's subject intends the event
  const ready = sources.length ? undefined : readyFor(scan, match.head)
  if (ready) {
    emit(scan, triggerOf(match), ready.sources, match.target ?? [], ready.chain, SURE.nominal)
    return
  }
  // "airstrikes by Israel on Syria": the doer named between the head and the rest of the pattern
  const named = sources.length
    ? sources
    : (headAgent(view, match.head, match.last + 1) ?? relativeWielder(view, match, first) ?? nounAgent(scan, match))
  // "the detention of an American in Russia": what only authorities do was done by those of the place, as after a
  // passive ("was arrested in Lebanon")
  const authority =
    named.length || !scan.tables.has(match.item.entry.code, 'authority')
      ? undefined
      : placeOfAct(view, match.last + 1, scan.end)
  const agents = authority ? [authority] : named
  const sides = agents.length ? undefined : betweenSides(scan, match)
  if (!agents.length && !sides) return
  // "no talks", "without consultation": a negator one or two words before the noun
  const negated = [1, 2].some((k) => view.words.NOMINAL_NEGATORS.has(view.tokens[match.head - k]?.norm ?? ''))
  const chain: Chain = {
    start: match.head,
    negated,
    modality: 'asserted',
    passive: false,
    threat: false,
    obligation: false,
    refusal: false,
  }
  if (sides) emit(scan, withFields(triggerOf(match), { mutual: true }), sides, [], chain, SURE.nominal)
  else emit(scan, triggerOf(match), agents, match.target ?? reportedStruck(scan, match, agents), chain, SURE.nominal)
}

/**
 * "Kyiv said Russian drones hit power plants overnight": force by a nominal event's doer whose struck side the reported
 * clause leaves unnamed befell the state that reports it (reporting-state.ts).
 */
function reportedStruck(scan: Scan, match: Match, agents: readonly ActorSpan[]): ActorSpan[] {
  if (!scan.tables.has(match.item.entry.code, 'force')) return []
  const state = reportingState(scan.view, agents, { first: scan.first, last: match.last, end: scan.end })
  return state ? [state] : []
}

/** Whether an active reading of the verb at `i` takes the word after it as its pattern's next word ("stand by"). */
function byInPattern(scan: Scan, i: number): boolean {
  const [head, next] = matchHead(scan, i, false)?.item.elements ?? []
  const word = scan.view.tokens[i + 1]?.norm ?? ''
  if (head?.kind === 'word' && head.particles) return head.particles.has(word)
  return next?.kind === 'word' && !next.optional && next.words.has(word)
}

/**
 * "Clashes between Armenia and Azerbaijan killed dozens", "Talks between Iran and the United States resumed": a
 * nominal event with no doer of its own whose target is a list after "between" is done by the listed sides to each
 * other. A code with the trait "thirdSide" (a go-between's act, an appeal) is done by a third side, so it stays uncoded
 * without one.
 */
function betweenSides(scan: Scan, match: Match): ActorSpan[] | undefined {
  if (scan.tables.has(match.item.entry.code, 'thirdSide')) return undefined
  const sides = match.target ?? []
  if (new Set(sides.map((s) => s.ref.entity)).size < 2) return undefined
  for (let i = match.head + 1; i < (sides[0]?.first ?? 0); i++) {
    if (scan.view.tokens[i]?.norm === 'between') return sides
  }
  return undefined
}

// OBJECT_CONTROL_VERBS (view.words): Verbs whose object does what an infinitive after it says: "invited Finland to
// join", "asked Japan to help".

// PERMITTING_VERBS (view.words): Among them, verbs that let their object act ("allowed Finland to join"): what the
// object is let do is not told as done.

/**
 * The verbal event of this sentence whose object an infinitive of purpose follows: in "summoned Japan's ambassador
 * to protest", "to protest" is done by whoever summoned, not by the ambassador.
 */
function purposeOf(scan: Scan, chain: Chain): EventDraft | undefined {
  const { view } = scan
  if (!view.words.INFINITIVE_MARKERS.has(view.tokens[chain.start]?.norm ?? '')) return undefined
  const before = view.tokens[chain.start - 1]
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'PROPN' && !view.actorCover.has(chain.start - 1)))
    return undefined
  const prior = scan.drafts.filter((d) => !d.noun && d.head < chain.start).at(-1)
  if (!prior || (view.forms[prior.head] ?? []).some((form) => view.words.OBJECT_CONTROL_VERBS.has(form)))
    return undefined
  for (let i = prior.last + 1; i < chain.start; i++) {
    const token = view.tokens[i]
    if (!token || view.actorCover.has(i) || isPossessiveMarker(token)) continue
    // "visit Egypt and Sudan to mediate": a list of objects
    if (token.pos === 'CCONJ' && view.actorCover.has(i - 1) && view.actorCover.has(i + 1)) continue
    if (!NOUN_PHRASE_POS.has(token.pos) && !(token.pos === 'ADP' && !view.words.INFINITIVE_MARKERS.has(token.norm)))
      return undefined
  }
  return prior
}

// DOCUMENT_NOUNS (view.words): Nouns of a document or message that a participle after them describes: "a statement
// praising India", "a resolution condemning Iran" are acts of whoever issued them.

/** "a statement praising", "a resolution condemning": a participle right after a document noun it describes. */
function documentParticiple(view: DocView, start: number): boolean {
  const head = view.tokens[start]
  if (!head?.norm.endsWith('ing') || view.actorCover.has(start - 1)) return false
  return matchesWord(view.forms[start - 1], view.words.DOCUMENT_NOUNS)
}

/**
 * The verb group of the verb whose object is the subject of this clause, when that verb lets its object act
 * (OBJECT_CONTROL_VERBS: "see", "let", "allow" …): "would see Turkey withdraw", "could allow Iran to enrich".
 */
function complementOf(view: DocView, subject: ActorSpan[], chain: Chain, first: number): Chain | undefined {
  const k = beforeClauseSubject(view, subject, chain, first)
  const token = k === undefined ? undefined : view.tokens[k]
  if (token?.pos !== 'VERB' || !matchesWord(view.forms[k!], view.words.OBJECT_CONTROL_VERBS)) return undefined
  return readChain(view, k!, first, first)
}

/** The token before the subject of this clause (determiners and adjectives aside), when the subject ends right before it. */
function beforeClauseSubject(view: DocView, subject: ActorSpan[], chain: Chain, first: number): number | undefined {
  const object = subject[0]
  if (!object || object.last < chain.start - 2) return undefined
  let k = object.first - 1
  while (k >= first && (view.tokens[k]?.pos === 'DET' || view.tokens[k]?.pos === 'ADJ')) k--
  return k >= first ? k : undefined
}

/**
 * Whether this clause's act is only let happen, not told as done: its subject is the object of a verb that permits
 * (PERMITTING_VERBS: "allowed Finland to join NATO", "let Germany lead the talks"), or is brought in by "for" before
 * an infinitive ("cleared the way for Sweden to join NATO", "called for Russia to withdraw"). The permission itself is
 * the permitter's act, coded by the dictionary where it has an entry ("allow $TARGET to join").
 */
function permittedAct(view: DocView, subject: ActorSpan[], chain: Chain, first: number): boolean {
  const k = beforeClauseSubject(view, subject, chain, first)
  if (k === undefined) return false
  if (view.tokens[k]?.norm === 'for') return view.words.INFINITIVE_MARKERS.has(view.tokens[chain.start]?.norm ?? '')
  return view.tokens[k]?.pos === 'VERB' && matchesWord(view.forms[k], view.words.PERMITTING_VERBS)
}

/**
 * "Belarus forced a passenger jet to land in Minsk": the infinitive is done by the forced object (after one of
 * COERCING_VERBS; the forcing itself is coded by the dictionary, 17); when that object stands for no actor the act has
 * no actor subject, and the forcer, who coerced rather than landed, is none. So with a permitting verb: in "Iran
 * allowed inspectors to visit the site" the inspectors visit, not Iran.
 */
function forcedThing(view: DocView, chain: Chain, first: number): boolean {
  if (!view.words.INFINITIVE_MARKERS.has(view.tokens[chain.start]?.norm ?? '')) return false
  for (let k = chain.start - 2; k >= first && k >= chain.start - 12; k--) {
    const token = view.tokens[k]
    if (!token || token.pos === 'PUNCT' || token.pos === 'SCONJ' || token.pos === 'CCONJ') return false
    const forms = view.forms[k]
    const { COERCING_VERBS, PERMITTING_VERBS } = view.words
    if (token.pos !== 'VERB' || !(matchesWord(forms, COERCING_VERBS) || matchesWord(forms, PERMITTING_VERBS))) continue
    let o = k + 1
    while (view.tokens[o]?.pos === 'DET') o++
    const object = view.tokens[o]
    if (!object || o >= chain.start || view.actorCover.has(o)) return false
    return object.pos === 'NOUN' || object.pos === 'PROPN' || object.pos === 'ADJ'
  }
  return false
}

/** A titled official with no country acts, less surely, for the country that is the subject of the narrative. */
const INFERRED_PENALTY = 0.2

/**
 * How sure an event is, by how its actors were found, before `emit` lowers it for a side missing and for a default,
 * borrowed or class-level entry: the entry's own slots are surest, actors found around the verb less, actors read
 * from elsewhere in the sentence or text least.
 */
const SURE = {
  /** The subject and the entry's own target slot: "Russia attacked Ukraine". */
  slots: 0.9,
  /** The entry's own source slot, or a warner's threat at the entry's own target. */
  sourceSlot: 0.85,
  /** The subject and a target found around the verb; a passive's agent; a warner's threat at the one warned. */
  found: 0.75,
  /** A nominal event's possessor or agent ("Japan's talks with"); a named sayer's demand ("…, Turkey said"). */
  nominal: 0.7,
  /** An actor read from elsewhere: an unnamed group's home, a place acting, a reaction, a purpose, "do so". */
  inferred: 0.6,
  /** A reaction whose target is the previous sentence's subject, when no event of it was coded. */
  previousMove: 0.5,
} as const

function codeVerb(scan: Scan, match: Match, chain: Chain): void {
  const before = scan.drafts.length
  codeVerbWith(scan, match, chain)
  const added = scan.drafts.splice(before)
  for (const draft of added) {
    const lower = draft.source?.inferred
    scan.drafts.push(lower ? { ...draft, confidence: Math.max(0.1, draft.confidence - INFERRED_PENALTY) } : draft)
  }
}

/**
 * The subject of the sentence before the one starting at token `first`: its first actor that stands before any verb
 * ("Poland will build a wall …, the government said"), when that is not one of `others`.
 */
function previousSubject(view: DocView, first: number, others: ReadonlySet<string>): ActorSpan | undefined {
  const sentence = (view.tokens[first]?.sentence ?? 0) - 1
  const [start, stop] = view.sentenceTokens[sentence] ?? [0, 0]
  for (let i = start; i < stop; i++) {
    const span = view.actorStart.get(i)
    if (span) return others.has(span.ref.entity) ? undefined : span
    const pos = view.tokens[i]?.pos
    if (pos === 'VERB' || pos === 'AUX') return undefined
  }
  return undefined
}

/** "each other", "one another" at token `i`. */
function reciprocal(view: DocView, i: number): boolean {
  return phraseAt(view, i, view.words.RECIPROCAL_PRONOUNS)
}

/**
 * The actor that owns the noun phrase right before a verb group: "Sweden's bid", "its ambassador", "Russian assets".
 * Only the phrase's own words (nouns and adjectives) stand between them.
 */
function subjectOwner(view: DocView, chainStart: number, first: number): ActorSpan[] {
  let i = chainStart - 1
  while (i >= first && !view.actorCover.has(i) && OWNED_POS.has(view.tokens[i]?.pos ?? '')) i--
  if (i === chainStart - 1 || i < first) return []
  const token = view.tokens[i]
  const span = view.actorEnd.get(i) ?? (isPossessiveMarker(token) ? view.actorEnd.get(i - 1) : undefined)
  const pronoun = token?.pos === 'PRON' && view.words.POSSESSIVE_PRONOUNS.has(token.norm)
  const owner = span ?? (pronoun ? view.actorCover.get(i) : undefined)
  // "The weapons that had Russian markings were seized": the phrase must open the clause, not close another one
  let k = (owner?.first ?? first) - 1
  while (k >= first && view.tokens[k]?.pos === 'DET') k--
  return owner && (k < first || CLAUSE_EDGE_POS.has(view.tokens[k]?.pos ?? '')) ? [owner] : []
}

const OWNED_POS = new Set(['NOUN', 'ADJ'])
const CLAUSE_EDGE_POS = new Set(['PUNCT', 'SCONJ', 'CCONJ', 'ADP'])

function codeVerbWith(scan: Scan, match: Match, given: Chain): void {
  let chain = given
  const { view, first, end } = scan
  if (nounComplement(view, chain, first)) return
  // "vetoed a resolution condemning Syria": the document turned down condemns no one
  if (documentParticiple(view, chain.start) && rejectedDocument(view, chain.start, first)) return
  // "expects Russia to attack", "hopes China will release": wished, expected or asked for, not done
  if (!match.anaphor && (wishedClause(view, chain, first) || deniedAct(view, chain, match.head))) return
  // "sent warships to deter China from attacking Taiwan", "blocked Sweden's bid to join NATO": an act kept from
  // happening
  if (!match.anaphor && (preventedAct(view, chain, first) || blockedClause(view, chain, first))) return
  // "warned (Israel) it would / could retaliate": the warner's threat, or no event when another actor is to act;
  // "warned it would not attack" threatens nothing, so the warning and the negated act are coded as they stand
  if (chain.passive && !match.anaphor && !chain.negated && warnedPassive(scan, match, chain)) return
  const unwarned = match.anaphor || chain.passive || chain.negated || match.source
  // "Russia would strike Poland, Medvedev warned": the warning may close the sentence (read for a clause that would
  // otherwise be no act: hypothetical or a mere possibility; "will" is already an intent)
  const unsure = chain.modality === 'hypothetical' || !!chain.unreal
  const warning = unwarned
    ? undefined
    : (warningOf(view, chain, match.head, first) ??
      (unsure ? closingWarning(view, chain, match.head, [first, end]) : undefined))
  if (warning) {
    codeWarned(scan, match, chain, warning)
    return
  }
  const purpose = match.anaphor || chain.passive || match.source ? undefined : purposeOf(scan, chain)
  // "moved troops to the border in order to attack Syria": force aimed at, not used
  const { tables } = scan
  const code = match.item.entry.code
  const force = tables.has(code, 'force') || tables.has(code, 'posture')
  // "a North Korean missile landed in Japan's economic zone": a weapon visits no one
  if (!match.anaphor && tables.has(code, 'meeting') && munitionSubject(view, chain, first)) return
  // "launched an offensive to recapture Marawi": what an act was for is not done, whoever the act's subject is
  const aim = !!purpose || (!match.anaphor && !chain.passive && !match.source && objectPurpose(view, chain, first))
  if (aimedForce(view, chain, force, aim)) return
  // "struck Syria in an effort to stop arms deliveries", "sanctions aimed at cutting off funding": a material act that
  // an aim names was not done (a verbal one, "sent envoys in a bid to broker a ceasefire", is done by trying it)
  if (!match.anaphor && materialAct(tables, code) && statedAim(view, chain, match.head)) return
  if (purpose) {
    codePurpose(scan, match, chain, purpose)
    return
  }
  // "forced a passenger jet to land": the jet lands, the forcer does not
  if (!match.anaphor && !chain.passive && !match.source && forcedThing(view, chain, first)) return
  // "An earthquake killed 300 people in Turkey", "were killed in floods": a disaster, a disease or an accident acts
  // for no one, and the place it struck is no source
  // ("A powerful earthquake in eastern Turkey killed 40 people": Turkey is no subject)
  if (noAgentCause(view, chain, { head: match.head, last: match.last, first, end })) return
  // "Inflation attacked household budgets", "was bombarded with questions": force that strikes no thing, place or
  // people is a figure of speech
  const violent = /^(18|19|20)/.test(code)
  if (violent && figurativeForce(view, scan.wordnet, { match, passive: chain.passive, end })) return
  // the source: ordered, named rules (source-rules.ts)
  const subject = chooseSources({ scan, match, chain, force: tables.has(code, 'force') && !chain.passive })
  // "High prices stopped Kenyan students from attending university": an act only an actor does has no cause as its doer
  if (match.item.entry.doer && !match.anaphor && !match.source && !actorDoer(view, chain, subject)) return
  // "the plan would see Turkey withdraw", "could let Iran enrich": the clause has the modality of the verb it is the
  // object of; a possibility is no event, and what would be is hypothetical
  const governing = complementOf(view, subject, chain, first)
  if (governing?.unreal || permittedAct(view, subject, chain, first)) return
  if (governing?.modality === 'hypothetical') chain = { ...chain, modality: 'hypothetical' }
  if (match.anaphor) {
    const reactor = new Set(subject.map((s) => s.ref.entity))
    const referent = referentEvent(view, { past: scan.told, current: scan.drafts }, match.last, reactor)
    if (!subject.length) return
    if (!referent) {
      // "Poland will build a wall on its border, the government said. Lithuania welcomed the decision": no event was
      // coded, but the move is the previous sentence's subject's
      const mover = previousSubject(view, first, reactor)
      if (mover)
        emit(scan, withFields(triggerOf(match), { object: match.last }), subject, [mover], chain, SURE.previousMove)
      return
    }
    const trigger = withFields(triggerOf(match), { object: match.last, follows: referent.event })
    emit(scan, trigger, subject, referent.actors, chain, SURE.inferred)
    return
  }
  if (chain.passive) {
    // "sanctions were imposed on Iran": a target the pattern read after the verb is the patient
    // "a deal brokered by China between Iran and Saudi Arabia", "was accused by Ukraine of shelling": the by-phrase
    // may stand inside the pattern, before its target or its other words
    const after = findAgent(view, match.last + 1, end)
    const agents = after.length ? after : findAgent(view, match.head + 1, match.target?.[0]!.first ?? match.last + 1)
    const noun = match.target || !agents.length ? undefined : nominalSubject(scan, chain.start)
    const named = patientNamed(view, chain.start, first) ? subject : []
    // "Kharkiv was shelled by Russian forces": a place the KB files under a country stands for it
    const placed = named.length ? undefined : placePatient(view, chain.start, first)
    // "Backed by Russian air strikes, Syrian troops recaptured Palmyra": the main clause's subject undergoes
    const fronted = frontedParticiple(view, match.head, first, end)
    // "Sweden's bid was blocked by Hungary", "Russia's assets were frozen by the EU": the subject's owner undergoes
    // the act, as the possessor of the object does after the active verb ("blocked Sweden's bid")
    const owner = noun || placed || named.length || !agents.length ? [] : subjectOwner(view, chain.start, first)
    const patient =
      match.target ?? fronted ?? (noun ? doersOf(scan, noun) : placed ? [placed] : owner.length ? owner : named)
    // "was put under investigation in Turkey": the authorities of the place act
    const authority =
      agents.length || !tables.has(code, 'authority') ? undefined : placeOfAct(view, match.last + 1, end)
    emit(scan, triggerOf(match), authority ? [authority] : agents, patient, chain, SURE.found)
    return
  }
  if (match.source) {
    emit(scan, triggerOf(match), match.source, subject, chain, SURE.sourceSlot)
    return
  }
  // "Trump ordered the withdrawal of US troops from Syria": a command to one's own forces is their act
  const ordered = ownForcesOrdered(scan, match, subject)
  if (ordered) {
    emit(scan, triggerOf(ordered), subject, ordered.target ?? [], chain, ordered.target ? SURE.slots : SURE.found)
    return
  }
  // "to stop Iran we must work with …": a duty whose subject is a pronoun no actor stands for is the
  // speaker's own, whatever actor the subject search found further back
  const ownDuty = view.tokens[chain.start - 1]?.pos === 'PRON' && !view.actorCover.has(chain.start - 1)
  if (chain.obligation && subject.length && !ownDuty) {
    const before = findSayer(view, subject[0]?.first ?? chain.start, first)
    // "Syria must withdraw its troops, Turkey said": the saying may close the sentence
    const sayers = before?.length ? before : closingSayer(view, match.last + 1, end)
    const own = new Set(subject.map((s) => s.ref.entity))
    // "The panel concluded that Turkey must withdraw": a sayer who is no actor still demands it of Turkey
    const unnamed = before !== undefined && !sayers.length
    if ((sayers.length || unnamed) && !sayers.some((s) => own.has(s.ref.entity))) {
      const trigger = { ...triggerOf(match), code: demandCode(scan.tables, match.item.entry.code) }
      // "Russia must stop attacking Ukraine, Germany said": a demand to stop an act, or not to act, is a demand
      const demand = { ...chain, modality: 'asserted' as const, negated: false, refusal: false }
      emit(scan, trigger, sayers, subject, demand, unnamed ? SURE.inferred : SURE.nominal)
      return
    }
  }
  // the target: ordered, named rules (target-rules.ts)
  const targetsOf = targetCase(scan, match, chain, subject)
  const { exclude } = targetsOf
  const targets = chooseTargets(targetsOf)
  let domestic = tables.has(code, 'ownGovernment')
  const coercion = tables.has(code, 'authority')
  // an act with no object (a resignation) has no target to infer
  // (two sides acting on each other have no place for a target: "signed a ceasefire in Minsk")
  // (no place of another side was found: a place of the subject's own makes the act one at home)
  if (!targets.length && subject.length && !tables.has(code, 'noTarget') && !match.mutual) {
    if (targetsOf.place() || tables.has(code, 'domestic')) domestic = true
    // "told the opposition weekly El Faro to …": a group at home, and no other country in the sentence
    else if (
      domesticObject(view, tables.has(code, 'force'), match.head + 1, end) &&
      !namesOtherActor(view, first, end, exclude)
    )
      domestic = true
  } else if (documentParticiple(view, chain.start)) {
    // "the ministry issued a statement praising India": the document's owner acts, and no actor names it
  } else if (!targets.length && !subject.length && domestic) {
    // "Armed villagers began a sit-in": an unnamed group protests in the only country the sentence names
    const home = soleActor(view, first, end)
    if (home && nominalSubjectBefore(view, first, chain.start)) {
      emit(scan, withFields(triggerOf(match), { domestic }), [home], [], chain, SURE.inferred)
      return
    }
  } else if (
    targets.length &&
    !subject.length &&
    !chain.passive &&
    !tables.has(code, 'force') &&
    !coercion &&
    !unnamedAgent(view, chain.start, first)
  ) {
    // "Striking dockers demanded the resignation of the Kenyan port minister": an unnamed group of the only
    // country the sentence names acts at home (but "riot police fired tear gas at Kenyan protesters": the group
    // named is the one coerced, never the unnamed authority; "Troops will pull out of Mali": agents of no named side)
    const own = new Set(targets.map((t) => t.ref.entity))
    if (
      own.size === 1 &&
      // "Farmers protested against the EU": an organization of states is no crowd's home
      view.kb.entity(targets[0]!.ref.entity)?.kind === 'country' &&
      (tables.has(code, 'request') || !targets.some((t) => otherSideState(view, t))) &&
      !namesOtherActor(view, first, end, own) &&
      // a protest is made at home by whatever crowd makes it ("Thousands rallied …"); other acts only by a group
      // the lexicon places at home ("Protesters accused Merkel"), not by "Analysts" or an unlinked "Republicans"
      (tables.has(code, 'ownGovernment')
        ? nominalSubjectBefore(view, first, chain.start)
        : homeGroupBefore(view, first, chain.start))
    ) {
      emit(
        scan,
        withFields(triggerOf(match), { domestic: true }),
        [countryOf(view, targets[0]!)],
        [],
        chain,
        SURE.inferred,
      )
      return
    }
  }
  // "India and Pakistan accused each other": the subjects act on one another
  // set on the trigger rather than spread into a copy (this runs for every verbal event)
  const trigger = triggerOf(match)
  trigger.domestic = domestic
  if (!trigger.mutual && !targets.length) trigger.mutual = reciprocal(view, match.last + 1)
  const placed = !subject.length && tables.has(code, 'force') ? placeSource(view, first, chain.start) : undefined
  if (placed) {
    emit(scan, trigger, [placed], targets, chain, SURE.inferred)
    return
  }
  emit(scan, trigger, subject, targets, chain, match.target ? SURE.slots : SURE.found)
  return
}

/**
 * The country an actor belongs to, as an actor of its own: an unnamed group acting at home on a person ("Protesters
 * accused Merkel") is of her country, not her.
 */
function countryOf(view: DocView, span: ActorSpan): ActorSpan {
  const { entity, mention } = span.ref
  const code = view.kb.actorCode(entity)
  return { ...span, ref: mention === undefined ? { entity, code } : { entity, mention, code } }
}

/**
 * An infinitive of purpose after the object of an event ("summoned Japan's ambassador to protest"): its doer is the
 * subject of that event. It is coded when it names a target of its own, or when it is what a journey (04) was for;
 * otherwise it restates the event.
 */
function codePurpose(scan: Scan, match: Match, chain: Chain, prior: EventDraft): void {
  const { view, end } = scan
  const subject = [
    ...new Set(scan.drafts.filter((d) => d.head === prior.head && d.source).map((d) => d.source as ActorSpan)),
  ]
  if (!subject.length) return
  const exclude = new Set(subject.map((s) => s.ref.entity))
  const within = match.target ?? findTarget(view, match.head + 1, match.last + 1, exclude)
  const targets = within.some((t) => !exclude.has(t.ref.entity))
    ? within
    : findTarget(view, match.last + 1, end, exclude)
  if (targets.some((t) => !exclude.has(t.ref.entity))) {
    emit(scan, triggerOf(match), subject, targets, chain, SURE.inferred)
    return
  }
  // "sent a team to Bosnia to investigate", "flew to Cairo to mediate": what a journey is for is done where it went
  const { tables } = scan
  if (!tables.has(prior.code, 'meeting') || tables.has(match.item.entry.code, 'meeting')) return
  const visited = [
    ...new Set(scan.drafts.filter((d) => d.head === prior.head && d.target).map((d) => d.target as ActorSpan)),
  ]
  if (visited.length) emit(scan, triggerOf(match), subject, visited, chain, SURE.inferred)
}

/**
 * The action of a warned clause as the warner's threat: "China warned Lithuania it would cut trade ties" is CHN-LTU
 * 1313, not a warning (130) and a cut; "Iran warned that it could strike Israel" is IRN-ISR 1384, though "could"
 * alone is no event. The action's own target comes first ("warned Poland it would strike Ukraine": RUS-UKR), then
 * the one warned, which a threat of conflict also takes over a place ("… it could deploy nuclear weapons in
 * Belarus": RUS-POL). A clause whose subject is another actor ("Iran warned that Israel could attack") is that
 * actor's forecast act: no event, and the warning stays.
 */
function codeWarned(scan: Scan, match: Match, chain: Chain, warning: Warning): void {
  if (!warning.own || !warning.warners.length) return
  const { view, end } = scan
  const exclude = new Set(warning.warners.map((s) => s.ref.entity))
  const other = (spans: ActorSpan[]) => spans.some((t) => !exclude.has(t.ref.entity))
  const warned = warning.warned.filter((t) => !exclude.has(t.ref.entity))
  // a threat of conflict is aimed at the one warned, not at a place ("warned the West it could deploy nuclear
  // weapons in Belarus"), unless the action names its own target ("warned Poland it would strike Ukraine")
  const code = match.item.entry.code
  const aimed = (match.target ?? []).filter((t) => !afterLocative(view, t.first))
  const threatened = warned.length && !other(aimed) && scan.tables.governed('threat', code)
  let targets = threatened ? warned : (match.target ?? [])
  if (!other(targets)) targets = findTarget(view, match.head + 1, match.last + 1, exclude)
  if (!other(targets)) targets = findTarget(view, match.last + 1, end, exclude)
  if (!other(targets)) targets = warned
  // the warning verb's own event ("warned Lithuania", 130) is this threat
  for (let k = scan.drafts.length - 1; k >= 0; k--) if (scan.drafts[k]?.head === warning.verb) scan.drafts.splice(k, 1)
  const threat: Chain = { ...chain, modality: 'intent', threat: true, obligation: false, unreal: false }
  emit(scan, triggerOf(match), warning.warners, targets, threat, match.target ? SURE.sourceSlot : SURE.found)
}

/**
 * A passive with no agent in what a warning says will happen ("the US warned that Syrian officials would be held
 * accountable", "China warned that Taiwan would be crushed"): the warner threatens the one it befalls, with the
 * action's threat form, or the general threat (130) when the action has none. With another actor as its agent it is
 * that actor's act forecast, no event. True when the clause is dealt with here.
 */
function warnedPassive(scan: Scan, match: Match, chain: Chain): boolean {
  const { view, first, end } = scan
  const warning = warningOf(view, chain, match.head, first)
  if (!warning || !warning.warners.length) return false
  // "Russia warned that Ukraine would be attacked by the Taliban": another actor's act forecast, no event
  const agents = findAgent(view, match.last + 1, end)
  if (agents.length) return !agents.some((a) => warning.warners.some((w) => w.ref.entity === a.ref.entity))
  if (warning.own) return false
  // "Syrian officials would be held": the clause's subject, or the actor in its noun phrase
  const patient = view.actorCover.get(chain.start - 1) ?? warning.warned.at(-1)
  if (!patient || warning.warners.some((w) => w.ref.entity === patient.ref.entity)) return false
  const code = scan.tables.governed('threat', match.item.entry.code) ?? scan.tables.general('threat')
  if (!code) return false
  // the warning verb's own event ("warned that …", 130) is this threat
  for (let k = scan.drafts.length - 1; k >= 0; k--) if (scan.drafts[k]?.head === warning.verb) scan.drafts.splice(k, 1)
  const threat: Chain = { ...chain, passive: false, modality: 'intent', threat: true, obligation: false, unreal: false }
  emit(scan, { ...triggerOf(match), code }, warning.warners, [patient], threat, SURE.found)
  return true
}

/** "refrained from doing so": repeats the last verbal event (this sentence or the one before) with a new subject. */
function codeDoSo(scan: Scan, i: number): boolean {
  const { view, first } = scan
  if (!view.words.VERB_PHRASE_PROFORMS.has(view.tokens[i + 1]?.norm ?? '')) return false
  const pool = scan.drafts.some((d) => !d.noun) ? scan.drafts : scan.previous
  const referent = pool.filter((d) => !d.noun).at(-1)
  if (!referent) return false
  const chain = readChain(view, i, first, first)
  const sources = continuesVerbPhrase(view, chain.start, first)
    ? previousSources(scan)
    : findSubject(view, chain.start, first)
  const targets = [
    ...new Set(pool.filter((d) => d.head === referent.head && d.target).map((d) => d.target as ActorSpan)),
  ]
  const trigger = {
    head: i,
    last: i + 1,
    code: referent.code,
    rule: `do so → ${referent.rule}`,
    noun: false,
    mutual: false,
  }
  emit(scan, trigger, sources, targets, chain, SURE.inferred)
  return true
}

/**
 * The last token of a match the scan need not read again: its last, or the token before the nominal event its target
 * is the agent of ("condemned the detention of two Canadians by China"), which is coded in its own right (CHN-CAN).
 */
function nestedStop(match: Match): number {
  return match.nested === undefined ? match.last : match.nested - 1
}

/**
 * "India and Pakistan held negotiations in Agra": an event noun whose other side no phrase names (`sidesObject`), when
 * the support verb has two or more subjects to be its sides.
 */
function sidesAt(scan: Scan, i: number, chain: Chain): Match | undefined {
  const match = sidesObject(scan, i)
  if (!match) return undefined
  const sides = new Set(findSubject(scan.view, chain.start, scan.first).map((s) => s.ref.entity))
  return sides.size > 1 ? match : undefined
}

/** Codes one sentence into drafts, left to right; a matched phrase is not read again. */
export function codeSentence(scan: Scan): void {
  const { view, first, end } = scan
  let consumed = first - 1
  for (let i = first; i < end; i++) {
    if (i <= consumed) continue
    const token = view.tokens[i]
    if (!token) continue
    if (view.words.PRO_VERBS.has(lemmaOf(token)) && codeDoSo(scan, i)) {
      consumed = i + 1
      continue
    }
    // each test below is asked only of a token whose forms have its cue (a verb may always have entries: a WordNet
    // synonym's default)
    const cues = headCues(scan, i)
    const verb = token.pos === 'VERB'
    if (!verb && !(cues & NON_VERB_CUES)) continue
    const governed = cues & (CUE.gerundVerb | CUE.governing) ? governedVerb(scan, i) : undefined
    const entries = verb || cues & (CUE.entry | CUE.objectClass) ? hasEntries(scan, i) : false
    const light = verb && cues & CUE.light ? isLightVerb(scan, i) : false
    // a light verb with no entries of its own is read only when a nominal event follows it
    const nominal = light && !entries && governed === undefined ? lightObject(scan, i) : undefined
    const requestable = cues & CUE.request ? headsRequest(scan, i) : false
    if (!entries && governed === undefined && !nominal && !requestable) continue
    const read = readChain(view, i, first, first)
    // "soldiers captured by Russia": a participle with its agent is a passive without "be"
    // — unless the by-phrase is the pattern's own ("Brazil stood by Venezuela": "stand with|by $TARGET")
    const chain =
      !read.passive && (reducedPassive(view, i) || frontedParticiple(view, i, first, scan.end)) && !byInPattern(scan, i)
        ? { ...read, start: i, passive: true }
        : read
    // "Russian diplomats were expelled": the pattern's object words may stand in the passive's subject
    // "the militia that Iran funds attacked Israel": in an object relative clause the verb's object is the militia
    const own = gappedObject(scan, matchHead(scan, i, chain.passive) ?? passiveObjectMatch(scan, i, chain), chain)
    // a governed action ("pledged to visit") is coded at its own head, with this verb as its modality or negation,
    // unless this verb's own pattern already spans it ("decline to comment")
    if (governed !== undefined && !(own && own.last >= governed) && matchHead(scan, governed, false)) continue
    // "agreed with Moscow to extend the grain deal": the promised action, done with the partner, is the event
    const partnered = own && !chain.passive ? partneredAction(scan, own) : undefined
    if (partnered) {
      consumed = partnered.last
      codeVerb(scan, partnered, promised(chain))
      continue
    }
    // "wants Iran to release …": a request construction, when no entry of the verb matched
    const asked = own || chain.passive || !requestable ? undefined : requestAt(scan, i)
    if (asked) {
      consumed = asked.last
      codeVerb(scan, asked, chain)
      consumed = Math.max(consumed, requestedAction(scan, asked))
      continue
    }
    // "continued military aid to X", "launched an offensive against X": the verb's subject does the nominal event
    // "criticized and sanctioned Iran": a verb shares the object of the verb coordinated after it
    // "engaged in a firefight with India", "announced the lifting of sanctions on Syria": the event noun heading the
    // object outranks a verb entry that skipped it
    const skipped = own && !chain.passive ? skippedEvent(scan, i, own) : undefined
    const match =
      skipped ??
      own ??
      // "warned Israel it would retaliate": the threatened action is aimed at the one warned
      (light || chain.passive ? undefined : warnedAction(scan, i, chain)) ??
      (light && !chain.passive ? (nominal ?? lightObject(scan, i) ?? sidesAt(scan, i, chain)) : undefined) ??
      sharedObjectMatch(scan, i, chain.passive)
    if (!match) continue
    // "a proposal for signing", "charged its neighbour with supporting": a gerund object of a preposition
    // is what another event is about, not an event
    if (match === own && !match.item.entry.noun && gerundObject(view, i, chain)) {
      consumed = match.last
      continue
    }
    if (match !== own) {
      consumed = nestedStop(match)
      codeVerb(scan, match, chain)
      continue
    }
    consumed = match.last
    const before = scan.drafts.length
    if (match.item.entry.noun) codeNoun(scan, match)
    else codeVerb(scan, match, chain)
    // "retaliated against Britain by expelling its diplomats": the means names the act
    if (!match.item.entry.noun) deferToMeans(scan, chain.start, before)
    // "demanded an admission by Moscow that …": what is asked for is not done, so its noun is not read again
    const asks = scan.tables.has(match.item.entry.code, 'request')
    consumed = match.nested === undefined || asks ? Math.max(consumed, requestedAction(scan, match)) : nestedStop(match)
  }
}

export type { EventDraft }
