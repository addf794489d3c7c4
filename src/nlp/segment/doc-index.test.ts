import { expect, test } from 'vitest'
import type { Token } from '../../document.js'
import { indexDoc } from './doc-index.js'

// "Ana met Bo. Then left." as tokens: [Ana][met][Bo][.] | [Then][left][.]
const TOKENS: Token[] = [
  [0, 3, 0],
  [4, 7, 0],
  [8, 10, 0],
  [10, 11, 0],
  [12, 16, 1],
  [17, 21, 1],
  [21, 22, 1],
].map(([start, end, sentence]): Token => ({
  start: start!,
  end: end!,
  sentence: sentence!,
  pos: 'X',
  lemma: '',
  norm: '',
}))

const index = indexDoc({ tokens: TOKENS, sentences: [{}, {}, {}] })

test('tokenAt: the first token ending after an offset', () => {
  expect([0, 3, 4, 10, 11, 22].map((offset) => index.tokenAt(offset))).toEqual([0, 1, 1, 3, 4, 7])
})

test('sentenceAt: the sentence of the token starting at an offset, -1 inside a token', () => {
  expect([0, 8, 12, 13].map((offset) => index.sentenceAt(offset))).toEqual([0, 0, 1, -1])
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
