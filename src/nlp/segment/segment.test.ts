import { expect, test } from 'vitest'
import { docOf } from '../../document.js'
import { formsCached, formsOf, MAX_FORMS } from './forms.js'
import type { Stage } from '../../pipeline.js'
import { defaultLexicon } from '../syntax/lexicon.js'
import { createSegment, MAX_WORDS, segment, wordsCached } from './segment.js'

const CASES: [text: string, sentences: number][] = [
  ['Dr. Ana Ruiz met the U.S. envoy. They spoke for an hour.', 2],
  ['"Will you sign?" the minister asked. The envoy said no.', 2],
  ['The talks in Geneva ended on Friday without a deal.', 1],
]

function bodyDoc(text: string) {
  return docOf(text, { zones: [{ start: 0, end: text.length, kind: 'body' }] })
}

for (const [text, count] of CASES) {
  test(`segment() finds ${count} sentences in ${JSON.stringify(text)}`, () => {
    expect(segment.run(bodyDoc(text), { report: () => {} }).sentences).toHaveLength(count)
  })
}

test('segment() gives token spans that slice to the token text, with POS and lemma', () => {
  const text = 'Japan’s envoy met Finnish officials in Brussels.'
  const { tokens = [] } = segment.run(bodyDoc(text), { report: () => {} })
  expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
    'Japan',
    '’s',
    'envoy',
    'met',
    'Finnish',
    'officials',
    'in',
    'Brussels',
    '.',
  ])
  expect(tokens.find((t) => t.norm === 'met')?.lemma).toBe('meet')
  expect(tokens[0]?.pos).toBe('PROPN')
})

test('segment() reads headline and body zones, never debris, with offsets into the whole text', () => {
  const text = 'Headline here\n\n12\n\nThe minister spoke. He left.'
  const body = text.indexOf('The')
  const doc = docOf(text, {
    zones: [
      { start: 0, end: 13, kind: 'headline' },
      { start: 15, end: 17, kind: 'debris' },
      { start: body, end: text.length, kind: 'body' },
    ],
  })
  const { sentences = [] } = segment.run(doc, { report: () => {} })
  expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Headline here', 'The minister spoke.', 'He left.'])
})

test('segment() reads a word the same wherever it stands, but a contraction part by its contraction', () => {
  const run = (text: string) => segment.run(bodyDoc(text), { report: () => {} }).tokens ?? []
  // read twice: the second reading comes from the remembered words and must not differ
  for (let pass = 0; pass < 2; pass++) {
    const tokens = run("It's late. Japan's talks failed. The leaves fell; the envoy leaves Kyiv. They can't wait.")
    const forms = tokens.map((t) => [t.norm, t.lemma, t.pos].join('/'))
    expect(forms[1]).toBe('is/be/AUX')
    expect(forms).toContain("'s/'s/PART")
    expect(tokens.filter((t) => t.norm === 'leaves').map((t) => [t.pos, t.lemma])).toEqual([
      ['NOUN', 'leaf'],
      ['VERB', 'leave'],
    ])
    // "can't" is read as "ca" + "n't", normalized to "can" + "not"
    expect(tokens.slice(-4, -2).map((t) => t.norm)).toEqual(['can', 'not'])
  }
})

test('segment() mends the lemmas wink cuts to another word ("raped" is "rape", not "rap")', () => {
  const text = 'Militiamen raped villagers, raping women while others scraped the walls.'
  const { tokens = [] } = segment.run(bodyDoc(text), { report: () => {} })
  const lemma = (word: string) => tokens.find((t) => text.slice(t.start, t.end) === word)?.lemma
  expect([lemma('raped'), lemma('raping'), lemma('scraped')]).toEqual(['rape', 'rape', 'scrape'])
})

test('segment() mends the lemmas wink cuts after a silent e of -ged, -ned, -red verbs ("staged" is "stage")', () => {
  const text = 'Rebels staged raids and waged war; Brussels fined Google, spared Meta, and is waging a campaign.'
  const { tokens = [] } = segment.run(bodyDoc(text), { report: () => {} })
  const lemma = (word: string) => tokens.find((t) => text.slice(t.start, t.end) === word)?.lemma
  expect(['staged', 'waged', 'fined', 'spared', 'waging'].map(lemma)).toEqual([
    'stage',
    'wage',
    'fine',
    'spare',
    'wage',
  ])
  // words whose lemma wink gets right stay as they are
  expect(['raids', 'war', 'campaign'].map(lemma)).toEqual(['raid', 'war', 'campaign'])
})

