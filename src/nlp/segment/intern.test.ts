import { expect, test } from 'vitest'
import type { Token } from '../../document.js'
import { indexDoc } from './doc-index.js'
import { internedWords, internWord, NO_WORD, wordId, WordIdSet } from './intern.js'

test('internWord: the same id for the same word, distinct ids for distinct words, never NO_WORD', () => {
  const words = ['ceasefire', 'Ceasefire', 'truce', 'cease-fire', 'cease–fire']
  const ids = words.map(internWord)
  expect(new Set(ids).size).toBe(words.length)
  expect(ids).not.toContain(NO_WORD)
  expect(words.map(internWord)).toEqual(ids)
  expect(words.map(wordId)).toEqual(ids)
})

test('wordId: a word no vocabulary holds is NO_WORD and is not added to the table (memory bounded by vocabularies)', () => {
  const before = internedWords()
  const unseen = ['zqxjv-1', 'zqxjv-2', 'zqxjv-3']
  expect(unseen.map(wordId)).toEqual([NO_WORD, NO_WORD, NO_WORD])
  expect(internedWords()).toBe(before)
  // a vocabulary compiled again adds nothing either
  new WordIdSet(['sanction', 'embargo'])
  const after = internedWords()
  new WordIdSet(['sanction', 'embargo'])
  expect(internedWords()).toBe(after)
})

const SET_CASES: [words: string[], asked: string, holds: boolean][] = [
  [['sanction', 'embargo'], 'embargo', true],
  [['sanction', 'embargo'], 'sanction', true],
  [['sanction', 'embargo'], 'Embargo', false],
  [['sanction', 'embargo'], 'embargoes', false],
  [['sanction', 'embargo'], 'truce', false],
  [[], 'truce', false],
]
for (const [words, asked, holds] of SET_CASES) {
  test(`WordIdSet of ${JSON.stringify(words)} ${holds ? 'holds' : 'does not hold'} ${JSON.stringify(asked)}`, () => {
    const set = new WordIdSet(words)
    expect(set.has(wordId(asked))).toBe(holds)
    expect(set.has(NO_WORD)).toBe(false)
  })
}

test('WordIdSet: a word given its id after the set was compiled is not in it', () => {
  const set = new WordIdSet(['blockade'])
  const later = Array.from({ length: 40 }, (_, k) => internWord(`intern-test-later-${k}`))
  expect(later.some((id) => set.has(id))).toBe(false)
  expect(set.has(wordId('blockade'))).toBe(true)
})

function tokensOf(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(/\S+/g)) {
    const value = match[0]
    tokens.push({
      start: match.index,
      end: match.index + value.length,
      sentence: 0,
      pos: 'X',
      lemma: value,
      norm: value,
    })
  }
  return tokens
}

test('DocIndex.normIds: the ids of the tokens norms, the same across documents; NO_WORD for words of no vocabulary', () => {
  const known = ['talks', 'resumed']
  new WordIdSet(known)
  const first = 'talks resumed in Doha zqxjv-9'
  const second = 'zqxjv-9 talks resumed'
  const ids = (text: string) => [...indexDoc({ text, tokens: tokensOf(text), sentences: [] }).normIds]
  const [talks, resumed] = known.map(wordId)
  expect(ids(first)).toEqual([talks, resumed, wordId('in'), wordId('Doha'), NO_WORD])
  expect(ids(second)).toEqual([NO_WORD, talks, resumed])
})
