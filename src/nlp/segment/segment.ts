import type { Span, Token } from '../../document.js'
import { contentZones } from '../clean/index.js'
import type { Stage } from '../../pipeline.js'
import { foldForWink } from './fold.js'
import { mendLemma } from './forms.js'
import { its, nlp } from './wink.js'
import { defaultLexicon, wordsOf, type Lexicon } from '../syntax/lexicon.js'

/** Sentences and tokens of a document so far (their texts are the Doc index's `values`, built after segmentation). */
export interface Segments {
  readonly sentences: Span[]
  readonly tokens: Token[]
}

/**
 * Splits one span of the text into sentences and tokens, appended to `into` with offsets into the whole text.
 * `ofVerbs` are the verbs whose own complement is an "of" phrase (class OF_VERBS of data/coding/lexicon/syntax.json:
 * "warning of war", "speaking of peace" stay verbs).
 */
export function segmentSpan(text: string, span: Span, into: Segments, ofVerbs: ReadonlySet<string>): void {
  // wink reads extended Latin letters as plain ones (fold.ts); a token's text is still the text as written
  const slice = foldForWink(text.slice(span.start, span.end))
  const wdoc = nlp.readDoc(slice)
  const words = wdoc.tokens()
  const values = words.out(its.value)
  const pos = words.out(its.pos)
  const ranges = mergeContinuations(wdoc.sentences().out(its.span) as unknown as [number, number][], values)
  const starts: number[] = new Array<number>(values.length)
  const ends: number[] = new Array<number>(values.length)
  let cursor = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    const at = slice.indexOf(value, cursor)
    // wink keeps the original text, so every token is found in order; guard against surprises anyway
    if (at < 0) {
      starts[i] = ends[i] = span.start + cursor
      values[i] = ''
    } else {
      starts[i] = span.start + at
      ends[i] = span.start + at + value.length
      cursor = at + value.length
    }
  }
  const { sentences, tokens } = into
  const from = tokens.length
  for (const [first, last] of ranges) {
    const index = sentences.length
    sentences.push({ start: starts[first] ?? span.start, end: ends[last] ?? span.end })
    for (let i = first; i <= last; i++) {
      const tag = pos[i] ?? 'X'
      let norm: string
      let lemma: string
      if (glued(i, starts, ends, values)) {
        // a part of a contraction ("it's", "can't") reads differently from the same text alone: ask wink
        const item = words.itemAt(i)
        norm = item.out(its.normal)
        lemma = item.out(its.lemma as unknown as typeof its.value)
      } else {
        const word = wordOf(values[i]!, words, i)
        norm = word.norm
        lemma = mendLemma(norm, lemmaOf(word, tag, words, i))
      }
      tokens.push({ start: starts[i] ?? 0, end: ends[i] ?? 0, pos: tag, lemma, norm, sentence: index })
    }
  }
  if (tokens.length - from === values.length) {
    nounAfterTo(tokens, from, words, values)
    gerundBeforeOf(tokens, from, ofVerbs)
  }
}

/**
 * "conducted shelling of Kharkiv", "stepped up shelling of": wink reads a bare -ing word after a verb as a gerund, but
 * a gerund takes its object directly; one followed by "of" is a noun ("the shelling of") — unless a form of "be" or
 * another auxiliary makes it a progressive ("is warning of") or the verb takes "of" itself ("warning of war").
 */
function gerundBeforeOf(tokens: Token[], from: number, ofVerbs: ReadonlySet<string>): void {
  for (let i = from + 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!
    if (token.pos !== 'VERB' || !token.norm.endsWith('ing') || tokens[i + 1]!.norm !== 'of') continue
    const before = tokens[i - 1]!
    if (before.pos === 'AUX' || before.lemma === 'be' || ofVerbs.has(token.lemma)) continue
    tokens[i] = { ...token, pos: 'NOUN', lemma: token.norm }
  }
}

/**
 * "open to talks", "returned to talks with": wink reads "to" as an infinitive marker and the plural after it as a
 * verb, but a verb after "to" is bare, never in its -s form: the word is a noun and "to" a preposition. Only the
 * tokens of this span (from `from` on) are read; `words` and `values` are indexed from the span's first token.
 */
