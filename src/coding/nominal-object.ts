import { type ActorSpan, type DocView, listForward, matchesWord, placeOfAct } from '../nlp/syntax/index.js'

/** How many tokens the patient's phrase of a nominal event may run between "of" and "by". */
const PATIENT_REACH = 8

const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV'])
const PATIENT_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART'])
/** A patient's phrase with its prepositional phrases: "weapons to Taiwan", "an American in Russia". */
const PATIENT_PHRASE_POS = new Set([...PATIENT_POS, 'ADP'])

/** A nominal event heading an object, and the actor its by-phrase names. */
export interface NominalObject {
  /** The event noun's token ("detention"): the nominal event is coded there in its own right. */
  readonly noun: number
  /** The by-phrase's actor: the doer of the nominal event. */
  readonly agent: ActorSpan
}

/**
 * An object that is a nominal event with its agent, "the N of X by Y" from `from` on ("condemned the detention of two
 * Canadians by China", "welcomed the release of the sailors by Iran"): the verb acts on Y, who did N, not on X, to
 * whom it was done. The noun is no person's noun (AGENT_NOUNS, RELATIONAL_NOUNS: "the leader of …"). With `genitive`,
 * the pattern itself read "N of" ("welcome release of $TARGET") and the phrase from `from` on is X's.
 */
export function nominalObject(view: DocView, from: number, end: number, genitive = false): NominalObject | undefined {
  let i = from
  let noun: number | undefined
  if (genitive) {
    noun = from - 2
    if (view.tokens[noun]?.pos !== 'NOUN' || !view.words.GENITIVE_PREPOSITIONS.has(view.tokens[from - 1]?.norm ?? ''))
      return undefined
  } else {
    while (i < end && MODIFIER_POS.has(view.tokens[i]?.pos ?? '') && !view.actorCover.has(i)) i++
    while (i < end && view.tokens[i]?.pos === 'NOUN' && !view.actorCover.has(i) && !view.mentionCover.has(i)) noun = i++
    if (noun === undefined || personNoun(view, noun)) return undefined
    // "condemned the sanctions imposed on Russia by the United States": a thing done, with its doer after a participle;
    // "condemned airstrikes by Israel on Syria": a noun event with its doer
    if (!view.words.GENITIVE_PREPOSITIONS.has(view.tokens[i++]?.norm ?? '')) {
      // (not a patient after "of": "welcomed the release of the hostages by Hamas")
      const patient = view.words.GENITIVE_PREPOSITIONS.has(view.tokens[from - 1]?.norm ?? '')
      const agent = participleAgent(view, i - 1, end) ?? (patient ? undefined : headAgent(view, noun, end)?.[0])
      return agent ? { noun, agent } : undefined
    }
  }
  if (personNoun(view, noun)) return undefined
  const agent = byAgent(view, i, end) ?? custodian(view, noun, i, end)
  return agent ? { noun, agent } : undefined
}

// CUSTODY_NOUNS (view.words): Nouns of what only a state's authorities do to a person (a detention, an arrest, a
// trial, a deportation): with no by-phrase, the country where it was done did it.

/**
 * "condemned the detention of an American in Russia": the authorities of the country named by "in" after the
 * patient's phrase (from `from`) did what a noun of CUSTODY_NOUNS names, as after a passive ("was arrested in
 * Lebanon"); the verb acts on them, not on the one held.
 */
function custodian(view: DocView, noun: number, from: number, end: number): ActorSpan | undefined {
  if (!matchesWord(view.forms[noun], view.words.CUSTODY_NOUNS)) return undefined
  const at = markerAfterPatient(view, from, end, view.words.INESSIVE_PREPOSITIONS)
  return at === undefined ? undefined : placeOfAct(view, at, end)
}

/**
 * The first word of `markers` that closes the patient's phrase starting at `from` (within PATIENT_REACH, over actors,
 * the parts of speech of a patient and its prepositions): "by" in "two Canadians by China", "weapons to Taiwan by the
 * United States", "in" in "an American in Russia".
 */
