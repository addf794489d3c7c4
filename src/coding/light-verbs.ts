import type { VerbDictionary } from './dictionary.js'
import { isGapToken, matchesWord } from '../nlp/syntax/index.js'
import { isFreeToken, type Match } from './match.js'
import { matchHead, type Scan } from './sentence.js'

// LIGHT_VERBS (view.words): Verbs that carry on, begin or widen an action named by a noun: "continued military aid to",
// "launched an offensive against", "stepped up attacks on" (class LIGHT_VERBS of data/coding/lexicon/grammar.json). The
// noun's event is coded with the verb's subject and modality.
// SUPPORT_VERBS (view.words): Verbs whose direct object names the event they stand for: "held talks with", "issued
// sanctions against", "engaged in a firefight with", "carried out shelling of" (class SUPPORT_VERBS). Unlike the light
// verbs, the noun must head their object: "gave details of the attack on Kyiv" is no attack by the giver.
// SUPPORT_PARTICLES (view.words): Particles a support verb may take before its object ("engage in", "carry out").
// SIDE_PREPOSITIONS (view.words): Prepositions before the other side of an event noun ("talks with", "a truce
// between"): with no side named, a support verb's coordinated subjects are the sides.
const MAX_LIGHT_OBJECT = 6
const MAX_SUPPORT_OBJECT = 5
/** What may stand between a support verb and the event noun heading its object: "an arrest warrant", "heavy". */
const OBJECT_MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'NOUN', 'PROPN'])

const nounHeadCache = new WeakMap<VerbDictionary, ReadonlySet<string>>()

/** Whether a noun entry is headed by one of the token's forms (the heads are collected once per dictionary). */
function headsNoun(scan: Scan, i: number): boolean {
  let heads = nounHeadCache.get(scan.dictionary)
  if (!heads) {
    const found = new Set<string>()
    for (const [word, items] of scan.dictionary.byHead) if (items.some((x) => x.entry.noun)) found.add(word)
    nounHeadCache.set(scan.dictionary, found)
    heads = found
  }
  for (const form of scan.view.forms[i] ?? []) if (heads.has(form)) return true
  return false
}

function hasForm(scan: Scan, i: number, words: ReadonlySet<string>): boolean {
  return matchesWord(scan.view.forms[i], words)
}

/** Whether the token is a verb that carries (light) or stands for (support) the event of a noun after it. */
export function isLightVerb(scan: Scan, i: number): boolean {
  const token = scan.view.tokens[i]
  if (!token || token.pos !== 'VERB') return false
  return hasForm(scan, i, scan.view.words.LIGHT_VERBS) || hasForm(scan, i, scan.view.words.SUPPORT_VERBS)
}

/** A full match of a noun entry at token k. */
function nounEventAt(scan: Scan, k: number): Match | undefined {
  const token = scan.view.tokens[k]
  if (!token || (token.pos !== 'NOUN' && token.pos !== 'ADJ') || !headsNoun(scan, k)) return undefined
  const match = matchHead(scan, k, false)
  return match?.item.entry.noun && !match.open ? match : undefined
}

/** The nominal event a light verb takes as its object ("continued its military aid to Mozambique"). */
export function lightObject(scan: Scan, i: number): Match | undefined {
  if (hasForm(scan, i, scan.view.words.LIGHT_VERBS)) {
    const found = carriedObject(scan, i)
    if (found) return found
  }
  return hasForm(scan, i, scan.view.words.SUPPORT_VERBS) ? supportObject(scan, i) : undefined
}

/** A noun event within a few modifiers, prepositions or names after an aspectual light verb. */
function carriedObject(scan: Scan, i: number): Match | undefined {
  const { view } = scan
  for (let k = i + 1; k < Math.min(scan.end, i + 1 + MAX_LIGHT_OBJECT); k++) {
    const token = view.tokens[k]
    if (!token || view.actorCover.has(k)) return undefined
    const match = nounEventAt(scan, k)
    if (match) return match
    if (
      !isGapToken(view, k) &&
      !isFreeToken(view, k) &&
      !(k === i + 1 && view.words.LIGHT_VERB_PARTICLES.has(token.norm))
    )
      return undefined
  }
  return undefined
}

/**
 * The event noun heading a support verb's direct object: only determiners, modifiers and compound nouns stand
 * between ("issued an arrest warrant for"); a preposition ends the object ("gave details of the attack").
 */
