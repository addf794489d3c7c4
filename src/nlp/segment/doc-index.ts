import type { Span, Token } from '../../document.js'
import { formEntryOf, formIdsOf, type FormsOf } from './forms.js'
import { internedWords } from './intern.js'

/** Token indexes [first, last) of one sentence. */
export interface TokenRange {
  readonly first: number
  readonly last: number
}

/** The word ids of every token's forms in one list: token i's are `list[starts[i]]` up to `list[starts[i + 1]]`. */
export interface FormIds {
  readonly starts: Int32Array
  readonly list: Int32Array
}

/** What an index is built over: the text and its tokens and sentences (a Doc after segmentation). */
export interface Indexed {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Span[]
}

/**
 * Look-ups over a document's tokens and sentences, built once after segmentation and handed to every later stage
 * (as `doc.index`): the token at an offset, the tokens of a sentence, the sentence of a span, the tokens a span
 * covers, and each token's text, trie key, lemma and base forms as arrays shared by every stage. A view over the token array,
 * as a spaCy `Doc` is: it never copies or changes a token. Tokens come in text order.
 */
export class DocIndex {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Span[]
  /** The text of every token: `values[i] === text.slice(tokens[i].start, tokens[i].end)`. */
  readonly values: readonly string[]
  /** Token ranges of every sentence of `sentences`, by sentence index (empty where a sentence has no token). */
  readonly sentenceTokens: readonly (readonly [number, number])[]
  /** Token ranges of the sentences that have tokens, in order. */
  readonly tokenSentences: readonly TokenRange[]
  private readonly startsAscend: boolean
  /** Whether sentences follow one another without overlapping (as the segmenter makes them). */
  private readonly sentencesAscend: boolean
  private byStart: Map<number, number> | undefined
  private keyArray: readonly string[] | undefined
  private lemmaArray: readonly string[] | undefined
  private entryArray: readonly FormsOf[] | undefined
  private formArray: readonly (readonly string[])[] | undefined
  private normIdArray: Int32Array | undefined
  private formIdLists: FormIds | undefined
  /** The size of the word table when the ids were looked up: a vocabulary compiled since may hold a word they missed. */
  private normIdsAt = -1
  private formIdsAt = -1

  constructor(doc: Indexed) {
    const { text, tokens } = doc
    this.text = text
    this.tokens = tokens
    this.sentences = doc.sentences
    const values = new Array<string>(tokens.length)
    for (let i = 0; i < tokens.length; i++) values[i] = text.slice(tokens[i]!.start, tokens[i]!.end)
    this.values = values
    this.sentenceTokens = sentenceTokensOf(tokens, doc.sentences.length)
    this.tokenSentences = tokenSentencesOf(tokens)
    this.startsAscend = startsAscend(tokens)
    this.sentencesAscend = doc.sentences.every((s, k) => k === 0 || doc.sentences[k - 1]!.end <= s.start)
  }

  /** The trie key of every token: `normalizeToken` of its text (lower case, curly quotes and dashes folded). */
  get keys(): readonly string[] {
    return (this.keyArray ??= this.values.map(normalizeToken))
  }

  /** The lemma of every token. */
  get lemmas(): readonly string[] {
    return (this.lemmaArray ??= this.tokens.map((token) => token.lemma))
  }

  /** Candidate base forms of every token (lemma, lower-case form, suffix-stripped guesses: `formsOf`). */
  get forms(): readonly (readonly string[])[] {
    return (this.formArray ??= this.formEntries.map((entry) => entry.forms))
  }

  /** The cached forms of every token, with their word ids (`formEntryOf`). */
  private get formEntries(): readonly FormsOf[] {
    return (this.entryArray ??= this.tokens.map(formEntryOf))
  }

  /**
   * The word id (`wordId`) of every token's `norm`, looked up once per document: the rules that ask whether a token's
   * word is in a class ask it of the id (`WordIdSet.has`), several times a token, without hashing the word again.
   */
  get normIds(): Int32Array {
    if (!this.normIdArray || this.normIdsAt !== internedWords()) {
      this.normIdsAt = internedWords()
      const entries = this.formEntries
      const ids = new Int32Array(entries.length)
      for (let i = 0; i < entries.length; i++) ids[i] = formIdsOf(entries[i]!).normId
      this.normIdArray = ids
    }
    return this.normIdArray
  }

  /** The word ids (`wordId`) of every token's `forms`, in their order, looked up once per document (as `normIds`). */
  get formIds(): FormIds {
    if (!this.formIdLists || this.formIdsAt !== internedWords()) {
      this.formIdsAt = internedWords()
      const entries = this.formEntries
      const starts = new Int32Array(entries.length + 1)
      for (let i = 0; i < entries.length; i++) starts[i + 1] = starts[i]! + entries[i]!.forms.length
      const list = new Int32Array(starts[entries.length]!)
      for (let i = 0, k = 0; i < entries.length; i++) for (const id of formIdsOf(entries[i]!).ids) list[k++] = id
      this.formIdLists = { starts, list }
    }
    return this.formIdLists
  }

  /** The first token that ends after `offset` (tokens.length when none does). */
  tokenAt(offset: number): number {
    return countUpTo(this.tokens, 'end', offset)
  }

