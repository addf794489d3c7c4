import { describe, expect, test } from 'vitest'
import { codeEvents } from './code.js'
import { compilePattern, loadVerbDictionary } from './dictionary.js'
import { readDataFile } from './data-file.js'
import { cameoInfo } from './tables.js'
import { packageResources, testDoc } from './test-helpers.js'

const dictionary = loadVerbDictionary()

test('the dictionary covers all 20 root categories with 250+ entries', () => {
  const roots = new Set(dictionary.entries.map((e) => e.entry.code.slice(0, 2)))
  expect(roots.size).toBe(20)
  expect(dictionary.entries.length).toBeGreaterThanOrEqual(250)
})

test('every dictionary code is a CAMEO code', () => {
  for (const { entry } of dictionary.entries) expect(cameoInfo(entry.code), entry.pattern).toBeDefined()
})

test('compilePattern() reads words, alternatives, optional words and slots', () => {
  expect(compilePattern('impose sanction|embargo on? $TARGET')).toEqual([
    { kind: 'word', words: new Set(['impose']), optional: false },
    { kind: 'word', words: new Set(['sanction', 'embargo']), optional: false },
    { kind: 'word', words: new Set(['on']), optional: true },
    { kind: 'slot', role: 'target' },
  ])
  expect(() => compilePattern('$TARGET attack')).toThrow(/must start with a word/)
})

describe('every dictionary example codes as its entry expects', () => {
  for (const { entry } of dictionary.entries) {
    test(`${entry.pattern} → ${entry.code}: ${entry.example}`, () => {
      const events = codeEvents(testDoc(entry.example), { ...packageResources(), dictionary })
      const got = events.filter((e) => e.rule === entry.pattern)
      const want = entry.expect
      const match = got.find(
        (e) =>
          e.cameo === want.code &&
          (e.source?.entity ?? null) === (want.source ?? null) &&
          (e.target?.entity ?? null) === (want.target ?? null) &&
          e.negated === (want.negated ?? false) &&
          e.modality === (want.modality ?? 'asserted'),
      )
      const shown = events.map((e) => `${e.source?.entity}→${e.target?.entity} ${e.cameo} ${e.rule} ${e.modality}`)
      expect(match, `got ${JSON.stringify(shown)}`).toBeDefined()
    })
  }
})

describe('no entry fires on its counter-example (a plausible misuse it must keep out)', () => {
  for (const { entry } of dictionary.entries) {
    if (!entry.counter) continue
    test(`${entry.pattern} does not fire: ${entry.counter}`, () => {
      const events = codeEvents(testDoc(entry.counter ?? ''), { ...packageResources(), dictionary })
      const fired = events.filter((e) => e.rule === entry.pattern)
      expect(fired.map((e) => `${e.source?.entity}→${e.target?.entity} ${e.cameo}`)).toEqual([])
    })
  }
})

test('a head judged ambiguous without its object (data/coding/no-default.json) heads entries and has no default', () => {
  const { heads } = readDataFile('no-default.json') as { heads: Record<string, string> }
  expect(Object.keys(heads).length).toBeGreaterThan(0)
  for (const [head, reason] of Object.entries(heads)) {
    const items = dictionary.byHead.get(head) ?? []
    expect(items.length, `${head} heads no entry`).toBeGreaterThan(0)
    expect(reason.length, head).toBeGreaterThan(10)
    // a phrasal verb's default ("look+into") is not the bare head's
    const phrasal = (x: (typeof items)[number]) => x.elements[0]?.kind === 'word' && !!x.elements[0].particles
    const defaults = items.filter((x) => x.entry.default && !x.entry.noun && !phrasal(x)).map((x) => x.entry.pattern)
    expect(defaults, `${head} is listed as having no default`).toEqual([])
  }
})

test('leaving a group that meets, early, is no cut in relations; leaving it is', () => {
  const coded = (text: string) =>
    codeEvents(testDoc(text), { ...packageResources(), dictionary }).map(
      (e) => `${e.source?.entity}→${e.target?.entity} ${e.cameo}`,
    )
  expect(coded('Moscow left the G7 early on Sunday.')).toEqual([])
  expect(coded('Britain left the European Union in 2020.')).toEqual(['GBR→EU 160'])
})
