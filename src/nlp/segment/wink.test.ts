import { expect, test } from 'vitest'
import { docOf } from '../../document.js'
import { segment } from './segment.js'
import { its, learnedWords, MAX_LEARNED, nlp } from './wink.js'

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
