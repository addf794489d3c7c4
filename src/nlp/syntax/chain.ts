import type { Modality } from '../../document.js'
import type { DocView } from './view.js'
import { lemmaOf, matchesWord, phraseAt } from './words.js'
import { objectRelative } from './relative-clause.js'
import { sideCondition } from './side-condition.js'

/** What the words before a trigger say about it: "have refrained from", "pledged to", "was … by". */
export interface Chain {
  /** First token of the verb group (the subject is looked for before it). */
  readonly start: number
  readonly negated: boolean
  readonly modality: Modality
  readonly passive: boolean
  /** The group holds a word that turns an action into a threat ("threatened to", "warned it would"). */
  readonly threat: boolean
  /** "must" or "should": reported by another actor, the action is their demand ("X said Y must leave"). */
  readonly obligation: boolean
  /** Negated only by a refusing verb ("refused to deploy", "declined to lift"): a rejection in CAMEO. */
  readonly refusal: boolean
  /**
   * A condition or a mere possibility ("if Iran attacks", "unless Iran stops", "could impose", "may retaliate"):
   * nothing was done, promised or threatened, so it is no event; nor is what would have been ("would have imposed").
   * "would" is not one: it reports an intention ("said it would"; the outcome of a condition set on a side, "if Israel
   * attacks, Iran would strike") or, with no sayer and no side's condition, a possibility coded hypothetical.
   */
  readonly unreal?: boolean
  /**
   * The group's governing verb is "prepare" done, not a readiness stated ("the army prepared to shell", "is
   * preparing to attack"; not "is prepared to strike"): CAMEO reads a force act so prepared as a posture (150).
   */
  readonly preparation?: boolean
  /**
   * The group's governing verb tries the action ("tried to seize Kyiv", "attempted to assassinate"; ATTEMPT_VERBS): it
   * is coded as what was done in trying (cameo.json's attempt form: an occupation tried is an attack).
   */
  readonly attempt?: boolean
  /**
   * The intention is a commitment to the side the action goes to ("agreed to send troops to Poland", "offered to",
   * "is ready to"; PLEDGING_WORDS), not a plan or a future ("will send troops to the border"): a show of force so
   * committed is a commitment of forces (cameo.json's pledge form, 0334), not a threat.
   */
  readonly pledge?: boolean
}

/*
 * The words a verb group is read with (`view.words`, data/coding/lexicon/grammar.json and syntax.json): NEGATORS;
 * NEGATING_VERBS, verbs that negate the action they govern ("refrained from imposing", "refused to sign", "stopped
 * shelling"), and among
 * them REFUSING_VERBS, those that say no to someone, as opposed to leaving something undone ("refrained", "failed");
 * INTENT_WORDS, verbs and words that make the action an intention ("pledged to", "will", "plans to": "decided to" is
 * not one, a decision is coded as the act decided, as CAMEO does — "the board decided to let the party register" is
 * 0812); INTENT_NOUNS, nouns of an intention that the verb stating them (INTENT_NOUN_VERBS) makes the subject's
 * ("voiced its readiness to resume talks", "announced plans to impose"); FUTURE_WORDS, auxiliaries of a stated future ("will not accept" refuses, as "refused to accept" does);
 * THREAT_VERBS; HYPOTHETICAL_WORDS, and among them POSSIBILITY_WORDS, the modals of a mere possibility; HEDGES;
 * VERB_GROUP_WORDS; SAY_VERBS, and among them WARNING_VERBS, whose "would" announces a threat ("warned it would
 * retaliate"); STATE_PARTICIPLES, participles that after "be" state where the subject stands rather than what was
 * done to it when one of STATE_PREPOSITIONS (not "by") follows ("Turkey is opposed to the plan", "Japan is
 * committed to", "India remains concerned about"); SAME_FORM_PARTICIPLES, participles spelled as their base form
 * ("was put under investigation", "were hit by shells"); PROMISING_VERBS, verbs whose that-clause states a
 * commitment ("agreed that …", "pledged that …"); OBLIGATION_MODALS and the verbs of a duty before "to",
 * OBLIGATION_VERBS and PAST_OBLIGATION_VERBS ("must", "needs to", "had to"): said by another actor, the duty is a
 * demand.
 */
