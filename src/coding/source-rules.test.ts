import { expect, test } from 'vitest'
import { SOURCE_RULE_NAMES } from './source-rules.js'
import { codedFull } from './test-helpers.js'

/**
 * The source of a verbal event is chosen by ordered, named rules (source-rules.ts). Each row is a sentence of our own
 * whose source one rule finds (without it, the row codes another source or none), with every event it must code
 * ("SRC>TGT CODE modality").
 */
test('the source rules are tried in this order', () => {
  expect(SOURCE_RULE_NAMES).toEqual([
    'means',
    'continued verb phrase',
    'participle clause',
    'nominal subject',
    'titled official',
    'happening',
    'opening they',
    'subject',
    "sayer's agents",
    'co-actors',
  ])
})

const CASES: [rule: string, text: string, events: string[]][] = [
  [
    'means',
    'Russia answered the expulsion of its envoys from Britain by expelling British diplomats.',
    ['GBR>RUS 161 asserted', 'RUS>GBR 161 asserted'],
  ],
  [
    'continued verb phrase',
    'Turkey welcomed the Swedish delegation and criticized Greece.',
    ['TUR>SWE 051 asserted', 'TUR>GRC 111 asserted'],
  ],
  [
    'participle clause',
    'Egypt hosted envoys from Israel and Hamas, pressing both sides to accept a truce.',
    ['EGY>ISR 043 asserted', 'EGY>PSE 043 asserted', 'EGY>- 020 asserted'],
  ],
  [
    'nominal subject',
    'The shelling of Kharkiv by Russian forces killed eight civilians.',
    ['RUS>UKR 194 asserted', 'RUS>UKR 180 asserted'],
  ],
  [
    'titled official',
    "China said it deplored the statement. Vice Foreign Minister Sun Weidong summoned Japan's ambassador.",
    ['CHN>- 111 asserted', 'CHN>JPN 110 asserted'],
  ],
  ['happening', 'The fall of Kabul forced Britain to close its embassy.', ['->GBR 170 asserted']],
  [
    'opening they',
    'Russia and Belarus held joint drills. They also criticized NATO.',
    ['RUS>BLR 062 asserted', 'BLR>RUS 062 asserted', 'RUS>NATO 111 asserted', 'BLR>NATO 111 asserted'],
  ],
  ['subject', 'Russia invaded Ukraine in February 2022.', ['RUS>UKR 192 asserted']],
  ["sayer's agents", 'Troops will pull out of Mali by May, the French minister said.', ['FRA>MLI 0356 intent']],
  [
    'co-actors',
    'Britain struck Syria together with the United States.',
    ['GBR>SYR 190 asserted', 'USA>SYR 190 asserted'],
  ],
]

for (const [rule, text, events] of CASES) {
  test(`source rule "${rule}": ${JSON.stringify(text)}`, () => {
    expect(SOURCE_RULE_NAMES).toContain(rule)
    expect(codedFull(text)).toEqual(events)
  })
}
