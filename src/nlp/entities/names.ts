import type { DocIndex } from '../segment/index.js'
import type { TitleTable } from '../../kb/index.js'
import { NOT_NAMES } from './vocabulary.js'

/** Name particles allowed inside a name run: "Mohammed bin Salman", "Ursula von der Leyen". */
const PARTICLES = new Set([
  'bin',
  'bint',
  'al',
  'al-',
  'el',
  'de',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'du',
  'la',
  'le',
])

/**
 * A title of the title table starting at token i ("Foreign Minister", "Secretary of State"), capitalized as titles
 * are before names.
 */
export function titleAt(
  index: DocIndex,
  i: number,
  last: number,
  titles: TitleTable,
): { title: string; last: number } | undefined {
  const { text, tokens, values } = index
  const headValue = values[i]
  if (headValue === undefined) return undefined
  const candidates = titles.byFirst.get(headValue.endsWith('.') ? headValue.slice(0, -1) : headValue)
  if (!candidates) return undefined
  for (const { words, title } of candidates) {
    let j = i
    let ok = true
    for (const word of words) {
      // titles with a final period ("Gen.") may come as one token or as word + "."
      const token = tokens[j]
      if (!token || j >= last) {
        ok = false
        break
      }
      const value = values[j]
      if (value === word) j++
      else if (word.endsWith('.') && value === word.slice(0, -1) && text.slice(token.end, token.end + 1) === '.') j += 2
      else if (word.includes('-') && hyphenated(index, j, last, word)) j += 2 * word.split('-').length - 1
      else {
        ok = false
        break
      }
    }
    if (ok) return { title, last: j }
  }
  return undefined
}

/** A hyphenated title word the tokenizer splits ("Secretary-General": Secretary, -, General), its parts touching. */
function hyphenated(index: DocIndex, j: number, last: number, word: string): boolean {
  const { tokens, values } = index
  const parts = word.split('-')
  if (j + 2 * parts.length - 1 > last) return false
  for (let k = 0; k < parts.length; k++) {
    const at = j + 2 * k
    if (values[at] !== parts[k]) return false
    if (k === parts.length - 1) break
    if (values[at + 1] !== '-' || tokens[at]!.end !== tokens[at + 1]!.start) return false
    if (tokens[at + 1]!.end !== tokens[at + 2]?.start) return false
  }
  return true
}

// Speed: a regular expression literal makes a new object each time it is evaluated, so the patterns of the
// functions that run on every token are made once here.
const CAPITALIZED = /^\p{Lu}[\p{L}'’.-]*$/u
const INITIAL = /^\p{Lu}+\.$/u
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,9}s?$/u
const CAPITALS = /\p{Lu}/gu
const SHOUTED = /^\p{Lu}{2,}$/u
const LOWER_OR_COMMA = /^(?:\p{Ll}+|,)$/u
const LOWER_CAMEL = /^\p{Ll}\p{Lu}\p{Ll}[\p{L}\d]+$/u

function isCapitalizedWord(value: string): boolean {
  return CAPITALIZED.test(value) && !INITIAL.test(value.slice(0, 2) + '.')
}

/** A brand word with a lower-case first letter and a capital second: "iPhone", "zPhone", "eBay" (not "kWh"). */
export function isLowerCamel(value: string): boolean {
  // most words fail on their second letter, checked before the pattern (this runs on every token)
  const second = value.charCodeAt(1)
  return second >= 65 && second <= 90 ? LOWER_CAMEL.test(value) : second > 127 && LOWER_CAMEL.test(value)
}

/** Words that end a company's name: "Talbrook Ltd. Claire Ferrand" is a company and then a person. */
const CORPORATE_SUFFIXES = new Set(['Inc.', 'Inc', 'Ltd.', 'Ltd', 'Corp.', 'Corp', 'LLC', 'PLC', 'plc', 'Co.'])

/** An upper-case abbreviation that names something: "ISIL", "SDF", "KFOR" (not "I", not "A"). */
export function isAcronym(value: string): boolean {
  return ACRONYM.test(value) && (value.match(CAPITALS)?.length ?? 0) >= 2
}

/** True when a neighbouring token is upper case too: a shouted headline ("SYRIA TALKS STALL"), not an acronym. */
function shouted(values: readonly string[], i: number, last: number): boolean {
  const upper = (j: number) => {
    const value = values[j]
    if (value === undefined || j >= last) return false
    return SHOUTED.test(value) && !NOT_NAMES.has(value)
  }
  return upper(i - 1) || upper(i + 1)
}