const CHAIN_POS = new Set(['AUX', 'ADV', 'PART', 'VERB'])

/** "is opposed to": a state of the subject, not a passive. */
function statePredicate(view: DocView, head: number): boolean {
  const { STATE_PARTICIPLES, STATE_PREPOSITIONS } = view.words
  return (
    STATE_PARTICIPLES.has(view.tokens[head]?.norm ?? '') && STATE_PREPOSITIONS.has(view.tokens[head + 1]?.norm ?? '')
  )
}

/** Reads the verb group before token `head` (not before `low`). */
export function readChain(view: DocView, head: number, low: number, sentenceStart: number): Chain {
  const { NEGATORS, NEGATING_VERBS, REFUSING_VERBS, INTENT_WORDS, FUTURE_WORDS, HYPOTHETICAL_WORDS } = view.words
  const { POSSIBILITY_WORDS, HEDGES, VERB_GROUP_WORDS } = view.words
  // "stopped shelling", "avoided attacking": a negating verb right before a gerund governs it
  const gerund = !!view.tokens[head]?.norm.endsWith('ing')
  let negated = false
  let intent = false
  let threat = false
  let hypothetical = false
  let possible = false
  let reported = false
  let obligation = false
  let refusals = 0
  let future = false
  let preparation = false
  let attempt = false
  let pledge = false
  let negations = 0
  let dutyVerbs = 0
  let counterfactual = false
  let start = head
  for (let i = head - 1; i >= low; i--) {
    const token = view.tokens[i]
    if (!token || view.actorCover.has(i)) break
    // "warned on Friday to cut": a time phrase inside the verb group
    if (i < head - 1 && (view.timeCover.has(i) || (token.pos === 'ADP' && view.timeCover.has(i + 1)))) continue
    // "expressed its readiness to send", "announced plans to impose": a stated intention governs the infinitive
    const stater = i < head - 1 ? intentNounVerb(view, i, low) : undefined
    if (stater !== undefined) {
      intent = true
      start = stater
      i = stater
      continue
    }
    if (
      !CHAIN_POS.has(token.pos) &&
      !VERB_GROUP_WORDS.has(token.norm) &&
      !NEGATORS.has(token.norm) &&
      !mistaggedIntent(view, i)
    )
      break
    // "the rebels whom Russia supports attacked …": the relative clause's verb is no part of the main verb's group
    if (
      i === head - 1 &&
      token.pos === 'VERB' &&
      objectRelative(view, groupStart(view, i), sentenceStart) !== undefined
    )
      break
    start = i
    const lemma = lemmaOf(token)
    if (NEGATORS.has(token.norm)) {
      negated = !phraseAt(view, i, view.words.CORRELATIVE_OPENERS)
      if (negated) negations++
    } else if (i < head - 1 && dutyVerb(view, i)) {
      // "needs to release", "has to withdraw", "ought to pay": a duty as "must" states one; in the past ("had to
      // withdraw") a duty another actor stated, else what was done
      dutyVerbs++
      obligation = true
      if (view.words.OBLIGATION_VERBS.has(token.norm)) hypothetical = true
    } else if (NEGATING_VERBS.has(lemma) && (i < head - 1 || gerund)) {
      negated = true
      negations++
      if (REFUSING_VERBS.has(lemma)) refusals++
    } else if (view.words.THREAT_VERBS.has(lemma) && i < head - 1) threat = true
    else if (view.words.ATTEMPT_VERBS.has(lemma) && i < head - 1) attempt = true
    else if (view.words.EXPECTING_VERBS.has(lemma) && view.words.COPULAS.has(lemmaOf(view.tokens[i - 1]))) {
      // "Russia is expected to attack": what others expect, not an intention of the subject
      possible = true
    } else if (INTENT_WORDS.has(lemma) || INTENT_WORDS.has(token.norm)) {
      intent = intent || i < head - 1 || token.pos === 'AUX'
      if (view.words.PREPARING_VERBS.has(lemma) && i < head - 1 && !statedReadiness(view, i)) preparation = true
      if (view.words.PLEDGING_WORDS.has(lemma) && i < head - 1) pledge = true
      if (FUTURE_WORDS.has(token.norm)) future = true
    } else if (view.words.CONDITIONAL_MODALS.has(token.norm)) {
      // "would have imposed sanctions (had Russia invaded)": what would have been was not done
      if (perfectAfter(view, i)) hypothetical = counterfactual = true
      // "warned (that) it would impose sanctions": a warning of one's own action is a threat
      else if (saidBefore(view, sentenceStart, i, view.words.WARNING_VERBS)) intent = future = threat = true
      else if (saidBefore(view, sentenceStart, i)) intent = future = true
      // "If Israel attacks Iran, Iran would strike Israeli cities": the outcome a side sets on another's act is its
      // stated intention, as "will" is (a threat when it is conflictual)
      else if (sideCondition(view, sentenceStart, i, head)) intent = future = true
      else hypothetical = true
    } else if (HYPOTHETICAL_WORDS.has(token.norm)) {
      hypothetical = true
      if (view.words.OBLIGATION_MODALS.has(token.norm)) obligation = true
      if (POSSIBILITY_WORDS.has(token.norm)) possible = true
    } else if (HEDGES.has(token.norm)) reported = true
  }
  // "does not need to release": no duty at all, so nobody demands it
  if (dutyVerbs && negated) obligation = false
  const condition = hasConditionBefore(view, sentenceStart, start, head)
  if (condition) hypothetical = true
  else if ((hypothetical || obligation) && promisedBefore(view, sentenceStart, start)) {
    // "agreed that their countries should cooperate": the modal states what was promised
    intent = true
    hypothetical = obligation = possible = false
  }
  const previous = view.tokens[head - 1]
  const trigger = view.tokens[head]
  const passive =
    !!trigger &&
    !!previous &&
    start < head &&
    view.words.PASSIVE_AUXILIARIES.has(lemmaOf(previous)) &&
    (trigger.norm !== trigger.lemma.toLowerCase() || view.words.SAME_FORM_PARTICIPLES.has(trigger.norm)) &&
    !trigger.norm.endsWith('ing') &&
    !statePredicate(view, head)
  const modality: Modality = hypothetical
    ? 'hypothetical'
    : intent || threat
      ? 'intent'
      : reported
        ? 'reported'
        : 'asserted'
  // "refused to send", "insists it will not admit": saying no to an action, once
  const refusal = negations === 1 && (refusals === 1 || (future && !hypothetical))
  const unreal = condition || counterfactual || (possible && !intent && !threat)
  return {
    start,
    negated,
    modality,
    passive,
    threat,
    obligation,
    refusal,
    unreal,
    ...(preparation ? { preparation } : {}),
    ...(attempt ? { attempt } : {}),
    ...(pledge && !threat ? { pledge } : {}),
  }
}

