import type { Token } from '../document.js'
import type { CompiledEntry } from './dictionary.js'
import { meansGerund } from './means.js'
import {
  governedGerund,
  irregularPast,
  looksLikeVerb,
  type DocView,
  phraseAt,
  isPossessiveMarker,
} from '../nlp/syntax/index.js'

/**
 * Whether the token at `i` can head an entry: a noun entry wants a noun, a verb entry a verb — or a word the
 * tagger mislabels after a subject ("Japan supports"), never a participle that modifies the noun after it.
 */
export function acceptsPos(item: CompiledEntry, view: DocView, i: number, modifier?: boolean): boolean {
  return fitsAt(view, i, modifier)(item)
}

/**
 * `acceptsPos` at one token for many entries: whether a noun or a verb entry fits depends on the token alone, so
 * each is worked out once, however many entries the head word has.
 */
export function fitsAt(view: DocView, i: number, modifier?: boolean): (item: CompiledEntry) => boolean {
  const token = view.tokens[i]
  let noun: boolean | undefined
  let verb: boolean | undefined
  return (item) => {
    if (!token) return false
    // "talk/NOUN": a head that names its part of speech takes no other
    const head = item.elements[0]
    if (head?.kind === 'word' && head.pos !== undefined && token.pos !== head.pos && !capitalNoun(view, i, head.pos))
      return false
    if (item.entry.noun) return (noun ??= nounFits(view, i, token))
    // "is open to talks", "was ready for": an adjective after "be" is its predicate — unless the entry asks for one
    if (head?.kind === 'word' && head.pos !== 'ADJ' && predicateAdjective(view, i)) return false
    return (verb ??= verbFits(view, i, token, modifier))
  }
}

/** An adjective, not a participle, right after a form of "be": "is open", "was ready" (but "was isolated"). */
function predicateAdjective(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  if (token?.pos !== 'ADJ' || view.tokens[i - 1]?.lemma !== 'be') return false
  return !/ed$/.test(token.norm) && !irregularPast(token)
}

function nounFits(view: DocView, i: number, token: Token): boolean {
  if (token.pos === 'NOUN' || token.pos === 'PROPN') return true
  // "military aid to": an adjective may head a noun entry whose next word is the noun it modifies
  const next = view.tokens[i + 1]?.pos
  return token.pos === 'ADJ' && (next === 'ADP' || next === 'NOUN')
}

function verbFits(view: DocView, i: number, token: Token, modifier?: boolean): boolean {
  const before = view.tokens[i - 1]
  // "long-threatened invasion": a hyphenated modifier, not a verb
  if (before?.norm === '-') return false
  if (modifier ?? participleModifier(view, i)) return false
  if (token.pos === 'VERB' || token.pos === 'AUX') return true
  if (token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'PROPN') return false
  // "retaliated by expelling its diplomats": a means gerund with its object is a verb
  if (meansGerund(view, i)) return true
  // wink tags some verbs after a subject as nouns or adjectives: "Japan supports", "Syrian guards tortured"
  if (!before || before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'ADP' || before.pos === 'NUM')
    return false
  if ((before.pos === 'PRON' && view.words.POSSESSIVE_PRONOUNS.has(before.norm)) || isPossessiveMarker(before))
    return false
  if (before.pos === 'AUX' || view.words.INFINITIVE_MARKERS.has(before.norm)) return true
  // "Lebanon reported strikes by Israel", "condemned attacks on Homs": a plural noun right after a verb is its object,
  // not a second verb
  if (before.pos === 'VERB' && token.pos === 'NOUN' && /[^s]s$/.test(token.norm)) return false
  // "the NATO meeting": a gerund-like noun after a name is a noun; "resumed bombing Lebanon": a verb's gerund is not
  if (token.norm.endsWith('ing')) return governedGerund(view, i - 1) === i
  if (view.actorEnd.has(i - 1)) return true
  // "Israeli soldiers shot dead …": an irregular past after a plural noun is its verb
  if (irregularPast(token) && before.pos === 'NOUN' && before.norm.endsWith('s')) return true
  return /ed$/.test(token.norm) || (looksLikeVerb(token) && before.pos !== 'NOUN')
}

/** "Criticism of Israel grew": the tagger calls a capitalized noun opening a sentence a proper noun. */
function capitalNoun(view: DocView, i: number, pos: string): boolean {
  if (pos !== 'NOUN' || view.tokens[i]?.pos !== 'PROPN') return false
  const before = view.tokens[i - 1]
  return !before || before.pos === 'PUNCT'
}

const MODIFIED_POS = new Set(['NOUN', 'PROPN', 'ADJ'])

const BEFORE_MODIFIER_POS = new Set(['DET', 'ADJ', 'ADP'])

/** "the occupied territories", "by armed men": a past participle between a determiner and a noun modifies the noun. */
export function participleModifier(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  const before = view.tokens[i - 1]
  const next = view.tokens[i + 1]
  if (!token || !next) return false
  // "Suspected militants attacked …", "Masked gunmen …": a past participle opening its sentence before a noun
  if (!before || before.sentence !== token.sentence)
    return token.norm.endsWith('ed') && MODIFIED_POS.has(next.pos) && next.sentence === token.sentence
  // fixed compounds where a verb form modifies the noun after it: "armed forces", "arms inspectors"
  if (view.words.COMPOUND_MODIFIERS.has(token.norm)) return phraseAt(view, i, view.words.FIXED_COMPOUNDS)
  if (!BEFORE_MODIFIER_POS.has(before.pos) || !MODIFIED_POS.has(next.pos) || !token.norm.endsWith('ed')) return false
  return !view.actorCover.has(i + 1) || before.pos === 'DET'
}
