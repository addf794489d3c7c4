import { expect, test } from 'vitest'
import { codedWith } from './test-helpers.js'

const coded = codedWith({ then: ['modality'] })

const KABUL = { text: 'Kabul', entity: 'place:kabul', kind: 'place', form: 'name' } as const

test('a quantity before the object noun does not count against the gap: "more than 8,000 tonnes of further relief aid"', () => {
  expect(coded('Norway will deliver more than 8,000 tonnes of further relief aid to Sudan.')).toEqual([
    'NOR>SDN 0333 intent',
  ])
})

test('a time phrase inside the phrase or the verb group is skipped: "eased late on Sunday evening its blockade"', () => {
  const times = [{ text: 'late on Sunday evening', value: '2020-01-05' }]
  expect(coded('Azerbaijan eased late on Sunday evening its blockade of Armenia.', { times })).toEqual([
    'AZE>ARM 0872 asserted',
  ])
  const thursday = [{ text: 'Thursday', value: '2020-01-09' }]
  expect(coded('Lebanon threatened on Thursday to sever ties with Qatar.', { times: thursday })).toEqual([
    'LBN>QAT 1313 intent',
  ])
})

test('a light verb codes the nominal event it takes, with its own subject and modality', () => {
  expect(coded('Poland has vowed to maintain its military aid to Ukraine.')).toEqual(['POL>UKR 0332 intent'])
  expect(coded('Canada resumed humanitarian aid to Yemen.')).toEqual(['CAN>YEM 073 asserted'])
})

test('a domestic group or an unplaced person as the object makes the event domestic', () => {
  // a ban on a party lifted is CAMEO 0812 (ease ban on political parties), a sub-code of 081
  expect(coded('Zimbabwe lifted the ban on the opposition party.')).toEqual(['ZWE>ZWE 0812 asserted'])
  expect(coded('Zimbabwe lifted the ban on the opposition party, British officials said.')).toEqual([
    'ZWE>ZWE 0812 asserted',
  ])
  const extra = [{ text: 'Tom Ford', entity: 'person:tom-ford-test', kind: 'person', form: 'name' } as const]
  expect(coded('Sudan said it will release Tom Ford.', { extra })).toEqual(['SDN>SDN 0353 intent'])
})

test('force against an armed group named by no country leaves the target open', () => {
  expect(coded('American jets struck rebel sites.')).toEqual(['USA>- 190 asserted'])
})

test('an unnamed group acting on the only country the sentence names is of that country, except by force', () => {
  expect(coded('Student unions demanded the removal of the Kenyan education minister.')).toEqual([
    'KEN>KEN 1041 asserted',
  ])
  // killings with no weapon named are 190 in the codebook ("killings of any kind when the weapons used are not specified")
  expect(coded('Gunmen killed two Iraqi soldiers.')).toEqual(['->IRQ 190 asserted'])
  expect(coded('Dismissed railway workers went on hunger strike to win back jobs with Kenyan state firms.')).toEqual([
    'KEN>KEN 142 asserted',
  ])
})

test('a place the KB files under a country names the target of a material action, not of a meeting', () => {
  expect(coded('Norway froze its assistance in Kabul.', { extra: [KABUL] })).toEqual(['NOR>AFG 162 asserted'])
  expect(coded('Afghanistan froze its assistance in Kabul.', { extra: [KABUL] })).toEqual(['AFG>AFG 162 asserted'])
  expect(coded('Norway held talks in Kabul.', { extra: [KABUL] })).toEqual(['NOR>- 040 asserted'])
})

test('an actor after "of" modifies the subject noun: "the Armenian and Azerbaijani communities of … Georgia"', () => {
  expect(
    coded('The Armenian and Azerbaijani communities of the border region of Georgia pledged to share data.'),
  ).toEqual(['ARM>AZE 0314 intent', 'AZE>ARM 0314 intent'])
})

test('an ordinal is a modifier whatever its tag: "became the 32nd member of NATO"', () => {
  expect(coded('Sweden became the 32nd member of NATO.')).toEqual(['SWE>NATO 057 asserted'])
})

test('a coordinated subject is mutual only for a phrase that takes no target', () => {
  expect(coded('Vietnam and Kenya agreed upon a coffee trade deal.')).toEqual([
    'VNM>KEN 0311 asserted',
    'KEN>VNM 0311 asserted',
  ])
  expect(coded('Turkey and Hungary have ratified the application.')).not.toContain('TUR>HUN 057 asserted')
})