/** "would have imposed": a perfect after the modal at `i`, not a duty ("would have to withdraw"). */
function perfectAfter(view: DocView, i: number): boolean {
  const next = view.tokens[i + 1]
  return !!next && lemmaOf(next) === 'have' && !view.words.INFINITIVE_MARKERS.has(view.tokens[i + 2]?.norm ?? '')
}

/**
 * "needs to", "has to", "ought to", "had to": a verb of duty right before the infinitive's "to", and a verb after it
 * (adverbs between: "needs to urgently withdraw"); "has to date refused" states no duty (ADVERBIAL_AFTER_TO: the
 * tagger may call "date" a verb).
 */
function dutyVerb(view: DocView, i: number): boolean {
  const norm = view.tokens[i]?.norm ?? ''
  if (!view.words.OBLIGATION_VERBS.has(norm) && !view.words.PAST_OBLIGATION_VERBS.has(norm)) return false
  if (!view.words.INFINITIVE_MARKERS.has(view.tokens[i + 1]?.norm ?? '')) return false
  if (view.words.ADVERBIAL_AFTER_TO.has(view.tokens[i + 2]?.norm ?? '')) return false
  let verb = i + 2
  while (view.tokens[verb]?.pos === 'ADV') verb++
  return ['VERB', 'AUX'].includes(view.tokens[verb]?.pos ?? '')
}

