import { expect, test } from 'vitest'
import type { Doc, Mention } from '../document.js'
import { type TestDocOptions, codedWith, findSpan, testDoc } from './test-helpers.js'

const coded = codedWith({ then: ['confidence'] })

/** A test doc where each `unplaced` name is a mention the recognizer found but could not link, as it does. */
function docWith(text: string, unplaced: string[] = [], options: TestDocOptions = {}): Doc {
  const doc = testDoc(text, options)
  const extra: Mention[] = unplaced.map((name, i) => ({
    id: `u${i + 1}`,
    ...findSpan(text, name),
    text: name,
    type: 'ORGANIZATION',
    form: 'name',
    confidence: 0.3,
  }))
  return { ...doc, mentions: [...doc.mentions, ...extra].sort((a, b) => a.start - b.start) }
}

const FORD = { text: 'Tom Ford', entity: 'person:tom-ford-test', kind: 'person', form: 'name' } as const
const WANG = 'Deputy Foreign Minister Wang Mingde'

test.each([
  // 1. a subject headed by an agent noun followed by "of X" acts as X, even with another actor before it
  ['Leaders of the European Union imposed sanctions on Belarus.', [], ['EU>BLR 163 0.9']],
  ['After meeting Erdogan, the foreign ministers of the alliance criticized Russia.', [], ['NATO>RUS 111 0.9']],
  ['After meeting Scholz, officials of the World Health Organization visited Ukraine.', [], ['WHO>UKR 042 0.9']],
  ['Britain said the envoys of Georgia will meet Greece.', [], ['GEO>GRC 036 0.9']],
  // other heads only modify the subject: the sentence subject acts
  ['Britain said the island of Georgia will meet Greece.', [], ['GBR>GRC 036 0.9']],
  // 2. no source from the target's country for a named person or an unplaced title and name
  [`${WANG} summoned Japan's ambassador.`, [WANG], ['->JPN 110 0.7']],
  ['Tom Ford criticized Japan.', [], ['->JPN 111 0.7']],
  // an unnamed group noun still acts at home
  ['Protesters demanded the resignation of the Kenyan president.', [], ['KEN>KEN 1041 0.6']],
  // 3. a titled official with no country acts, less surely, for the single country the narrative is about
  [
    `China said it regretted the decision. On Monday, ${WANG} summoned Japan's ambassador.`,
    [WANG],
    ['CHN>JPN 110 0.7'],
  ],
  [`China said ${WANG} had summoned Japan's ambassador.`, [WANG], ['CHN>JPN 110 0.7']],
  [`China and Russia criticized the plan. ${WANG} summoned Japan's ambassador.`, [WANG], ['->JPN 110 0.7']],
  // 4. a purpose infinitive after the object is the summoner's, not the object's
  ["Egypt summoned Israel's ambassador to protest.", [], ['EGY>ISR 110 0.9']],
  ['Egypt summoned the Israeli envoy to protest the raid.', [], ['EGY>ISR 110 0.9']],
] as [string, string[], string[]][])('%s', (text, unplaced, expected) => {
  const doc = docWith(text, unplaced, { extra: text.includes('Tom Ford') ? [FORD] : [] })
  expect(coded(doc)).toEqual(expected)
})
