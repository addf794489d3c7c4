import { type Chain, type DocView, matchesWord, participleClause } from '../nlp/syntax/index.js'

// NON_AGENT_CAUSES (view.words): Nouns of a natural disaster, a disease or an accident ("an earthquake", "floods",
// "the cholera outbreak", "a bus accident"). What one does is done by no actor: "An earthquake killed 300 people in
// western Turkey" is no event, and the place it struck is not its source.

// ACCIDENT_VERBS (view.words): Intransitive verbs of an accident ("a ferry sank", "a plane crashed"): the participle
// clause after them ("…, killing 30 people") tells what the accident did, not what an actor did.

// MUNITION_NOUNS (view.words): Weapons that are fired or launched at a target ("a missile", "a drone"): one that
// crashes into a place, killing people, struck it ("A Russian missile crashed into a block of flats, killing 9"); one
// that lands in a place visited no one there.

const NOUN_POS = new Set(['NOUN', 'PROPN'])
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PUNCT'])

/**
 * Whether the noun phrase starting at `from` is headed by a non-agent cause: its first run of nouns ends in one of
 * NON_AGENT_CAUSES ("a bus accident", "monsoon rains", "the Ebola outbreak"), or opens with one before names only
 * ("Typhoon Haiyan", "Hurricane Maria"). A run that holds an actor ("Russian forces") is an actor's.
 */
function causePhrase(view: DocView, from: number, to: number): boolean {
  const causes = view.words.NON_AGENT_CAUSES
  let i = from
  while (i < to && MODIFIER_POS.has(view.tokens[i]?.pos ?? '') && !view.actorCover.has(i)) i++
  const start = i
  // "heavy flooding": a cause word the tagger calls a verb still heads the phrase
  while (i < to && (NOUN_POS.has(view.tokens[i]?.pos ?? '') || matchesWord(view.forms[i], causes))) {
    if (view.actorCover.has(i)) return false
    i++
  }
  if (i === start) return false
  if (matchesWord(view.forms[i - 1], causes)) return true
  if (!matchesWord(view.forms[start], causes)) return false
  for (let k = start + 1; k < i; k++) if (view.tokens[k]?.pos !== 'PROPN') return false
  return true
}

/**
 * The first token of the clause the verb group at `start` is in: after a comma, a clause opener, "that" or a
 * subordinator ("Missiles rained on Kyiv as Scholz arrived": the clause of "arrived" is "Scholz arrived").
 */
function clauseStart(view: DocView, start: number, first: number): number {
  const { CLAUSE_OPENERS, COMPLEMENTIZERS, SUBORDINATORS } = view.words
  for (let i = start - 1; i >= first; i--) {
    const norm = view.tokens[i]?.norm ?? ''
    if (norm === ',' || CLAUSE_OPENERS.has(norm) || COMPLEMENTIZERS.has(norm)) return i + 1
    if (!SUBORDINATORS.has(norm)) continue
    const opening = comparisonStart(view, i)
    if (opening === undefined) return i + 1
    i = opening
  }
  return first
}

const COMPARED_POS = new Set(['ADJ', 'ADV'])

/**
 * Where the comparison that the "as" at `i` ends starts ("a cyclone as strong as Nargis", "such as", "as well as"):
 * such an "as" opens no clause. Undefined when the word at `i` is no "as" after an adjective or adverb.
 */
function comparisonStart(view: DocView, i: number): number | undefined {
  if (view.tokens[i]?.norm !== 'as' || !COMPARED_POS.has(view.tokens[i - 1]?.pos ?? '')) return undefined
  return view.tokens[i - 2]?.norm === 'as' ? i - 2 : i - 1
}

/** The first verb of the sentence from `first` on, before `before`: the main clause's verb for a participle clause. */
function firstVerb(view: DocView, first: number, before: number): number | undefined {
  for (let i = first; i < before; i++) {
    const pos = view.tokens[i]?.pos
    if ((pos === 'VERB' || pos === 'AUX') && !view.actorCover.has(i)) return i
  }
  return undefined
}

const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'])

/**
 * Whether the main clause's verb group starting at `verb` ends in one of ACCIDENT_VERBS, and whether an object follows
 * it. Without one the accident befell its subject, whoever's it was: "A Russian jet crashed near the border, killing
 * two Turkish pilots" is no act of Russia's; "Ukraine sank the cruiser, killing …" has an object and a doer.
 */
