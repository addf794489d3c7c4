import {
  type ActorSpan,
  type Chain,
  closingSayer,
  type DocView,
  findSubject,
  isPossessiveMarker,
  lastComma,
  lemmaOf,
} from '../nlp/syntax/index.js'

/**
 * A warning that governs the clause of an action: "Iran warned (Israel) (that) it would / could retaliate". The
 * action is the warner's threat (CAMEO 13 with the action's own sub-code) when the clause's subject is the warner:
 * a pronoun ("it", "they"), a phrase of the warner's own ("its forces") or the warner named again. A clause about
 * another actor ("Iran warned that Israel could attack") forecasts that actor's act, which is no event.
 */
export interface Warning {
  /** The warning verb. */
  readonly verb: number
  readonly warners: ActorSpan[]
  /** The actors warned, between the verb and the clause: "warned Lithuania it would …". */
  readonly warned: ActorSpan[]
  /** Whether the clause's subject is the warner, so the action is the warner's threat. */
  readonly own: boolean
}

const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'])
const MAX_REACH = 12

/** Whether the token opens a modal verb group: "would", "could", "might", "may", "will". */
function modalAt(view: DocView, i: number): boolean {
  const norm = view.tokens[i]?.norm ?? ''
  const { FUTURE_WORDS, POSSIBILITY_WORDS, CONDITIONAL_MODALS } = view.words
  return FUTURE_WORDS.has(norm) || POSSIBILITY_WORDS.has(norm) || CONDITIONAL_MODALS.has(norm)
}

/** Whether the verb group before `head` (from `chain.start`) holds a modal. */
function modalGroup(view: DocView, chain: Chain, head: number): boolean {
  for (let k = chain.start; k < head; k++) if (modalAt(view, k)) return true
  return false
}

/** The warning verb governing the clause whose verb group starts at `chain.start`, with what stands between. */
export function warningOf(view: DocView, chain: Chain, head: number, first: number): Warning | undefined {
  if (!modalGroup(view, chain, head)) return undefined
  const spans: ActorSpan[] = []
  let possessive = false
  let verb: number | undefined
  for (let i = chain.start - 1; i >= Math.max(first, chain.start - MAX_REACH); i--) {
    const span = view.actorCover.get(i)
    if (span) {
      if (spans[0] !== span) spans.unshift(span)
      // "its forces could strike": a phrase of the warner's own
      if (view.words.POSSESSIVE_PRONOUNS.has(view.tokens[i]?.norm ?? '')) possessive = true
      continue
    }
    const token = view.tokens[i]
    if (!token) return undefined
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      if (!view.words.WARNING_VERBS.has(lemmaOf(token))) return undefined
      verb = i
      break
    }
    if (view.timeCover.has(i) || view.words.COMPLEMENTIZERS.has(token.norm) || isPossessiveMarker(token)) continue
    if (view.words.POSSESSIVE_PRONOUNS.has(token.norm)) possessive = true
    if (!PHRASE_POS.has(token.pos)) return undefined
  }
  if (verb === undefined) return undefined
  const warners = findSubject(view, verb, first)
  const subject = view.actorCover.get(chain.start - 1)
  const warned = spans.filter((s) => s !== subject && s.mention.form !== 'pronoun')
  return { verb, warners, warned, own: ownSubject(view, chain, warners, possessive) }
}

/**
 * Whether the subject of the warned clause, which ends right before its verb group ("it would", "Israel could", "the
 * army might"), is the warners' side: a pronoun or one of the warners named again. With no actor there, a subject
 * pronoun the recognizer left unlinked counts, or (`possessive`) a phrase of the warner's own ("its forces could").
 * A closing warning's clause is read back from the sentence's end: a subject starting before its `first` token is no
 * part of it.
 */
function ownSubject(view: DocView, chain: Chain, warners: ActorSpan[], possessive: boolean, first = 0): boolean {
  const subject = view.actorCover.get(chain.start - 1)
  if (!subject) return possessive || view.words.SUBJECT_PRONOUNS.has(view.tokens[chain.start - 1]?.norm ?? '')
  if (subject.first < first) return false
  return subject.mention.form === 'pronoun' || warners.some((w) => w.ref.entity === subject.ref.entity)
}

/** How many tokens a closing warning may take: ", the deputy head of Russia's Security Council warned in a post." */
const CLOSING_REACH = 12

/**
 * A warning or a statement that closes the sentence after the clause of an action ("Russia would strike Poland,
 * Medvedev warned", "China would impose sanctions on Japan, the ministry warned"), read as "Medvedev warned that
 * Russia would strike Poland" is: the speaker's threat (or, said of cooperation, intent) when the clause's subject is
 * the speaker's side or a pronoun, else another actor's forecast act, which is no event ("Russia would attack
 * Poland, analysts warned"). A saying verb ("…, Medvedev said") reads so only after "would" or "will", as "said it
 * would" does; "could" or "may" said is a mere possibility. `first` and `end` bound the sentence.
 */
export function closingWarning(
  view: DocView,
  chain: Chain,
  head: number,
  [first, end]: [number, number],
): Warning | undefined {
  if (!modalGroup(view, chain, head)) return undefined
  const comma = lastComma(view, head + 1, end, CLOSING_REACH)
  if (comma < 0) return undefined
  const { WARNING_VERBS, SAY_VERBS } = view.words
  const said = !possibleGroup(view, chain, head)
  for (let verb = comma + 1; verb < end; verb++) {
    const token = view.tokens[verb]
    if (!token || token.pos === 'NOUN') continue
    const lemma = lemmaOf(token)
    const verbs = WARNING_VERBS.has(lemma) ? WARNING_VERBS : said && SAY_VERBS.has(lemma) ? SAY_VERBS : undefined
    if (!verbs) continue
    const warners = closingSayer(view, comma, end, verbs)
    return { verb, warners, warned: [], own: ownSubject(view, chain, warners, false, first) }
  }
  return undefined
}

/** Whether the verb group's modal is one of a mere possibility ("could", "might", "may"), not "would" or "will". */
function possibleGroup(view: DocView, chain: Chain, head: number): boolean {
  for (let k = chain.start; k < head; k++) if (view.words.POSSIBILITY_WORDS.has(view.tokens[k]?.norm ?? '')) return true
  return false
}
