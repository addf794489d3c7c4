import { type Chain, type DocView, lemmaOf, matchesWord, phraseAt } from '../nlp/syntax/index.js'
import type { CodeTables } from './tables.js'

// WISHING_VERBS (view.words): Verbs whose complement says what someone wants, expects, fears or asks for, not what was
// done: in "Ukraine expects Russia to attack", "Japan hopes China will release", "the EU called for Russia to release",
// the attack and the release are no events. (A request verb the dictionary codes takes the action's code as its own:
// request.ts.) A denial is among them: it says the act was not done ("Iran denied that it had sent drones").

// WISH_LINKS (view.words): Words between a wishing verb and the clause it governs: "called for", "hopes that", "pressed
// hard for".
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])
// SUBJECT_PRONOUNS (view.words): Pronouns that may be the subject of the governed clause: "denied that it had sent".
const MAX_PHRASE = 8

/**
 * Whether the verb group starting at `chainStart` is the complement of a wishing verb: the group's subject (a noun
 * phrase or a name) follows the verb, after "that" or "for" at most ("wants Israel to leave", "fears Russia will
 * invade"). Only groups with "to" or a modal are read so: "expects Russia attacked" is not a complement.
 */
export function wishedClause(view: DocView, chain: Chain, first: number): boolean {
  const opener = view.tokens[chain.start]
  if (!opener || (!view.words.INFINITIVE_MARKERS.has(opener.norm) && opener.pos !== 'AUX')) return false
  const walk = walkBackPhrase(view, chain.start - 1, first, undefined, (k) => {
    const token = view.tokens[k]
    const inPhrase = !!token && (PHRASE_POS.has(token.pos) || view.words.SUBJECT_PRONOUNS.has(token.norm))
    return inPhrase && !view.timeCover.has(k) && !governs(view, k)
  })
  if (!walk.steps) return false
  let i = walk.at
  while (i >= first && view.words.WISH_LINKS.has(view.tokens[i]?.norm ?? '')) i--
  return governs(view, i)
}

/** Whether the token is a wishing verb ("Germany fears Russia will …": the tagger may call it a noun after a name). */
function governs(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  if (!token || !matchesWord(view.forms[i], view.words.WISHING_VERBS)) return false
  return token.pos === 'VERB' || (token.pos === 'NOUN' && view.actorEnd.has(i - 1))
}

/** Words that open a purpose right before "to": "in order to", "so as to". */
function purposeOpener(view: DocView, to: number): boolean {
  return phraseAt(view, to - 2, view.words.PURPOSE_OPENERS)
}

/** Tags of the object phrase between a verb and an infinitive of purpose: "launched an offensive to …". */
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PRON', 'PART'])
const MAX_OBJECT = 10

// MEANS_VERBS (view.words): Verbs whose object is the means or the company of the act an infinitive after it names:
// "used drones to attack Kyiv", "joined the United States to strike the Houthis" — the attack was made.

/**
 * Whether the infinitive at `chain.start` is a purpose after a verb's object: "launched an offensive to recapture Marawi",
 * "massed troops on the border to invade". The verb before the object is none that lets its object act
 * (OBJECT_CONTROL_VERBS: "asked Japan to help"), wishes (WISHING_VERBS) or names the means (MEANS_VERBS); the object
 * names a thing or an actor.
 */
export function objectPurpose(view: DocView, chain: Chain, first: number): boolean {
  if (!view.words.INFINITIVE_MARKERS.has(view.tokens[chain.start]?.norm ?? '')) return false
  let nominal = false
  for (let k = chain.start - 1; k >= first && k >= chain.start - MAX_OBJECT; k--) {
    const token = view.tokens[k]
    if (!token || view.timeCover.has(k)) continue
    if (view.actorCover.has(k) || token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ') {
      nominal ||= token.pos !== 'ADJ' || view.tokens[k - 1]?.pos === 'DET'
      continue
    }
    if (token.pos === 'VERB') {
      const forms = view.forms[k]
      return (
        nominal &&
        !matchesWord(forms, view.words.OBJECT_CONTROL_VERBS) &&
        !matchesWord(forms, view.words.WISHING_VERBS) &&
        !matchesWord(forms, view.words.MEANS_VERBS)
      )
    }
    // "deployed police to Haiti to fight": "to" before a noun phrase is a preposition
    const infinitive = view.words.INFINITIVE_MARKERS.has(token.norm) && view.tokens[k + 1]?.pos === 'VERB'
    if (!OBJECT_POS.has(token.pos) || infinitive) return false
  }
  return false
}

/**
 * Force that a purpose clause aims at: "moved troops to the border in order to attack Syria", "sent weapons to Yemen
 * to attack Saudi Arabia" — the attack was not made. (A purpose of words, "summoned the ambassador to protest", is
 * what the summons did, and is coded.) `force`: the code is force or a show of force (traits of the code table).
 */