function accidentVerb(view: DocView, verb: number, before: number): 'intransitive' | 'transitive' | undefined {
  let last = verb
  while (last + 1 < before && ['VERB', 'AUX'].includes(view.tokens[last + 1]?.pos ?? '')) last++
  if (!matchesWord(view.forms[last], view.words.ACCIDENT_VERBS)) return undefined
  return OBJECT_POS.has(view.tokens[last + 1]?.pos ?? '') ? 'transitive' : 'intransitive'
}

const WEAPON_MODIFIER_POS = new Set([...MODIFIER_POS, 'PART'])

/**
 * Whether the subject of the verb group at `chain.start` is a weapon of MUNITION_NOUNS: the noun right before the
 * group, or the first run of nouns of its clause past modifiers and the names that own it ("A North Korean missile
 * landed in the sea inside Japan's economic zone", "Two rockets fired from Lebanon landed in Israel"). A weapon makes
 * no visit and holds no meeting: the caller asks it for a code of meeting (04).
 */
export function munitionSubject(view: DocView, chain: Chain, first: number): boolean {
  if (chain.passive) return false
  const munition = (k: number): boolean => matchesWord(view.forms[k], view.words.MUNITION_NOUNS)
  if (view.tokens[chain.start - 1]?.pos === 'NOUN' && munition(chain.start - 1)) return true
  let i = clauseStart(view, chain.start, first)
  while (i < chain.start && (WEAPON_MODIFIER_POS.has(view.tokens[i]?.pos ?? '') || view.actorCover.has(i))) i++
  let head: number | undefined
  while (i < chain.start && view.tokens[i]?.pos === 'NOUN' && !view.actorCover.has(i)) head = i++
  return head !== undefined && munition(head)
}

/** Whether a word of MUNITION_NOUNS stands in the subject before the main verb: a weapon does not crash by accident. */
function munitionBefore(view: DocView, first: number, verb: number): boolean {
  for (let i = first; i < verb; i++) if (matchesWord(view.forms[i], view.words.MUNITION_NOUNS)) return true
  return false
}

/**
 * Whether the doer of the verb group is a natural disaster, a disease or an accident, and so no actor: the subject
 * before it ("An earthquake killed …"), the main clause's subject or accident for a participle clause ("A landslide
 * buried a village, killing 40 people", "A ferry sank off Indonesia, killing 30"), or, for a passive, the phrase
 * after it ("were killed by an earthquake", "were killed in floods"). The caller asks it whether an actor was found
 * as the subject, or one only in the cause's own phrase ("A powerful earthquake in eastern Turkey killed 40 people").
 */
export function noAgentCause(
  view: DocView,
  chain: Chain,
  at: { head: number; last: number; first: number; end: number },
): boolean {
  const { head, last, first, end } = at
  if (chain.passive) {
    const marker = view.tokens[last + 1]?.norm ?? ''
    const marks = view.words.AGENT_PREPOSITIONS.has(marker) || view.words.INESSIVE_PREPOSITIONS.has(marker)
    return marks && causePhrase(view, last + 2, end)
  }
  if (participleClause(view, chain)) {
    const verb = firstVerb(view, first, chain.start)
    if (verb === undefined) return false
    if (causePhrase(view, first, verb)) return true
    const accident = accidentVerb(view, verb, chain.start)
    if (accident === 'intransitive' && !munitionBefore(view, first, verb)) return true
    // "Ukraine sank the cruiser, killing …" is an actor's act
    for (let i = first; i < verb; i++) if (view.actorCover.has(i)) return false
    return accident === 'transitive'
  }
  // "Heavy flooding killed": the tagger may read the cause as a verb of the group
  let to = chain.start
  while (to < head && matchesWord(view.forms[to], view.words.NON_AGENT_CAUSES)) to++
  const from = clauseStart(view, chain.start, first)
  if (causePhrase(view, from, to) && !verbBefore(view, from, to)) return true
  // "The earthquake that struck Turkey killed 40 people": a relative clause's doer is the phrase it describes
  const pronoun = view.tokens[from - 1]?.norm ?? ''
  if (from - 1 <= first || !(view.words.COMPLEMENTIZERS.has(pronoun) || view.words.RELATIVE_PRONOUNS.has(pronoun)))
    return false
  const described = clauseStart(view, from - 1, first)
  return causePhrase(view, described, from - 1) && !verbBefore(view, described, from - 1)
}

/**
 * Whether a verb other than a cause word stands between the clause's start and the verb group: the cause is then
 * another verb's subject ("The floods forced Pakistan to appeal for aid": Pakistan appeals).
 */
function verbBefore(view: DocView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const pos = view.tokens[i]?.pos
    if ((pos === 'VERB' || pos === 'AUX') && !matchesWord(view.forms[i], view.words.NON_AGENT_CAUSES)) return true
  }
  return false
}