function nounAfterTo(tokens: Token[], from: number, words: ItemsOf, values: string[]): void {
  for (let i = from + 1; i < tokens.length; i++) {
    const token = tokens[i]!
    const before = tokens[i - 1]!
    if (token.pos !== 'VERB' || before.norm !== 'to' || before.pos !== 'PART' || before.sentence !== token.sentence)
      continue
    if (!token.norm.endsWith('s') || token.norm === token.lemma || token.norm.endsWith('ss')) continue
    const word = wordOf(values[i - from]!, words, i - from)
    tokens[i - 1] = { ...before, pos: 'ADP' }
    tokens[i] = { ...token, pos: 'NOUN', lemma: mendLemma(token.norm, lemmaOf(word, 'NOUN', words, i - from)) }
  }
}

/** What wink tells of a word that depends on its text alone (the normal form), and its lemma by part of speech. */
interface Word {
  readonly norm: string
  readonly lemmas: Map<string, string>
}

/**
 * Speed: wink derives a token's normal form from its text and its lemma from its text and POS, through several
 * lookups per token. News repeats its words, so each answer is kept per word text; the cache is dropped when it
 * grows past a bound, so a long run over new vocabulary does not hold it forever. Each worker thread holds its own:
 * with the forms of forms.ts, 50,000 words cost about 36 MB a thread (200,000 cost some 150 MB), and the 50,000
 * most frequent words make up nearly all the tokens of news.
 */
const WORDS = new Map<string, Word>()
export const MAX_WORDS = 50_000

/** Words in the cache now (never more than MAX_WORDS). */
export function wordsCached(): number {
  return WORDS.size
}

function wordOf(value: string, words: ItemsOf, i: number): Word {
  let word = WORDS.get(value)
  if (!word) {
    if (WORDS.size >= MAX_WORDS) WORDS.clear()
    word = { norm: words.itemAt(i).out(its.normal), lemmas: new Map() }
    WORDS.set(value, word)
  }
  return word
}

function lemmaOf(word: Word, pos: string, words: ItemsOf, i: number): string {
  let lemma = word.lemmas.get(pos)
  if (lemma === undefined) {
    lemma = words.itemAt(i).out(its.lemma as unknown as typeof its.value)
    word.lemmas.set(pos, lemma)
  }
  return lemma
}

const WORDISH = /[\p{L}\p{N}]/u

/** Whether token `i` is a word written against another word, with no space between them. */
function glued(i: number, starts: number[], ends: number[], values: string[]): boolean {
  const before = i > 0 && starts[i] === ends[i - 1] && WORDISH.test(values[i - 1]!)
  const after = i + 1 < values.length && ends[i] === starts[i + 1] && WORDISH.test(values[i + 1]!)
  return (before || after) && WORDISH.test(values[i]!)
}

type ItemsOf = ReturnType<ReturnType<typeof nlp.readDoc>['tokens']>

const LOWER_START = /^[a-z]/

/** Rejoins a quote split after "?" or "!" when the next part starts in lower case: '"Will you?" the minister asked.' */
function mergeContinuations(ranges: [number, number][], values: string[]): [number, number][] {
  const merged: [number, number][] = []
  for (const range of ranges) {
    const previous = merged.at(-1)
    const first = values[range[0]] ?? ''
    if (previous && LOWER_START.test(first)) previous[1] = range[1]
    else merged.push([range[0], range[1]])
  }
  return merged
}

/** What the segment stage needs and adds, whichever lexicon it reads. */
const SEGMENT = { name: 'segment', needs: ['zones'], adds: ['sentences', 'tokens'] } as const

/** Splits the headline and body zones into sentences and tokens (with POS and lemmas), reading the lexicon's words. */
export function createSegment({ lexicon }: { readonly lexicon: Lexicon }): Stage {
  const { OF_VERBS } = wordsOf(lexicon)
  return {
    ...SEGMENT,
    run(doc) {
      const into: Segments = { sentences: [], tokens: [] }
      for (const zone of contentZones(doc)) segmentSpan(doc.text, zone, into, OF_VERBS)
      return { sentences: into.sentences, tokens: into.tokens }
    },
  }
}

let shared: Stage | undefined

/**
 * The segment stage with the lexicon of data/coding/lexicon/ (tests and tools; the pipeline makes its own with its
 * lexicon), read at the first document so that importing the module reads no files.
 */
export const segment: Stage = {
  ...SEGMENT,
  run(doc, context) {
    shared ??= createSegment({ lexicon: defaultLexicon() })
    return shared.run(doc, context)
  },
}
