import { expect, test } from 'vitest'
import { analyze } from '../run.js'
import { viewOf, wordsOf } from '../nlp/syntax/index.js'
import { isLightVerb } from './light-verbs.js'
import { headsRequest } from './request.js'
import { loadVerbDictionary, type CompiledEntry } from './dictionary.js'
import { CUE, governedVerb, hasEntries, headCues, mayHeadEvent, wordCues, type Scan } from './sentence.js'
import { packageResources } from './test-helpers.js'

/**
 * Issue 13: `codeSentence` passes over a token that `mayHeadEvent` rules out, so such a token must head nothing the
 * coder would read there: no entry, class rule, request or light verb, and no governed action. Our own sentences,
 * with nouns that head entries ("talks", "sanctions"), a governed gerund, a request and a light verb.
 */
const TEXTS = [
  'Japanese Foreign Minister Yoshimasa Hayashi held talks with NATO officials in Brussels on Wednesday.',
  'The European Union imposed new sanctions on Iran after the army resumed shelling border villages.',
  'Kenya wants Ethiopia to withdraw its troops, and Nairobi urged both sides to respect the ceasefire.',
  'Protesters stormed the embassy; police in Dhaka fired tear gas and arrested dozens of students.',
  'The visiting delegation pledged an aid package of $50 million in humanitarian supplies to Sudan.',
  'Turkey pledged to boost trade with Iraq, but Ankara refused to sign the water accord.',
]

/** Every token of TEXTS, with the coder's scan of its sentence and a label naming the word and its sentence. */
function forEachToken(visit: (scan: Scan, i: number, word: string) => void): void {
  const resources = packageResources()
  const words = wordsOf(resources.lexicon)
  for (const text of TEXTS) {
    const doc = analyze({ id: 't', text, published: '2023-05-10', source: { kind: 'text', path: 't' } })
    const view = viewOf(doc, resources.kb, words)
    view.sentenceTokens.forEach(([first, end], sentence) => {
      const scan: Scan = { ...resources, view, sentence, first, end, drafts: [], previous: [], told: [] }
      for (let i = first; i < end; i++) visit(scan, i, `${view.tokens[i]?.norm} in ${JSON.stringify(text)}`)
    })
  }
}

test('a token mayHeadEvent rules out heads nothing the coder reads, and most nouns and words are ruled out', () => {
  let ruledOut = 0
  let tokens = 0
  forEachToken((scan, i, word) => {
    tokens++
    if (mayHeadEvent(scan, i)) return
    ruledOut++
    expect(hasEntries(scan, i), word).toBe(false)
    expect(governedVerb(scan, i), word).toBeUndefined()
    expect(headsRequest(scan, i), word).toBe(false)
    expect(isLightVerb(scan, i), word).toBe(false)
  })
  // the heads themselves pass: "talks", "sanctions", "shelling", "wants", "pledged"
  expect(ruledOut).toBeGreaterThan(tokens / 2)
})

test('each of the tests codeSentence asks only under its cue bit is false where the token lacks that bit', () => {
  const seen = { entry: 0, governed: 0, request: 0, light: 0 }
  forEachToken((scan, i, word) => {
    const cues = headCues(scan, i)
    // a verb may have entries with no bit: a WordNet synonym's default
    if (hasEntries(scan, i) && scan.view.tokens[i]?.pos !== 'VERB') {
      seen.entry++
      expect(cues & (CUE.entry | CUE.objectClass), word).not.toBe(0)
    }
    if (governedVerb(scan, i) !== undefined) {
      seen.governed++
      expect(cues & (CUE.gerundVerb | CUE.governing), word).not.toBe(0)
    }
    if (headsRequest(scan, i)) {
      seen.request++
      expect(cues & CUE.request, word).not.toBe(0)
    }
    if (isLightVerb(scan, i)) {
      seen.light++
      expect(cues & CUE.light, word).not.toBe(0)
    }
  })
  // every test found its heads in these sentences: the bits were checked where they matter
  expect(
    Object.values(seen).every((n) => n > 0),
    JSON.stringify(seen),
  ).toBe(true)
})

test("issue 13: a token's cue bits, read by its forms' word ids, are those of its forms' words", () => {
  let cued = 0
  forEachToken((scan, i, word) => {
    let byWords = 0
    for (const form of scan.view.forms[i] ?? []) byWords |= wordCues(scan, form)
    expect(headCues(scan, i), word).toBe(byWords)
    if (byWords) cued++
  })
  expect(cued).toBeGreaterThan(10)
  forEachToken((scan) => {
    expect(wordCues(scan, 'talk') & CUE.entry).not.toBe(0)
    expect(wordCues(scan, 'pledge') & CUE.governing).not.toBe(0)
    expect(wordCues(scan, 'purple')).toBe(0)
  })
})

const DOC = {
  id: 't',
  text: 'Norway flembered Sweden on Monday, and Oslo held talks with Stockholm.',
  published: '2023-05-10',
  source: { kind: 'text' as const, path: 't' },
}

test('issue 13: a head word first compiled after the document read its word ids still has its cue', () => {
  const resources = packageResources()
  const view = viewOf(analyze(DOC), resources.kb, wordsOf(resources.lexicon))
  const at = view.tokens.findIndex((token) => token.norm === 'flembered')
  // the ids are read while no vocabulary holds the made-up verb
  expect(view.index.formIds.list.length).toBeGreaterThan(0)
  const dictionary = loadVerbDictionary(
    [
      {
        pattern: 'flember $TARGET',
        code: '112',
        example: 'written for this test',
        expect: { code: '112' },
        default: true,
      },
    ],
    { lexicon: resources.lexicon },
  )
  const [first, end] = view.sentenceTokens[0]!
  const scan: Scan = { ...resources, dictionary, view, sentence: 0, first, end, drafts: [], previous: [], told: [] }
  expect(at).toBeGreaterThan(0)
  expect(headCues(scan, at) & CUE.entry).toBe(CUE.entry)
  // "talks" heads no entry of this dictionary
  expect(
    headCues(
      scan,
      view.tokens.findIndex((token) => token.norm === 'talks'),
    ),
  ).toBe(0)
})

test('issue 13: the dictionary is asked by string only for the forms that head entries', () => {
  const resources = packageResources()
  const asked: string[] = []
  // the package's heads, in a map that notes every look-up
  const byHead = new (class extends Map<string, readonly CompiledEntry[]> {
    override get(form: string) {
      asked.push(form)
      return super.get(form)
    }
  })(resources.dictionary.byHead)
  const dictionary = { ...resources.dictionary, byHead }
  const text = 'The quiet purple harbour slept while Norway held talks with Sweden.'
  const view = viewOf(analyze({ ...DOC, text }), resources.kb, wordsOf(resources.lexicon))
  const [first, end] = view.sentenceTokens[0]!
  const scan: Scan = { ...resources, dictionary, view, sentence: 0, first, end, drafts: [], previous: [], told: [] }
  const at = (norm: string) => view.tokens.findIndex((token) => token.norm === norm)
  for (const word of ['purple', 'quiet', 'slept']) {
    expect(hasEntries(scan, at(word)), word).toBe(false)
  }
  expect(asked).toEqual([])
  expect(hasEntries(scan, at('talks'))).toBe(true)
  expect(asked.every((form) => resources.dictionary.byHead.has(form))).toBe(true)
  expect(asked.length).toBeGreaterThan(0)
})