  /** The last token that starts at or before `offset` (0 when none does). */
  tokenBefore(offset: number): number {
    return Math.max(0, countUpTo(this.tokens, 'start', offset) - 1)
  }

  /** The tokens [first, last) a span covers: from the first ending after its start to the last starting before its end. */
  tokensOf(span: Span): TokenRange {
    const { tokens } = this
    const first = this.tokenAt(span.start)
    let last = first
    while (last < tokens.length && tokens[last]!.start < span.end) last++
    return { first, last }
  }

  /** The first sentence whose span holds `offset`, or -1 when none does. */
  sentenceContaining(offset: number): number {
    const { sentences } = this
    if (!this.sentencesAscend) return sentences.findIndex((s) => s.start <= offset && offset < s.end)
    const last = countUpTo(sentences, 'start', offset) - 1
    return last >= 0 && offset < sentences[last]!.end ? last : -1
  }

  /**
   * The first token that starts exactly at `offset`, or -1 when none does (as `tokens.findIndex` by start, by binary
   * search: relate asks it for every event it reads).
   */
  tokenStartingAt(offset: number): number {
    const { tokens } = this
    if (!this.startsAscend) return tokens.findIndex((t) => t.start === offset)
    let k = countUpTo(tokens, 'start', offset) - 1
    if (k < 0 || tokens[k]!.start !== offset) return -1
    // tokens of no length share their start with the next one: the first of them
    while (k > 0 && tokens[k - 1]!.start === offset) k--
    return k
  }

  /** The sentence of the token that starts exactly at `offset`, or -1 when no token starts there. */
  sentenceAt(offset: number): number {
    const { tokens } = this
    if (!this.startsAscend) {
      this.byStart ??= new Map(tokens.map((t) => [t.start, t.sentence]))
      return this.byStart.get(offset) ?? -1
    }
    const token = tokens[countUpTo(tokens, 'start', offset) - 1]
    return token && token.start === offset ? token.sentence : -1
  }
}

/** Builds the index of a document's tokens and sentences. */
export function indexDoc(doc: Indexed): DocIndex {
  return new DocIndex(doc)
}

/**
 * The index of a document: the one the pipeline built after segmentation, or a new one when the document has none
 * (a stage run on its own, in a test) or its tokens or sentences are not the ones it indexes.
 */
export function docIndex(doc: Indexed & { readonly index?: DocIndex }): DocIndex {
  const { index } = doc
  return index && index.tokens === doc.tokens && index.sentences === doc.sentences && index.text === doc.text
    ? index
    : new DocIndex(doc)
}

/** Lower case, with curly quotes and dashes folded so "Japan’s" and "Japan's" meet. */
export function normalizeToken(value: string): string {
  const ascii = asciiKind(value)
  if (ascii === PLAIN_LOWER) return value
  // no curly quote or dash can stand in ASCII: lower case is all (a capitalized word: one in six tokens)
  if (ascii === ASCII) return value.toLowerCase()
  return value
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
}

const PLAIN_LOWER = 0
const ASCII = 1
const OTHER = 2

/** PLAIN_LOWER for a word `normalizeToken` leaves as it is (ASCII, no capital: most words), ASCII for another ASCII one. */
function asciiKind(value: string): number {
  let kind = PLAIN_LOWER
  for (let k = 0; k < value.length; k++) {
    const code = value.charCodeAt(k)
    if (code > 127) return OTHER
    if (code >= 65 && code <= 90) kind = ASCII
  }
  return kind
}

/** How many of `spans` (in order) have their `edge` at or before `offset`, by binary search. */
function countUpTo(spans: readonly Span[], edge: 'start' | 'end', offset: number): number {
  let low = 0
  let high = spans.length
  // one loop per edge, each reading its field by name: `spans[middle][edge]` is a look-up by a key only known at
  // run time, which V8 cannot compile to a field load (the coder and the recognizer ask for tokens by offset often)
  if (edge === 'end') {
    while (low < high) {
      const middle = (low + high) >>> 1
      if (spans[middle]!.end <= offset) low = middle + 1
      else high = middle
    }
  } else {
    while (low < high) {
      const middle = (low + high) >>> 1
      if (spans[middle]!.start <= offset) low = middle + 1
      else high = middle
    }
  }
  return low
}

function startsAscend(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.start < tokens[i - 1]!.start) return false
  return true
}

function sentenceTokensOf(tokens: readonly Token[], sentences: number): [number, number][] {
  const ranges: [number, number][] = new Array<[number, number]>(sentences)
  let i = 0
  for (let s = 0; s < sentences; s++) {
    while (i < tokens.length && tokens[i]!.sentence < s) i++
    const first = i
    while (i < tokens.length && tokens[i]!.sentence === s) i++
    ranges[s] = [first, i]
  }
  return ranges
}

function tokenSentencesOf(tokens: readonly Token[]): TokenRange[] {
  const ranges: { first: number; last: number }[] = []
  for (let i = 0; i < tokens.length; i++) {
    const current = ranges[tokens[i]!.sentence]
    if (current) current.last = i + 1
    else ranges[tokens[i]!.sentence] = { first: i, last: i + 1 }
  }
  return ranges.filter(Boolean)
}
