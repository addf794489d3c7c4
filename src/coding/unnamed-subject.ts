import type { Mention } from '../document.js'
import { ethnicGroup, placeActor, type ActorSpan, type DocView, type LocatedSpan } from '../nlp/syntax/index.js'

// The subject of an act that names no actor: a group noun ("Protesters"), an ethnic group, or a common noun phrase
// that says where force struck ("A roadside bomb near Samarra"). Each rule says when such a subject lends the act a
// country, and when it names someone whose country is unknown.

/**
 * Whether an unnamed group noun stands before the verb group in its clause as its subject ("Armed villagers",
 * "Protesters"). A named person, or a title and a name the recognizer could not place ("Vice Foreign Minister Sun
 * Weidong"), is not one: their country is unknown, not the target's.
 */
export function nominalSubjectBefore(view: DocView, from: number, chainStart: number): boolean {
  return unnamedSubject(view, from, chainStart) !== undefined
}

/**
 * Whether the subject before the verb group is a group the lexicon places inside a country (DOMESTIC_GROUPS:
 * "Protesters", "Opposition supporters"; ARMED_GROUPS, the act being no force) or an ethnic group: only such a group
 * is taken for one of the country its act falls on. Other unnamed subjects ("Analysts", "Lawmakers", a party name the
 * linker left open such as "Republicans") may be of any country, so they lend the act no source.
 */
export function homeGroupBefore(view: DocView, from: number, chainStart: number): boolean {
  const subject = unnamedSubject(view, from, chainStart)
  if (!subject) return false
  if (subject.head === undefined) return true
  const { DOMESTIC_GROUPS, ARMED_GROUPS } = view.words
  return (view.forms[subject.head] ?? []).some((f) => DOMESTIC_GROUPS.has(f) || ARMED_GROUPS.has(f))
}

/** The unnamed group subject before the verb group: its head noun, or no head for an ethnic group ("ethnic Albanians"). */
function unnamedSubject(view: DocView, from: number, chainStart: number): { head?: number } | undefined {
  let head: number | undefined
  for (let i = chainStart - 1; i >= from; i--) {
    const token = view.tokens[i]
    if (!token || view.words.CLAUSE_OPENERS.has(token.norm) || token.norm === ',') break
    if (view.timeCover.has(i)) continue
    const mention = view.mentionCover.get(i)
    // a demonym the recognizer could not link may name another country ("the Macedonian army"); "ethnic
    // Albanians" are a group of people
    if (mention && ethnicGroup(view.tokens, mention, firstOf(view, mention, i), view.words)) {
      if (head === undefined) return {}
      continue
    }
    if (mention?.type === 'NATIONALITY') return undefined
    // "The Baltic states condemned Russia": a region or body the KB knows but files under no one country
    if (mention?.entity && !view.actorCover.has(i)) return undefined
    if (mention && namesSomeone(view, mention)) return undefined
    if (head === undefined && (token.pos === 'NOUN' || token.pos === 'PROPN')) head = i
  }
  return head !== undefined && commonNoun(view, head) ? { head } : undefined
}

/** The first token of the mention that covers token `i`. */
function firstOf(view: DocView, mention: Mention, i: number): number {
  let first = i
  while (view.mentionCover.get(first - 1) === mention) first--
  return first
}

/** A person named or titled: a PERSON name or title mention, or a name of several capitalized words. */
function namesSomeone(view: DocView, mention: Mention): boolean {
  if (mention.form === 'pronoun' || mention.form === 'description' || mention.form === 'demonym') return false
  if (mention.type === 'PERSON' || mention.kind === 'person' || mention.entity?.startsWith('person:')) return true
  const words = mention.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w))
  // "Guinea's junta rebuffed Senegal" with Guinea unlinked: a place the KB lacks is another country, not the object's
  // (an unlinked party or group is more often one of the one country the sentence names)
  const place = mention.form === 'name' && mention.type === 'LOCATION'
  return mention.form === 'title' || (!mention.entity && (words.length >= 2 || place))
}

/** A common noun: written in lower case, or capitalized only as the first word of its sentence ("Protesters"). */
function commonNoun(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  if (!token) return false
  const first = view.doc.text.charAt(token.start)
  if (first !== first.toUpperCase()) return true
  return token.pos === 'NOUN' || i === 0 || view.tokens[i - 1]?.sentence !== token.sentence
}

/**
 * Force by an unnamed hand where the subject says where it struck: "A roadside bomb near Samarra killed two
 * soldiers". CAMEO codes such violence to the country of the place, so that country stands as the source. The
 * subject must be a common noun phrase that names no actor, person or nationality.
 */
export function placeSource(view: DocView, first: number, chainStart: number): ActorSpan | undefined {
  let place: LocatedSpan | undefined
  let common = false
  for (let i = chainStart - 1; i >= first; i--) {
    const token = view.tokens[i]
    if (!token || view.words.CLAUSE_OPENERS.has(token.norm) || token.norm === ',' || token.pos === 'VERB') break
    if (view.actorCover.has(i)) return undefined
    const located = view.located.get(i)
    if (located) place = located
    const mention = view.mentionCover.get(i)
    if (mention?.type === 'NATIONALITY' || (mention && !located && namesSomeone(view, mention))) return undefined
    if (token.pos === 'NOUN' && !mention) common = true
  }
  return place && common ? placeActor(place) : undefined
}