/** Tags a capitalized word may carry mid-sentence to start a run, and to continue one. */
const MID_SENTENCE_TAGS = new Set(['NOUN', 'VERB', 'ADJ'])
const RUN_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'VERB'])

/**
 * A run of capitalized proper-noun tokens starting at i ("Yoshimasa Hayashi", "Mohammed bin Salman").
 * At a sentence start a capitalized word must be tagged PROPN to start a run.
 */
export function nameRun(
  index: DocIndex,
  i: number,
  last: number,
  sentenceStart = false,
): { first: number; last: number } | undefined {
  const { text, tokens, values } = index
  const first = tokens[i]
  if (!first || i >= last) return undefined
  const firstText = values[i]!
  // a brand word starts a run wherever it stands and whatever the tagger says
  const brand = isLowerCamel(firstText)
  // most tokens are lower-case words or punctuation: turned away before any pattern runs
  const code = firstText.charCodeAt(0)
  if (!brand && (code < 65 || (code > 90 && code < 128))) return undefined
  const acronym = isAcronym(firstText)
  if (acronym && shouted(values, i, last)) return undefined
  if (!acronym && !brand && (!isCapitalizedWord(firstText) || NOT_NAMES.has(firstText))) return undefined
  // mid-sentence, a capital marks a name whatever the tagger says ("Cook said" is tagged as a verb)
  const previous = values[i - 1]
  const midSentence = !sentenceStart && previous !== undefined && LOWER_OR_COMMA.test(previous)
  if (!brand && first.pos !== 'PROPN' && !(midSentence && MID_SENTENCE_TAGS.has(first.pos))) return undefined
  let j = i + 1
  while (j < last && !CORPORATE_SUFFIXES.has(values[j - 1]!)) {
    const token = tokens[j]!
    const value = values[j]!
    // the gap to the previous token: at most one character, and not a line break
    const gapStart = tokens[j - 1]!.end
    const gap = token.start - gapStart
    if (gap > 1 || (gap === 1 && text.charCodeAt(gapStart) === 10)) break
    if ((isCapitalizedWord(value) && !NOT_NAMES.has(value) && RUN_TAGS.has(token.pos)) || isLowerCamel(value)) {
      j++
      continue
    }
    const next = tokens[j + 1]
    if (PARTICLES.has(value) && next && isCapitalizedWord(values[j + 1]!)) {
      j += 2
      continue
    }
    // "al-Assad" tokenized as "al", "-", "Assad"
    const after = tokens[j + 2]
    const joined = next && after && token.end === next.start && next.end === after.start
    if (PARTICLES.has(value) && joined && values[j + 1] === '-' && isCapitalizedWord(values[j + 2]!)) {
      j += 3
      continue
    }
    // "Rolls-Royce", "Hewlett-Packard": capitalized words joined by a hyphen are one name
    const previous = tokens[j - 1]!
    if (value === '-' && previous.end === token.start && next && token.end === next.start && j + 1 < last) {
      const word = values[j + 1]!
      if ((isCapitalizedWord(word) && !NOT_NAMES.has(word)) || isAcronym(word)) {
        j += 2
        continue
      }
      if (j - 1 > i && romanizedSyllable(word)) {
        j += 2
        continue
      }
    }
    break
  }
  return { first: i, last: j }
}

/** Words a compound modifier ends with ("Hong Kong-based", "Sri Lanka-born"), never the end of a given name. */
const MODIFIER_ENDS = new Set([
  'born',
  'run',
  'made',
  'era',
  'wide',
  'free',
  'like',
  'type',
  'style',
  'only',
  'plus',
  'bound',
  'level',
  'scale',
  'size',
  'long',
  'day',
  'year',
  'old',
  'week',
  // "Jabhat Nusra-held", "Cyclone Idai-hit", "Mount Elgon-area": who holds a place, what struck it, the area around it
  'held',
  'hit',
  'area',
  'torn',
  'built',
  'zone',
])

/**
 * The lower-case second half of a romanized East Asian given name after a name's second word ("Kim Dae-jung",
 * "Lee Teng-hui", "Kim Jong-un"): a short word of letters that ends no compound modifier ("-led", "-based").
 */
function romanizedSyllable(word: string): boolean {
  return /^[a-z]{1,5}$/.test(word) && !word.endsWith('ed') && !MODIFIER_ENDS.has(word)
}

/** A person id from a name: "person:" + lower-case hyphenated ASCII. */
export function personId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `person:${slug}`
}
