import { expect, test } from 'vitest'
import { docOf } from '../../document.js'
import { segment } from './segment.js'
import { forgetAll, its, learnedWords, MAX_LEARNED, nlp } from './wink.js'

function tokensOf(text: string): string[] {
  const doc = docOf(text, { zones: [{ start: 0, end: text.length, kind: 'body' }] })
  const { tokens = [] } = segment.run(doc, { report: () => {} })
  return tokens.map((t) => `${text.slice(t.start, t.end)}/${t.pos}/${t.lemma}`)
}

// [a text that teaches wink a word, a text with that word, how the word is split]
const TAUGHT: [teacher: string, text: string, pieces: string[]][] = [
  ['Officials praised the Zorvath’s.', 'The Zorvath’s engines failed on Monday.', ['Zorvath', '’s']],
  ['The plan was Kestova’s.', 'A rival plan (Kestova’s) failed.', ['Kestova', '’s']],
  ["Nobody doubted it was Mirelan's.", "Mirelan's troops crossed the river.", ['Mirelan', "'s"]],
]

for (const [teacher, text, pieces] of TAUGHT) {
  test(`${JSON.stringify(text)} reads the same after ${JSON.stringify(teacher)}, which teaches wink its word`, () => {
    const alone = tokensOf(text)
    expect(alone.map((t) => t.split('/')[0])).toEqual(expect.arrayContaining(pieces))
    tokensOf(teacher)
    expect(tokensOf(text)).toEqual(alone)
  })
}

test('no made-up word, however punctuated, changes how a later text is tokenized', () => {
  const pieces = [
    'Zq',
    'Vor',
    "'s",
    '’s',
    '.',
    '-',
    '(',
    ')',
    '"',
    '12',
    ',',
    '&',
    '/',
    ':',
    '’',
    "'",
    'a',
    'B',
    '!',
    '?',
  ]
  let seed = 7
  const pick = () => pieces[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length]!
  const changed: string[] = []
  for (let k = 0; k < 5000; k++) {
    const word = `Q${k.toString(36)}${pick()}${pick()}${pick()}`
    const forms = [word, `${word}.`, `(${word})`, `"${word}"`, `${word},`, `x ${word}.`]
    const [teacher, text] = [`She saw ${forms[k % 6]!} then`, `He saw ${forms[(k >> 3) % 6]!} go`]
    const read = () => nlp.readDoc(text).tokens().out(its.value).join(' ')
    const alone = read()
    nlp.readDoc(teacher)
    if (read() !== alone) changed.push(`${teacher} → ${text}`)
  }
  expect(changed).toEqual([])
})

test('past MAX_LEARNED new words wink is rebuilt: its lexicon stays bounded and texts read the same', () => {
  const text = 'The Zorvath’s engines failed, and Qerilan-Vost’s envoy (Dr. Amsel) left at 10.30 a.m.'
  const before = tokensOf(text)
  const earlier = nlp.readDoc(text)
  let most = 0
  for (let n = 0; n <= MAX_LEARNED + 2000; n += 2000) {
    const words = Array.from({ length: 1000 }, (_, i) => `Qx${(n + 2 * i).toString(36)}`)
    nlp.readDoc(words.join(' '))
    most = Math.max(most, learnedWords())
  }
  // a capitalized word adds itself and its lower case: 2,000 lexemes a text
  expect(most).toBeGreaterThan(MAX_LEARNED - 2000)
  expect(learnedWords()).toBeLessThan(most)
  expect(tokensOf(text)).toEqual(before)
  // a document read by the instance that was replaced still reads
  expect(earlier.tokens().out(its.value)[1]).toBe('Zorvath')
}, 120_000)

// [a text that teaches wink a number, a text that reads it]: a number learned whole as a number, or as a word piece
const NUMBERS: [teacher: string, text: string][] = [
  ['In 4417 troops came.', 'Ref No.4417 was cited.'],
  ['Ref No.4418 was cited.', 'In 4418 troops came.'],
  ['It was v.4419 then', 'He saw 4419, go'],
  ['Prices rose 3.75 per cent.', 'The A1.3.75 draft (3.75) failed.'],
]

const read = (text: string) => {
  const tokens = nlp.readDoc(text).tokens()
  const [values, types, tags] = [tokens.out(its.value), tokens.out(its.type), tokens.out(its.pos)]
  return values.map((value, i) => `${value}/${types[i]}/${tags[i]}`).join(' ')
}

for (const [teacher, text] of NUMBERS) {
  test(`${JSON.stringify(text)} reads the same after ${JSON.stringify(teacher)}, which teaches wink its number`, () => {
    forgetAll()
    const alone = read(text)
    forgetAll()
    read(teacher)
    expect(read(text)).toEqual(alone)
  })
}

test('a number learned from a text is kept: reading it again teaches wink nothing', () => {
  const text = 'In 80417 some 12,480,417 people (3.80417 per cent) voted, and 80-417 lost.'
  read(text)
  const learned = learnedWords()
  expect(read(text)).toEqual(read(text))
  expect(learnedWords()).toBe(learned)
})

test('no made-up number, however written, changes how a later text is tokenized or tagged', () => {
  const pieces = ['7', '12', '305', '.', ',', '-', '/', ':', '+', '%', '$', "'s", 's', 'th', 'am', 'Q', 'v.', '(']
  let seed = 11
  const pick = () => pieces[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length]!
  const changed: string[] = []
  for (let k = 0; k < 5000; k++) {
    const number = `${(k * 7919) % 100_000}${pick()}${pick()}${pick()}`
    const forms = [number, `${number}.`, `(${number})`, `No.${number}`, `A${number},`, `x.${number}`, `"${number}"`]
    const [teacher, text] = [`She saw ${forms[k % 7]!} then`, `He saw ${forms[(k >> 3) % 7]!} go`]
    forgetAll()
    const alone = read(text)
    forgetAll()
    read(teacher)
    if (read(text) !== alone) changed.push(`${teacher} → ${text}`)
  }
  expect(changed).toEqual([])
})
