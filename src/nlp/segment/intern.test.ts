import { expect, test } from 'vitest'
import type { Token } from '../../document.js'
import { indexDoc } from './doc-index.js'
import { formEntryOf, formIdsOf } from './forms.js'
import { internedWords, internWord, NO_WORD, wordId, WordIdSet, wordIdSetOf } from './intern.js'

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

const SANCTIONS = ['sanction', 'tariff', 'quota', 'levy', 'boycott', 'blacklist', 'freeze', 'ban', 'blockade']
const SET_CASES: [words: string[], asked: string, holds: boolean][] = [
  [['sanction', 'embargo'], 'embargo', true],
  [['sanction', 'embargo'], 'sanction', true],
  [['sanction', 'embargo'], 'Embargo', false],
  [['sanction', 'embargo'], 'embargoes', false],
  [['sanction', 'embargo'], 'truce', false],
  [[], 'truce', false],
  // more than a few words: kept as bits rather than a list
  [[...SANCTIONS, 'embargo'], 'embargo', true],
  [[...SANCTIONS, 'embargo'], 'tariff', true],
  [[...SANCTIONS, 'embargo'], 'truce', false],
  [[...SANCTIONS, 'embargo'], 'Embargo', false],
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

test('wordIdSetOf: one compiled set per set of words, holding its words', () => {
  const words = new Set(['ceasefire', 'truce', 'armistice'])
  expect(wordIdSetOf(words)).toBe(wordIdSetOf(words))
  expect(['truce', 'armistice', 'war'].map((word) => wordIdSetOf(words).has(wordId(word)))).toEqual([true, true, false])
})

test("DocIndex.formIds: the ids of each token's forms, looked up again once a vocabulary gives a word its id", () => {
  const text = 'envoys zqxjv-10 mediated'
  const tokens = tokensOf(text).map((token) => ({ ...token, pos: 'NOUN', lemma: token.norm }))
  const index = indexDoc({ text, tokens, sentences: [] })
  const idsOf = (i: number) => [...index.formIds.list.slice(index.formIds.starts[i], index.formIds.starts[i + 1])]
  expect(index.forms[1]).toEqual(['zqxjv-10'])
  expect(idsOf(1)).toEqual([NO_WORD])
  // a vocabulary compiled after the first look-up: the word is not missed
  const set = new WordIdSet(['zqxjv-10'])
  expect(idsOf(1)).toEqual([wordId('zqxjv-10')])
  expect(set.has(idsOf(1)[0]!)).toBe(true)
  expect(idsOf(0)).toEqual(index.forms[0]!.map(wordId))
  expect(idsOf(2)).toEqual(index.forms[2]!.map(wordId))
})

test("issue 13: a word's forms keep their word ids, looked up once until a vocabulary gives one of them its id", () => {
  const token = (start: number): Token => ({
    start,
    end: start + 13,
    sentence: 0,
    pos: 'VERB',
    lemma: 'zqxjv-mediate',
    norm: 'zqxjv-mediated',
  })
  // the same word read twice (in two documents) shares one entry and one look-up
  const entry = formEntryOf(token(0))
  expect(formEntryOf(token(40))).toBe(entry)
  const ids = formIdsOf(entry).ids
  expect(formIdsOf(entry).ids).toBe(ids)
  expect([...ids]).toEqual(entry.forms.map(wordId))
  expect(entry.forms).toContain('zqxjv-mediate')
  expect([...ids].every((id) => id === NO_WORD)).toBe(true)
  // a vocabulary holding the lemma and the norm, compiled since: both ids are found
  new WordIdSet(['zqxjv-mediate', 'zqxjv-mediated'])
  expect([...formIdsOf(entry).ids]).toEqual(entry.forms.map(wordId))
  expect(formIdsOf(entry).ids).toContain(wordId('zqxjv-mediate'))
  expect(formIdsOf(entry).normId).toBe(wordId('zqxjv-mediated'))
  expect(wordId('zqxjv-mediated')).not.toBe(NO_WORD)
})
