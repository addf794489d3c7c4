import { expect, test } from 'vitest'
import { codeEvents } from './code.js'
import { testDoc, type TestDocOptions } from './test-helpers.js'

function coded(text: string, options?: TestDocOptions): string[] {
  return codeEvents(testDoc(text, options)).map(
    (e) => `${e.source?.entity ?? '-'}>${e.target?.entity ?? '-'} ${e.cameo} ${e.modality}`,
  )
}

const KABUL = { text: 'Kabul', entity: 'place:kabul', kind: 'place', form: 'name' } as const

test('a quantity before the object noun does not count against the gap: "nearly 25,000 tons of food aid"', () => {
  expect(coded('Japan will provide nearly 25,000 tons of emergency food aid to Yemen.')).toEqual([
    'JPN>YEM 0333 intent',
  ])
})

test('a time phrase inside the phrase or the verb group is skipped: "lifted on Friday a blockade"', () => {
  const times = [{ text: 'Friday', value: '2020-01-03' }]
  expect(coded('Egypt lifted on Friday a blockade on Libya.', { times })).toEqual(['EGY>LBY 0872 asserted'])
  const monday = [{ text: 'Monday', value: '2020-01-06' }]
  expect(coded('Turkey threatened on Monday to break relations with Russia.', { times: monday })).toEqual([
    'TUR>RUS 1313 intent',
  ])
})

test('a light verb codes the nominal event it takes, with its own subject and modality', () => {
  expect(coded('Britain has promised to continue military aid to war-torn Ukraine.')).toEqual(['GBR>UKR 0332 intent'])
  expect(coded('Canada resumed humanitarian aid to Yemen.')).toEqual(['CAN>YEM 073 asserted'])
})

test('a domestic group or an unplaced person as the object makes the event domestic', () => {
  expect(coded('Zimbabwe lifted the ban on the opposition party.')).toEqual(['ZWE>ZWE 081 asserted'])
  expect(coded('Zimbabwe lifted the ban on the opposition party, British officials said.')).toEqual([
    'ZWE>ZWE 081 asserted',
  ])
  const extra = [{ text: 'Tom Ford', entity: 'person:tom-ford-test', kind: 'person', form: 'name' } as const]
  expect(coded('Sudan said it will release Tom Ford.', { extra })).toEqual(['SDN>SDN 0353 intent'])
})

test('force against an armed group named by no country leaves the target open', () => {
  expect(coded('American jets struck rebel sites.')).toEqual(['USA>- 190 asserted'])
})

test('an unnamed group acting on the only country the sentence names is of that country, except by force', () => {
  expect(coded('Opposition groups demanded the resignation of the Kenyan president.')).toEqual([
    'KEN>KEN 1041 asserted',
  ])
  expect(coded('Gunmen killed two Iraqi soldiers.')).toEqual(['->IRQ 180 asserted'])
  expect(coded('Jailed activists continued their hunger strike to demand the release of Kenyan journalists.')).toEqual([
    'KEN>KEN 142 asserted',
  ])
})

test('a place the KB files under a country names the target of a material action, not of a meeting', () => {
  expect(coded('Norway suspended aid deliveries in Kabul.', { extra: [KABUL] })).toEqual(['NOR>AFG 162 asserted'])
  expect(coded('Afghanistan suspended aid deliveries in Kabul.', { extra: [KABUL] })).toEqual(['AFG>AFG 162 asserted'])
  expect(coded('Norway held talks in Kabul.', { extra: [KABUL] })).toEqual(['NOR>- 040 asserted'])
})

test('an actor after "of" modifies the subject noun: "the Turkish and Greek sides of the island of Georgia"', () => {
  expect(coded('The Turkish and Greek sides of the island of Georgia agreed to share information.')).toEqual([
    'TUR>GRC 0314 intent',
    'GRC>TUR 0314 intent',
  ])
})

test('an ordinal is a modifier whatever its tag: "became the 32nd member of NATO"', () => {
  expect(coded('Sweden became the 32nd member of NATO.')).toEqual(['SWE>NATO 057 asserted'])
})

test('a coordinated subject is mutual only for a phrase that takes no target', () => {
  expect(coded('The United States and Jordan agreed on a free-trade pact.')).toEqual([
    'USA>JOR 0311 asserted',
    'JOR>USA 0311 asserted',
  ])
  expect(coded('Turkey and Hungary have ratified the application.')).not.toContain('TUR>HUN 057 asserted')
})