function supportObject(scan: Scan, i: number): Match | undefined {
  const { view } = scan
  let k = i + 1
  if (view.words.SUPPORT_PARTICLES.has(view.tokens[k]?.norm ?? '')) k++
  for (const last = Math.min(scan.end, k + MAX_SUPPORT_OBJECT); k < last; k++) {
    const token = view.tokens[k]
    if (!token || view.actorCover.has(k)) return undefined
    const match = nounEventAt(scan, k)
    // "filed a genocide case against Israel": an event noun that only modifies the object's head is not its event
    if (match && !modifiesNext(scan, match)) return match
    const possessive = token.pos === 'PRON' && view.words.POSSESSIVE_PRONOUNS.has(token.norm)
    if (!OBJECT_MODIFIER_POS.has(token.pos) && !possessive && !view.timeCover.has(k)) return undefined
  }
  return undefined
}

/**
 * Whether a noun event's head is a modifier of the noun after it ("a genocide case"), which its pattern passed over as
 * a gap rather than read as its next word ("missile attack on $TARGET" reads "attack").
 */
function modifiesNext(scan: Scan, match: Match): boolean {
  const next = match.head + 1
  if (scan.view.tokens[next]?.pos !== 'NOUN' || scan.view.actorCover.has(next)) return false
  const second = match.item.elements[1]
  return second?.kind === 'word' && !matchesWord(scan.view.forms[next], second.words)
}

/**
 * The event noun heading a support verb's object when the verb's own entry matched only by skipping it as a gap:
 * "engaged in a firefight with Pakistan" is a firefight, not "engage with $TARGET". After any other verb, an event
 * noun with an "of" phrase whose own pattern reads the entry's words: "announced the lifting of sanctions on Syria"
 * lifts them ("announce sanction on $TARGET" read past "lifting"). A noun the entry names itself ("carry out attack
 * on $TARGET") keeps the entry.
 */
export function skippedEvent(scan: Scan, i: number, own: Match): Match | undefined {
  const object = supportObject(scan, i)
  if (!object || object.head >= own.lastWord) return undefined
  if (!hasForm(scan, i, scan.view.words.SUPPORT_VERBS) && !nounOfPhrase(scan, object, own)) return undefined
  const forms = scan.view.forms[object.head] ?? []
  const named = own.item.elements.some(
    (element, e) => e > 0 && element.kind === 'word' && forms.some((form) => element.words.has(form)),
  )
  return named ? undefined : object
}

/** "the lifting of sanctions on Syria": a noun event with an "of" phrase, whose match reaches the entry's last word. */
function nounOfPhrase(scan: Scan, object: Match, own: Match): boolean {
  const next = scan.view.tokens[object.head + 1]
  return !!next && scan.view.words.GENITIVE_PREPOSITIONS.has(next.norm) && object.lastWord >= own.lastWord
}

/**
 * "India and Pakistan held negotiations in Agra", "Israel and Hamas agreed a truce": the event noun heading a support
 * verb's object, whose entry takes the other side after "with" or "between" ("negotiation|negotiations with $TARGET"),
 * when none is named: the verb's sides (its coordinated subjects, which the caller checks) act on each other.
 */
export function sidesObject(scan: Scan, i: number): Match | undefined {
  const { view } = scan
  if (!hasForm(scan, i, view.words.SUPPORT_VERBS)) return undefined
  let k = i + 1
  if (view.words.SUPPORT_PARTICLES.has(view.tokens[k]?.norm ?? '')) k++
  for (const last = Math.min(scan.end, k + MAX_SUPPORT_OBJECT); k < last; k++) {
    const token = view.tokens[k]
    if (!token || view.actorCover.has(k)) return undefined
    // "engaged in a clash of views": a noun with an "of" phrase names no event between the sides
    if (token.pos === 'NOUN' && headsNoun(scan, k))
      return view.words.GENITIVE_PREPOSITIONS.has(view.tokens[k + 1]?.norm ?? '') ? undefined : sidesEntry(scan, k)
    if (!OBJECT_MODIFIER_POS.has(token.pos) && !view.timeCover.has(k)) return undefined
  }
  return undefined
}

/** The first noun entry of the token's head that reads "N with|between $TARGET", matched at the noun alone. */
function sidesEntry(scan: Scan, k: number): Match | undefined {
  const { SIDE_PREPOSITIONS } = scan.view.words
  for (const form of scan.view.forms[k] ?? []) {
    for (const item of scan.dictionary.byHead.get(form) ?? []) {
      const [, side, slot, ...rest] = item.elements
      if (!item.entry.noun || rest.length || side?.kind !== 'word' || side.optional) continue
      if (slot?.kind !== 'slot' || slot.role !== 'target' || slot.kinds) continue
      if ([...side.words].every((word) => SIDE_PREPOSITIONS.has(word)))
        return { item, head: k, last: k, lastWord: k, target: [], mutual: true }
    }
  }
  return undefined
}