test('segment() reads a plural after "to" as a noun: a verb after the infinitive marker is bare ("open to talks")', () => {
  const text = 'Iran is open to talks with Oman. Iran wants to talk. Iran returned to talks and began to hold talks.'
  const { tokens = [] } = segment.run(bodyDoc(text), { report: () => {} })
  const tags = tokens.map((t) => `${text.slice(t.start, t.end)}/${t.pos}`)
  expect(tags.filter((t) => t.startsWith('talks/'))).toEqual(['talks/NOUN', 'talks/NOUN', 'talks/NOUN'])
  expect(tags.filter((t) => /^(talk|hold)\//.test(t))).toEqual(['talk/VERB', 'hold/VERB'])
  expect(tokens.find((t) => text.slice(t.start, t.end) === 'talks')?.lemma).toBe('talk')
})

test('segment() reads an -ing word before "of" after a verb as a noun, unless it is a progressive or takes "of"', () => {
  const text = 'Russia conducted shelling of Kharkiv. Iran is warning of war. Iran kept speaking of peace.'
  const { tokens = [] } = segment.run(bodyDoc(text), { report: () => {} })
  const tag = (word: string) => tokens.find((t) => text.slice(t.start, t.end) === word)?.pos
  expect(['shelling', 'warning', 'speaking'].map(tag)).toEqual(['NOUN', 'VERB', 'VERB'])
})

test('issue 13: a word that names a property of every object ("constructor") reads as a word, with a string lemma', () => {
  const text = 'The constructor and the toString valueOf shot down a drone.'
  const { tokens = [] } = segment.run(bodyDoc(text), { report: () => {} })
  for (const token of tokens) {
    expect(typeof token.lemma).toBe('string')
    expect(formsOf(token).every((form) => typeof form === 'string')).toBe(true)
  }
  expect(tokens.find((t) => t.norm === 'constructor')?.lemma).toBe('constructor')
  expect(formsOf(tokens.find((t) => t.norm === 'shot')!)).toContain('shoot')
})

test('issue 13: the caches by word text stay within their bounds however much new vocabulary a long ingest reads', () => {
  let most = { words: 0, forms: 0 }
  // made-up words, 1,000 a document, until more new words than either cache holds have been read
  for (let k = 0; k * 1000 < Math.max(MAX_WORDS, MAX_FORMS) + 2000; k++) {
    const words = Array.from({ length: 1000 }, (_, i) => `zq${(k * 1000 + i).toString(36)}x`)
    const { tokens = [] } = segment.run(bodyDoc(`${words.join(' ')}.`), { report: () => {} })
    for (const token of tokens) formsOf(token)
    most = { words: Math.max(most.words, wordsCached()), forms: Math.max(most.forms, formsCached()) }
  }
  // filled up to their bounds (read after each document of 1,000 words), never past them: each is dropped when full
  expect(most.words).toBeGreaterThan(MAX_WORDS - 1000)
  expect(most.words).toBeLessThanOrEqual(MAX_WORDS)
  expect(most.forms).toBeGreaterThan(MAX_FORMS - 1000)
  expect(most.forms).toBeLessThanOrEqual(MAX_FORMS)
  expect(wordsCached()).toBeLessThan(MAX_WORDS - 1000)
})

test('the verbs that take "of" themselves are the lexicon\'s class OF_VERBS, not a list of the segmenter', () => {
  const text = 'Iran kept speaking of peace. Russia conducted shelling of Kharkiv.'
  const tags = (stage: Stage) => {
    const { tokens = [] } = stage.run(bodyDoc(text), { report: () => {} })
    return ['speaking', 'shelling'].map((word) => tokens.find((t) => text.slice(t.start, t.end) === word)?.pos)
  }
  const lexicon = defaultLexicon()
  expect(lexicon.classes.get('OF_VERBS')).toContain('speak')
  expect(tags(createSegment({ lexicon }))).toEqual(['VERB', 'NOUN'])
  expect(tags(segment)).toEqual(['VERB', 'NOUN'])
  const without = { ...lexicon, classes: new Map([...lexicon.classes, ['OF_VERBS', new Set<string>()]]) }
  expect(tags(createSegment({ lexicon: without }))).toEqual(['NOUN', 'NOUN'])
})
