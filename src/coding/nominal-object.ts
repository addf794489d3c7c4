import { type ActorSpan, type DocView, matchesWord, placeOfAct } from '../nlp/syntax/index.js'

/** How many tokens the patient's phrase of a nominal event may run between "of" and "by". */
const PATIENT_REACH = 8

const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV'])
const PATIENT_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART'])

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
    // "condemned the sanctions imposed on Russia by the United States": a thing done, with its doer after a participle
    if (!view.words.GENITIVE_PREPOSITIONS.has(view.tokens[i++]?.norm ?? '')) {
      const agent = participleAgent(view, i - 1, end)
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
 * The first word of `markers` that closes the patient's phrase starting at `from` (within PATIENT_REACH, over actors
 * and the parts of speech of a patient): "by" in "two Canadians by China", "in" in "an American in Russia".
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
    if (!view.actorCover.has(i) && !PATIENT_POS.has(view.tokens[i]?.pos ?? '')) return undefined
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
  const limit = Math.min(end, at + 1 + PATIENT_REACH)
  for (let i = at + 1; i < limit; i++) {
    if (view.words.AGENT_PREPOSITIONS.has(view.tokens[i]?.norm ?? '')) {
      let j = i + 1
      while (view.tokens[j]?.pos === 'DET' && !view.actorStart.has(j)) j++
      return view.actorStart.get(j)
    }
    if (!view.actorCover.has(i) && !PARTICIPLE_PHRASE_POS.has(view.tokens[i]?.pos ?? '')) return undefined
  }
  return undefined
}

const PARTICIPLE_PHRASE_POS = new Set([...PATIENT_POS, 'ADP'])

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