/** "is prepared to", "said it was prepared to": the participle after "be" states a readiness, a verbal act. */
function statedReadiness(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  return !token?.norm.endsWith('ing') && view.words.COPULAS.has(lemmaOf(view.tokens[i - 1]))
}

/** The first token of the auxiliaries and adverbs before a verb: "has long" in "whom Turkey has long supported". */
function groupStart(view: DocView, verb: number): number {
  let i = verb
  while (['AUX', 'ADV', 'PART'].includes(view.tokens[i - 1]?.pos ?? '') && !view.actorCover.has(i - 1)) i--
  return i
}

/** How many determiners, adjectives and possessives may stand between a stating verb and its intention noun. */
const INTENT_NOUN_GAP = 3

/**
 * "voiced its readiness to resume", "announced plans to impose": a noun of intention (INTENT_NOUNS) before "to", the
 * object of a verb that states it (INTENT_NOUN_VERBS), with only determiners, adjectives and possessives between;
 * the stating verb's position, or undefined.
 */
function intentNounVerb(view: DocView, i: number, low: number): number | undefined {
  const token = view.tokens[i]
  if (token?.pos !== 'NOUN' || !view.words.INTENT_NOUNS.has(lemmaOf(token))) return undefined
  if (!view.words.INFINITIVE_MARKERS.has(view.tokens[i + 1]?.norm ?? '')) return undefined
  for (let k = i - 1; k >= low && k >= i - 1 - INTENT_NOUN_GAP; k--) {
    const before = view.tokens[k]
    if (!before) return undefined
    if (before.pos === 'VERB') return view.words.INTENT_NOUN_VERBS.has(lemmaOf(before)) ? k : undefined
    const possessive = view.words.POSSESSIVE_PRONOUNS.has(before.norm)
    if (!possessive && (view.actorCover.has(k) || (before.pos !== 'DET' && before.pos !== 'ADJ'))) return undefined
  }
  return undefined
}

/** "Russia plans to withdraw": an intent verb the tagger calls a noun, right after its subject and before "to". */
function mistaggedIntent(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  return (
    token?.pos === 'NOUN' &&
    view.words.INFINITIVE_MARKERS.has(view.tokens[i + 1]?.norm ?? '') &&
    view.actorEnd.has(i - 1) &&
    view.words.INTENT_WORDS.has(lemmaOf(token))
  )
}

function saidBefore(view: DocView, from: number, to: number, verbs = view.words.SAY_VERBS): boolean {
  for (let i = from; i < to; i++) if (verbs.has(lemmaOf(view.tokens[i]))) return true
  return false
}

/** An "if", "unless" or "in case" that opens the clause the trigger is in, or an inverted auxiliary ("should Iran"). */
function hasConditionBefore(view: DocView, from: number, to: number, head: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const norm = view.tokens[i]?.norm ?? ''
    const { CONDITIONAL_CONJUNCTIONS } = view.words
    if (CONDITIONAL_CONJUNCTIONS.has(norm) || phraseAt(view, i, CONDITIONAL_CONJUNCTIONS)) return true
    if (i > from && invertedCondition(view, i, to, head)) return true
    if (norm === ',' || norm === ';') return false
  }
  return openingInversion(view, from, to)
}

/** "Had Russia attacked Poland, …", "Were Iran to strike, …": an auxiliary opening the sentence before its subject. */
function openingInversion(view: DocView, from: number, to: number): boolean {
  if (!view.words.INVERTING_AUXILIARIES.has(view.tokens[from]?.norm ?? '')) return false
  const subject = view.actorStart.get(from + 1) ?? view.actorStart.get(from + 2)
  return !!subject && subject.last < to
}

/** Words that may end the subject of an inverted condition after its actor: "were Russian forces to attack". */
const SUBJECT_TAIL = new Set(['NOUN', 'PROPN'])

