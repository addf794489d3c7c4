import { expect, test } from 'vitest'
import { analyze } from '../run.js'
import { TARGET_RULE_NAMES } from './target-rules.js'

/**
 * The target of a verbal event is chosen by ordered, named rules (target-rules.ts). Each row is a sentence of our own
 * whose target one rule finds, with every event it must code ("SRC>TGT CODE modality").
 */
function coded(text: string): string[] {
  const doc = analyze({ id: 't', text, published: '2023-05-10', source: { kind: 'text', path: 't' } })
  return doc.events.map((e) => `${e.source?.entity ?? '-'}>${e.target?.entity ?? '-'} ${e.cameo} ${e.modality}`)
}

test('the target rules are tried in this order', () => {
  expect(TARGET_RULE_NAMES).toEqual([
    'object',
    'after the pattern',
    'place of an own object',
    'governed object',
    'shared object',
    'coordinated partner',
    'others',
    'cause',
    'condition',
    'meeting host',
    'place of the act',
    'reporting state',
  ])
})

const CASES: [rule: string, text: string, events: string[]][] = [
  ['object', 'Russia invaded Ukraine in February 2022.', ['RUS>UKR 192 asserted']],
  ['object', 'China shut down the American consulate in Chengdu.', ['CHN>USA 161 asserted']],
  ['after the pattern', 'The United States imposed fresh sanctions on Iran.', ['USA>IRN 163 asserted']],
  ['place of an own object', 'Israel launched its ground offensive in Rafah.', ['ISR>PSE 190 asserted']],
  ['governed object', 'North Korea threatened to punish South Korea.', ['PRK>KOR 130 asserted']],
  ['shared object', 'Britain criticized and sanctioned Iran.', ['GBR>IRN 111 asserted', 'GBR>IRN 163 asserted']],
  [
    'coordinated partner',
    'Antony Blinken met Wang Yi and signed a climate agreement.',
    ['USA>CHN 040 asserted', 'USA>CHN 057 asserted'],
  ],
  [
    'cause',
    'The shelling of Kharkiv by Russian forces killed eight civilians.',
    ['RUS>UKR 194 asserted', 'RUS>UKR 180 asserted'],
  ],
  [
    'others',
    'Militants shot a Somali police officer and injured two others.',
    ['SOM>SOM 190 asserted', 'SOM>SOM 180 asserted'],
  ],
  ['condition', 'Turkey threatened to walk out of the talks if Sweden sent troops.', ['TUR>SWE 134 intent']],
  ['condition', 'If Russia does not withdraw its troops, NATO will deploy more forces.', ['NATO>RUS 138 intent']],
  [
    'meeting host',
    'The NATO summit opened in Vilnius. The Swedish delegation took part in the session.',
    ['SWE>NATO 040 asserted'],
  ],
  ['place of the act', 'The United Nations halted relief work in Kabul.', ['UN>AFG 1623 asserted']],
  ['place of the act', 'The World Food Programme suspended aid deliveries in Yemen.', ['WFP>YEM 162 asserted']],
  ['reporting state', 'Ukraine said Russian forces shelled villages overnight.', ['RUS>UKR 194 asserted']],
]

for (const [rule, text, events] of CASES) {
  test(`target rule "${rule}": ${JSON.stringify(text)}`, () => {
    expect(TARGET_RULE_NAMES).toContain(rule)
    expect(coded(text)).toEqual(events)
  })
}