function markerAfterPatient(
  view: DocView,
  from: number,
  end: number,
  markers: ReadonlySet<string>,
): number | undefined {
  const limit = Math.min(end, from + PATIENT_REACH)
  for (let i = from; i < limit; i++) {
    if (markers.has(view.tokens[i]?.norm ?? '')) return i
    if (!view.actorCover.has(i) && !PATIENT_PHRASE_POS.has(view.tokens[i]?.pos ?? '')) return undefined
  }
  return undefined
}

/** A noun for people who act or are related ("the leader of …"), not a thing done. */
function personNoun(view: DocView, noun: number): boolean {
  const forms = view.forms[noun]
  return matchesWord(forms, view.words.AGENT_NOUNS) || matchesWord(forms, view.words.RELATIONAL_NOUNS)
}

/**
 * The doer of a thing a past participle at `at` describes ("the sanctions imposed on Russia by the United States",
 * "the strikes carried out by Israel"): the actor of the by-phrase that follows, past a particle and a phrase of
 * prepositions and nouns.
 */
function participleAgent(view: DocView, at: number, end: number): ActorSpan | undefined {
  const token = view.tokens[at]
  if (token?.pos !== 'VERB' || !token.norm.endsWith('ed')) return undefined
  // "the strikes carried out by Israel": the participle's particle
  const from = view.words.SUPPORT_PARTICLES.has(view.tokens[at + 1]?.norm ?? '') ? at + 2 : at + 1
  const limit = Math.min(end, at + 1 + PATIENT_REACH)
  for (let i = from; i < limit; i++) {
    if (view.words.AGENT_PREPOSITIONS.has(view.tokens[i]?.norm ?? '')) {
      let j = i + 1
      while (view.tokens[j]?.pos === 'DET' && !view.actorStart.has(j)) j++
      return view.actorStart.get(j)
    }
    if (!view.actorCover.has(i) && !PATIENT_PHRASE_POS.has(view.tokens[i]?.pos ?? '')) return undefined
  }
  return undefined
}

/**
 * The doer named right after a noun event's head, before the rest of its pattern: "airstrikes by Israel on Syria",
 * "airstrikes carried out by Israel on Syria" (a participle of SUPPORT_VERBS, with its particle). The doer and the
 * actors listed with it.
 */
export function headAgent(view: DocView, noun: number, end: number): ActorSpan[] | undefined {
  let i = noun + 1
  if (view.tokens[i]?.pos === 'VERB' && matchesWord(view.forms[i], view.words.SUPPORT_VERBS)) {
    i++
    if (view.words.SUPPORT_PARTICLES.has(view.tokens[i]?.norm ?? '')) i++
  }
  if (!view.words.AGENT_PREPOSITIONS.has(view.tokens[i]?.norm ?? '')) return undefined
  i++
  while (view.tokens[i]?.pos === 'DET' && !view.actorStart.has(i)) i++
  const agent = i < end ? view.actorStart.get(i) : undefined
  return agent ? listForward(view, agent, end) : undefined
}

/** The actor of the by-phrase that closes the patient's phrase starting at `from`: "two Canadians by China". */
function byAgent(view: DocView, from: number, end: number): ActorSpan | undefined {
  const i = markerAfterPatient(view, from, end, view.words.AGENT_PREPOSITIONS)
  // "the release by Iran": no patient
  if (i === undefined || i === from) return undefined
  let j = i + 1
  while (view.tokens[j]?.pos === 'DET' && !view.actorStart.has(j)) j++
  return view.actorStart.get(j)
}

/**
 * Whether an actor a target slot found is marked as an agent ("the shelling of Kharkiv by Russia"): "by" stands
 * before it (past determiners), and it is not the pattern's own last word (`word`), which would mark a target.
 */
export function agentMarked(view: DocView, span: ActorSpan, word: number): boolean {
  let i = span.first - 1
  while (i > word && view.tokens[i]?.pos === 'DET') i--
  return i > word && view.words.AGENT_PREPOSITIONS.has(view.tokens[i]?.norm ?? '')
}