export function aimedForce(view: DocView, chain: Chain, force: boolean, purpose: boolean): boolean {
  if (!force) return false
  return (
    purpose ||
    (view.words.INFINITIVE_MARKERS.has(view.tokens[chain.start]?.norm ?? '') && purposeOpener(view, chain.start))
  )
}

// AIM_NOUNS (view.words): Nouns of an aim that "in a(n) N to" or "with the N of" opens: "in an effort to", "in a bid to",
// "with the aim of". AIM_PARTICIPLES: participles that say what a thing or an act is for: "aimed at cutting", "designed
// to help", "intended to isolate". AIM_MARKERS: the words after them: "to", "at", "of".

/** How many adjectives may stand between the article and the aim noun: "in a renewed effort to". */
const AIM_NOUN_GAP = 2

/**
 * Whether the verb group at `chain.start` (up to `head`) states an aim rather than an act: "in order to halt", "in a
 * bid to halt", "with the aim of ending", "aimed at cutting off", "is designed to help". What an act was for is not
 * told as done; the caller drops it when its code is a material act (CAMEO's quad classes 2 and 4), while a verbal
 * act an aim names ("in a bid to broker a ceasefire") is done by trying it.
 */
export function statedAim(view: DocView, chain: Chain, head: number): boolean {
  const words = view.words
  const norm = (k: number): string => view.tokens[k]?.norm ?? ''
  // "is designed to help", "are meant to isolate": the participle stands inside the group
  for (let k = chain.start; k < head - 1; k++) {
    if (words.AIM_PARTICIPLES.has(norm(k)) && words.AIM_MARKERS.has(norm(k + 1))) return true
  }
  // the marker opens the group ("to halt") or stands right before it ("at cutting", "of ending")
  const marker = words.INFINITIVE_MARKERS.has(norm(chain.start)) ? chain.start : chain.start - 1
  if (!words.AIM_MARKERS.has(norm(marker))) return false
  if (purposeOpener(view, marker) || words.AIM_PARTICIPLES.has(norm(marker - 1))) return true
  if (!words.AIM_NOUNS.has(lemmaOf(view.tokens[marker - 1]))) return false
  let k = marker - 2
  while (k > marker - 2 - AIM_NOUN_GAP && view.tokens[k]?.pos === 'ADJ') k--
  return view.tokens[k]?.pos === 'DET' && words.AIM_OPENERS.has(norm(k - 1))
}

/** Whether a code is a material act (CAMEO's quad classes 2, material cooperation, and 4, material conflict). */
export function materialAct(tables: CodeTables, code: string): boolean {
  const quad = tables.cameo(code)?.quad
  return quad === 2 || quad === 4
}

/** "Russia denied attacking civilians": an act a denial governs was, by its doer's word, not done. */
export function deniedAct(view: DocView, chain: Chain, head: number): boolean {
  for (let k = chain.start; k < head; k++) if (matchesWord(view.forms[k], view.words.DENIAL_VERBS)) return true
  return false
}

// PREVENTING_VERBS (view.words): Verbs that keep someone from an act: "deter China from attacking", "barred Russia from
// competing", "refrained from striking" — the act after "from" (PREVENTION_MARKERS) was not done.

/**
 * Whether the verb group at `chain.start` is a gerund after "from" that a preventing verb governs, with or without an
 * object between: "sent warships to deter China from attacking Taiwan" has no attack, "was barred from entering" no
 * entry.
 */
export function preventedAct(view: DocView, chain: Chain, first: number): boolean {
  // the verb group may begin at "from" ("from attacking") or right after it
  const marker = view.words.PREVENTION_MARKERS.has(view.tokens[chain.start]?.norm ?? '') ? chain.start : chain.start - 1
  if (!view.words.PREVENTION_MARKERS.has(view.tokens[marker]?.norm ?? '')) return false
  const preventing = (k: number): boolean => matchesWord(view.forms[k], view.words.PREVENTING_VERBS)
  const { at } = walkBackPhrase(view, marker - 1, first, preventing, (k) => {
    const token = view.tokens[k]
    return !!token && (PHRASE_POS.has(token.pos) || token.pos === 'PRON')
  })
  return at >= first && preventing(at)
}

/**
 * Walks back from token `i` over a noun phrase between a verb and what governs it: a name the recognizer found is one
 * step whole, any other token a step while `inPhrase` accepts it. Stops at `first`, after MAX_PHRASE steps, at a token
 * `stop` accepts (tried before the name check) or at one `inPhrase` refuses; says where it stopped and how many steps
 * it took. Shared by the wished and the prevented clause, which differ only in what may stand in the phrase.
 */
function walkBackPhrase(
  view: DocView,
  i: number,
  first: number,
  stop: ((k: number) => boolean) | undefined,
  inPhrase: (k: number) => boolean,
): { at: number; steps: number } {
  let steps = 0
  while (i >= first && steps < MAX_PHRASE && !stop?.(i)) {
    const span = view.actorCover.get(i)
    if (span) {
      i = span.first - 1
      steps++
      continue
    }
    if (!inPhrase(i)) break
    i--
    steps++
  }
  return { at: i, steps }
}