/**
 * An inverted condition inside the sentence, as "if" would open it: after a conjunction, an adverb or "that"
 * ("However, were Russia to attack Poland", "said that should Iran attack") or after the main clause ("would
 * respond should Iran close the strait", "would have attacked had Pakistan not intervened"). An auxiliary before a
 * subject can be other things there, so its subject (an actor, and nouns of its phrase) must run right into the verb
 * group, and the group must take the form of the auxiliary: "to" after SUBJUNCTIVE_AUXILIARIES ("were Russia to
 * attack"), a participle after a past-perfect one ("had Pakistan intervened"; "had Japan host the talks" is
 * causative), a verb after a modal ("should Iran close"). "it had Russian backing to attack" is no condition.
 */
function invertedCondition(view: DocView, at: number, to: number, head: number): boolean {
  const auxiliary = view.tokens[at]?.norm ?? ''
  if (!view.words.INVERTING_AUXILIARIES.has(auxiliary)) return false
  const subject = view.actorStart.get(at + 1) ?? view.actorStart.get(at + 2)
  if (!subject || subject.first > at + 2 || subject.last >= to) return false
  if (view.actorStart.has(at + 2) && !view.actorStart.has(at + 1) && view.tokens[at + 1]?.pos !== 'DET') return false
  for (let k = subject.last + 1; k < to; k++) if (!SUBJECT_TAIL.has(view.tokens[k]?.pos ?? '')) return false
  const group = view.tokens[to]
  if (!group) return false
  if (view.words.INFINITIVE_MARKERS.has(group.norm)) return view.words.SUBJUNCTIVE_AUXILIARIES.has(auxiliary)
  if (view.words.SUBJUNCTIVE_AUXILIARIES.has(auxiliary)) return false
  // "had Pakistan not intervened": past the negator, a verb ("the arms that had Russian markings were seized": no),
  // or the trigger itself, which the tagger may read as a noun after the subject ("should Russia attack")
  let verb = to
  while (view.words.NEGATORS.has(view.tokens[verb]?.norm ?? '')) verb++
  const token = view.tokens[verb]
  if (!token || (verb !== head && token.pos !== 'VERB')) return false
  if (!view.words.PAST_PERFECT_AUXILIARIES.has(auxiliary)) return true
  return token.norm !== lemmaOf(token) || view.words.SAME_FORM_PARTICIPLES.has(token.norm)
}

const PROMISE_REACH = 8

/** Whether the clause before `start` opens with "that" after a promising verb ("agreed on Monday that they …"). */
function promisedBefore(view: DocView, from: number, start: number): boolean {
  for (let i = start - 1; i >= Math.max(from, start - PROMISE_REACH); i--) {
    const token = view.tokens[i]
    if (!token || token.pos === 'VERB' || token.pos === 'PUNCT') return false
    if (!view.words.COMPLEMENTIZERS.has(token.norm)) continue
    for (let j = i - 1; j >= Math.max(from, i - 4); j--) {
      const before = view.tokens[j]
      if (!before) return false
      if (view.words.PROMISING_VERBS.has(lemmaOf(before))) return true
      if (!view.timeCover.has(j) && before.pos !== 'ADV' && before.pos !== 'ADP') return false
    }
    return false
  }
  return false
}

/**
 * The gerund a verb of class GERUND_VERBS governs ("stopped shelling Kyiv", "resumed bombing Lebanon"), after at most
 * two adverbs; a gerund with "of" after it is a noun ("resumed the bombing of", "halted shelling of") and is left to
 * the verb's own entries and to the light verbs.
 */
export function governedGerund(view: DocView, i: number): number | undefined {
  if (!matchesWord(view.forms[i], view.words.GERUND_VERBS)) return undefined
  let j = i + 1
  while (j < i + 3 && view.tokens[j]?.pos === 'ADV') j++
  const token = view.tokens[j]
  if (!token || !token.norm.endsWith('ing') || view.actorCover.has(j)) return undefined
  if (token.pos !== 'VERB' && token.pos !== 'NOUN') return undefined
  return view.words.GENITIVE_PREPOSITIONS.has(view.tokens[j + 1]?.norm ?? '') ? undefined : j
}
