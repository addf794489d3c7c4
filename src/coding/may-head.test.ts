import { expect, test } from 'vitest'
import { analyze } from '../run.js'
import { viewOf, wordsOf } from '../nlp/syntax/index.js'
import { isLightVerb } from './light-verbs.js'
import { headsRequest } from './request.js'
import { CUE, governedVerb, hasEntries, headCues, mayHeadEvent, type Scan } from './sentence.js'
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
