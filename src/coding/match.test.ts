import { describe, expect, test } from 'vitest'
import { loadVerbDictionary, type VerbEntry } from './dictionary.js'
import { entriesReaching, matchAt } from './match.js'
import { lexiconOf, viewOf, wordsOf } from '../nlp/syntax/index.js'
import { packageResources, testDoc } from './test-helpers.js'

const testLexicon = lexiconOf({ TEST_PENALTY: ['sanction', 'tariff'] })

function entry(pattern: string, code = '163'): VerbEntry {
  return { pattern, code, example: 'written for this test', expect: { code } }
}

function viewOfText(text: string) {
  const { kb, lexicon } = packageResources()
  return viewOf(testDoc(text), kb, wordsOf(lexicon))
}

describe('entriesReaching', () => {
  const dictionary = loadVerbDictionary(
    [
      entry('impose &TEST_PENALTY on $TARGET'),
      entry('impose $TARGET'),
      entry('impose ban on $TARGET'),
      entry('impose with? $TARGET curfew'),
      entry('impose (new curbs|restrictions) on $TARGET'),
    ],
    { lexicon: testLexicon },
  )
  const items = dictionary.byHead.get('impose') ?? []
  const patterns = (text: string, head: string) => {
    const view = viewOfText(text)
    const at = view.tokens.findIndex((t) => t.norm === head)
    const [, end] = view.sentenceTokens[0] ?? [0, 0]
    return entriesReaching(view, at, end, items).map((x) => x.entry.pattern)
  }

  test('leaves out an entry whose next word stands beyond the reach of the head', () => {
    expect(patterns('Canada imposed tariffs on Iran.', 'imposed')).toEqual([
      'impose &TEST_PENALTY on $TARGET',
      'impose (new curbs|restrictions) on $TARGET',
      'impose $TARGET',
    ])
    // "sanctions" is in the sentence but not within reach: a verb stands between
    expect(patterns('Canada imposed what it called sanctions on Iran.', 'imposed')).not.toContain(
      'impose &TEST_PENALTY on $TARGET',
    )
  })

  test('keeps an entry whose later required word stands anywhere after the head, and only then', () => {
    expect(patterns('Canada imposed on Iran a curfew.', 'imposed')).toContain('impose with? $TARGET curfew')
    expect(patterns('Canada imposed a ban on Iran.', 'imposed')).toEqual([
      'impose ban on $TARGET',
      'impose (new curbs|restrictions) on $TARGET',
      'impose $TARGET',
    ])
  })

  test('over the package dictionary, every entry left out fails to match', () => {
    const { dictionary } = packageResources()
    const texts = [
      'Japan imposed fresh sanctions on North Korea over its missile tests on Monday.',
      'China urged the United States to comply with the agreement, officials said.',
      'Russia and Ukraine held talks in Istanbul and agreed to exchange prisoners.',
      'Germany pledged 500 million euros in military aid to Ukraine and sent tanks.',
      'India accused Pakistan of violating the ceasefire along the border.',
    ]
    let skipped = 0
    for (const text of texts) {
      const view = viewOfText(text)
      const [, end] = view.sentenceTokens[0] ?? [0, 0]
      for (let i = 0; i < end; i++) {
        const items = (view.forms[i] ?? []).map((f) => dictionary.byHead.get(f)).find(Boolean)
        if (!items) continue
        const kept = new Set(entriesReaching(view, i, end, items))
        for (const item of items) {
          if (kept.has(item)) continue
          skipped++
          expect(matchAt(view, i, end, item, false, true), `${text}: ${item.entry.pattern}`).toBeUndefined()
          expect(matchAt(view, i, end, item, true, false), `${text}: ${item.entry.pattern}`).toBeUndefined()
        }
      }
    }
    expect(skipped).toBeGreaterThan(100)
  })
})
