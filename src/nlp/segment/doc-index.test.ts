import { expect, test } from 'vitest'
import type { Token } from '../../document.js'
import { docIndex, indexDoc, normalizeToken } from './doc-index.js'

const TEXT = 'Ana met Bo. Then Left’s.'
// [Ana][met][Bo][.] | [Then][Left’s][.]
const TOKENS: Token[] = [
  [0, 3, 0],
  [4, 7, 0],
  [8, 10, 0],
  [10, 11, 0],
  [12, 16, 1],
  [17, 23, 1],
  [23, 24, 1],
].map(([start, end, sentence]): Token => ({
  start: start!,
  end: end!,
  sentence: sentence!,
  pos: 'X',
  lemma: `l${start}`,
  norm: '',
}))
const SENTENCES = [
  { start: 0, end: 11 },
  { start: 12, end: 24 },
  { start: 24, end: 24 },
]

const index = indexDoc({ text: TEXT, tokens: TOKENS, sentences: SENTENCES })

test('tokenAt: the first token ending after an offset', () => {
  expect([0, 3, 4, 10, 11, 24].map((offset) => index.tokenAt(offset))).toEqual([0, 1, 1, 3, 4, 7])
})

test('tokenBefore: the last token starting at or before an offset', () => {
  expect([0, 3, 4, 11, 13, 30].map((offset) => index.tokenBefore(offset))).toEqual([0, 0, 1, 3, 4, 6])
})

test('tokensOf: the tokens a span covers', () => {
  expect(index.tokensOf({ start: 4, end: 10 })).toEqual({ first: 1, last: 3 })
  expect(index.tokensOf({ start: 11, end: 16 })).toEqual({ first: 4, last: 5 })
})

test('tokenStartingAt: the first token starting exactly at an offset, -1 inside a token or between tokens', () => {
  expect([0, 4, 8, 10, 23, 1, 11, 24].map((offset) => index.tokenStartingAt(offset))).toEqual([
    0, 1, 2, 3, 6, -1, -1, -1,
  ])
})

test('tokenStartingAt: the first of tokens sharing a start (a token of no length), and tokens out of order', () => {
  const token = (start: number, end: number): Token => ({ start, end, sentence: 0, pos: 'X', lemma: '', norm: '' })
  const sentences = [{ start: 0, end: 9 }]
  const empty = indexDoc({ text: 'Ana met B', tokens: [token(0, 3), token(4, 4), token(4, 7), token(8, 9)], sentences })
  expect([0, 4, 8, 5].map((offset) => empty.tokenStartingAt(offset))).toEqual([0, 1, 3, -1])
  // not in text order: the binary search cannot be trusted, the tokens are read one by one
  const shuffled = indexDoc({ text: 'Ana met B', tokens: [token(8, 9), token(0, 3), token(4, 7)], sentences })
  expect([8, 0, 4, 2].map((offset) => shuffled.tokenStartingAt(offset))).toEqual([0, 1, 2, -1])
})

test('sentenceAt: the sentence of the token starting at an offset, -1 inside a token', () => {
  expect([0, 8, 12, 13].map((offset) => index.sentenceAt(offset))).toEqual([0, 0, 1, -1])
})

test('sentenceContaining: the sentence whose span holds an offset, -1 between sentences', () => {
  expect([0, 10, 11, 12, 23, 24].map((offset) => index.sentenceContaining(offset))).toEqual([0, 0, -1, 1, 1, -1])
})

test('sentence token ranges, by sentence index and for the sentences with tokens', () => {
  expect(index.sentenceTokens).toEqual([
    [0, 4],
    [4, 7],
    [7, 7],
  ])
  expect(index.tokenSentences).toEqual([
    { first: 0, last: 4 },
    { first: 4, last: 7 },
  ])
})

test('shared arrays: token texts, trie keys (lower case, quotes folded) and lemmas', () => {
  expect(index.values).toEqual(['Ana', 'met', 'Bo', '.', 'Then', 'Left’s', '.'])
  expect(index.keys).toEqual(['ana', 'met', 'bo', '.', 'then', "left's", '.'])
  expect(index.lemmas[5]).toBe('l17')
  // one array, not a new one per reader
  expect(index.keys).toBe(index.keys)
})

test('docIndex: the document’s own index while it covers its tokens, else a new one', () => {
  const doc = { text: TEXT, tokens: TOKENS, sentences: SENTENCES, index }
  expect(docIndex(doc)).toBe(index)
  const fewer = { ...doc, tokens: TOKENS.slice(0, 4) }
  expect(docIndex(fewer)).not.toBe(index)
  expect(docIndex(fewer).values).toEqual(['Ana', 'met', 'Bo', '.'])
})

/** normalizeToken as it was written first: lower case, then curly quotes and dashes folded. */
function foldedKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
}

test('normalizeToken: an ASCII word with capitals is only lowered, the same key as folding it in full', () => {
  expect(['NATO', 'Kyiv', 'U.S.', "Japan's", 'G-7', 'x'].map(normalizeToken)).toEqual([
    'nato',
    'kyiv',
    'u.s.',
    "japan's",
    'g-7',
    'x',
  ])
  // every ASCII character, alone, before and after a capital
  for (let code = 0; code < 128; code++) {
    const c = String.fromCharCode(code)
    for (const word of [c, `A${c}`, `${c}Z`]) expect(normalizeToken(word)).toBe(foldedKey(word))
  }
})

test('normalizeToken: a word with a curly quote, a dash or another non-ASCII letter is still folded', () => {
  for (const word of ['Japan’s', '‘Ana', 'Abu‑Dhabi', 'Erdoğan', 'ÉLYSÉE', 'Kyiv—Lviv', 'İstanbul'])
    expect(normalizeToken(word)).toBe(foldedKey(word))
  expect(normalizeToken('Japan’s')).toBe("japan's")
})
