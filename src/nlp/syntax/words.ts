import type { Token } from '../../document.js'
import type { WordIdSet } from '../segment/index.js'
import type { DocView } from './view.js'

/** A pattern word matches a token when any of the token's candidate base forms is one of its words. */
export function matchesWord(forms: readonly string[] | undefined, words: ReadonlySet<string>): boolean {
  if (!forms) return false
  for (const form of forms) if (words.has(form)) return true
  return false
}

/** `matchesWord` by word ids: whether one of token `i`'s forms (`view.index.formIds`) is in `set` (false off the tokens). */
export function hasFormIn(view: DocView, i: number, set: WordIdSet): boolean {
  const { starts, list } = view.index.formIds
  if (!(i >= 0 && i < view.tokens.length)) return false
  for (let k = starts[i]!; k < starts[i + 1]!; k++) if (set.has(list[k]!)) return true
  return false
}

export function lemmaOf(token: Token | undefined): string {
  return token ? token.lemma.toLowerCase() : ''
}

/** Whether the two tokens from `i` on are a fixed phrase of a class of phrases ("each other", "in order"). */
export function phraseAt(view: DocView, i: number, phrases: ReadonlySet<string>): boolean {
  const a = view.tokens[i]
  const b = view.tokens[i + 1]
  if (!a || !b) return false
  return hasPhrase(phrases, a.norm, b.norm)
}

/**
 * Whether `${first} ${second}` is one of `phrases`, looked up by the two words rather than by a string joined for
 * each call (speed: the coder asks this of every form of the tokens it reads).
 */
export function hasPhrase(phrases: ReadonlySet<string>, first: string, second: string): boolean {
  // a word with a space of its own is compared whole (no token has one: the segmenter splits at spaces)
  if (first.includes(' ')) return phrases.has(`${first} ${second}`)
  return secondWordsOf(phrases).get(first)?.has(second) ?? false
}

const secondWords = new WeakMap<ReadonlySet<string>, ReadonlyMap<string, ReadonlySet<string>>>()

/**
 * A class's phrases by their first word: the rest after the first space, under the words before it. Speed: the
 * coder asks `phraseAt` at most tokens it walks back over (about 1.6 calls a token), and most tokens open no phrase,
 * so one look-up by the word rules them out where joining the two words made a new string for every call. A class's
 * words are read once and never change.
 */
function secondWordsOf(phrases: ReadonlySet<string>): ReadonlyMap<string, ReadonlySet<string>> {
  let byFirst = secondWords.get(phrases)
  if (!byFirst) {
    const map = new Map<string, Set<string>>()
    for (const phrase of phrases) {
      const space = phrase.indexOf(' ')
      if (space < 0) continue
      const first = phrase.slice(0, space)
      let rest = map.get(first)
      if (!rest) map.set(first, (rest = new Set()))
      rest.add(phrase.slice(space + 1))
    }
    byFirst = map
    secondWords.set(phrases, byFirst)
  }
  return byFirst
}

export function isPossessiveMarker(token: Token | undefined): boolean {
  return !!token && (token.norm === "'s" || token.norm === '’s' || token.norm === "'" || token.norm === '’')
}

/*
 * The sentence layer's word classes are read from the view (`view.words`, data/coding/lexicon/syntax.json):
 * POSSESSIVE_PRONOUNS; LIST_JOINERS, the words that join the members of an actor list, and LIST_CLOSERS, the
 * conjunctions that close one ("A, B and C", "A, B, plus C"); CLAUSE_OPENERS, tokens that start a new clause (the
 * subject of a verb is not looked for before them); AGENT_NOUNS, nouns for people or bodies that act for what an
 * "of" after them names ("leaders of the Group of Seven" act as the Group of Seven, "the head of the IAEA" as the
 * IAEA; other heads, "the communities of a region of Georgia", "the capital of France", only modify the subject);
 * OBJECT_PREPOSITIONS, prepositions whose object is not a subject ("talks in Japan", "sanctions on Russia").
 */

const ORDINAL = /^\d+(?:st|nd|rd|th)$/

/** A token the matcher may skip between pattern words: modifiers, determiners, prepositions. */
export function isGapToken(view: DocView, i: number): boolean {
  const { tokens } = view
  const token = tokens[i]
  if (!token) return false
  // ordinals are modifiers whatever the tagger calls them ("the 32nd member" is tagged PRON)
  // (a digit first: most words are turned away before the pattern runs)
  const first = token.norm.charCodeAt(0)
  if (first >= 48 && first <= 57 && ORDINAL.test(token.norm)) return true
  switch (token.pos) {
    case 'DET':
    case 'ADJ':
    case 'NOUN':
    case 'PROPN':
    case 'ADV':
    case 'NUM':
    case 'ADP':
    case 'PART':
      return !view.wordIds.NEGATIVE_PARTICLES.has(view.index.normIds[i]!)
    case 'PRON':
      return view.wordIds.POSSESSIVE_PRONOUNS.has(view.index.normIds[i]!)
    case 'CCONJ': {
      // coordinated modifiers: "air and missile strikes"
      const before = tokens[i - 1]?.pos
      const after = tokens[i + 1]?.pos
      return (
        view.wordIds.COORDINATING_CONJUNCTIONS.has(view.index.normIds[i]!) &&
        (before === 'NOUN' || before === 'ADJ') &&
        (after === 'NOUN' || after === 'ADJ')
      )
    }
    case 'PUNCT':
      return token.norm === '-' || token.norm === '–' || token.norm === '"' || token.norm === '“' || token.norm === '”'
    case 'VERB': {
      // attributive participles: "the increased involvement", "opposed the planned cuts"
      const previous = tokens[i - 1]
      const next = tokens[i + 1]
      if (previous && (previous.pos === 'DET' || previous.pos === 'ADJ' || previous.pos === 'ADV')) return true
      // either half of a hyphenated modifier: "war-torn", "rebel-held"
      if (next?.norm === '-' && tokens[i + 2]?.start === next.end && next.start === token.end) return true
      if (previous?.norm === '-' && previous.start === tokens[i - 2]?.end && previous.end === token.start) return true
      return token.norm.endsWith('ed') && !!next && (next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'PROPN')
    }
    default:
      return false
  }
}

/** Parts of speech a noun phrase is made of (determiners, adjectives, numbers, nouns, names): an object's words. */
export const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'])
