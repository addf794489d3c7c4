import { expect, test } from 'vitest'
import { codedWith } from './test-helpers.js'

const coded = codedWith({ then: ['not', 'modality'] })

test.each([
  // a refused cooperative action is a rejection (12), not the action negated
  ['Turkey refused to send peacekeepers to Syria.', ['TUR>SYR 1224 asserted']],
  ['Sudan declined to lift the curfew.', ['SDN>SDN 1241 asserted']],
  ['Egypt refused to sign the agreement with Israel.', ['EGY>ISR 127 asserted']],
  // a conflict action refused stays negated; so does one merely left undone
  ['Japan refused to condemn Russia.', ['JPN>RUS 111 not asserted']],
  ['India has refrained from imposing sanctions on Russia.', ['IND>RUS 163 not asserted']],
])('refusal: %s', (text, expected) => {
  expect(coded(text)).toEqual(expected)
})

test.each([
  // what a protest or a demand is for gives CAMEO's last digit
  ['Syrian teachers demonstrated in Damascus to demand the resignation of the education minister.', '1411'],
  ['Serbian workers went on strike over a new labour law.', '1432'],
  ['Syrian students staged a protest demanding greater freedoms.', '1413'],
  ['Georgian youths rioted, demanding a referendum on the new constitution.', '1454'],
  ['Zimbabwean lawyers demanded that the government abandon its land policy.', '1042'],
  // no aim named: the code stays general
  ['Kenyan farmers demonstrated in the capital on Tuesday.', '141'],
])('aim: %s', (text, code) => {
  expect(coded(text).map((e) => e.split(' ')[1])).toContain(code)
})

test('a participle between a determiner and a noun is a modifier, not an event', () => {
  expect(coded('Georgian doctors met in the occupied territories.')).not.toContainEqual(expect.stringMatching(/ 192 /))
  expect(coded('Russia occupied the Crimean peninsula in 2014.')).toContainEqual(expect.stringMatching(/^RUS>- 192/))
})

test('a purpose infinitive after a list of objects is the subject’s, not the list’s', () => {
  expect(coded('The Turkish envoy will visit Egypt and Sudan to mediate.')).toEqual([
    'TUR>EGY 036 intent',
    'TUR>SDN 036 intent',
  ])
})

test('an actor inside an appositive describes the subject, which acts', () => {
  expect(coded('Brazil, a key Chinese trade partner, has refused to send peacekeepers to Yemen.')).toEqual([
    'BRA>YEM 1224 asserted',
  ])
})

test('a threat with no target is aimed at the actor its condition names', () => {
  expect(coded('Iran threatened to suspend the talks if Israel strikes its oil fields.')).toContain(
    'IRN>ISR 134 intent',
  )
  expect(coded('Iran threatened to suspend the talks.')).toEqual(['IRN>- 134 intent'])
})

test('force by an unnamed hand is coded to the country where it struck', () => {
  expect(coded('A car bomb in Baghdad killed two Turkish engineers.')).toEqual(['IRQ>TUR 180 asserted'])
  // an unnamed group with a nationality is not placed
  expect(coded('Syrian gunmen in Baghdad killed two Turkish engineers.')).toEqual(['SYR>TUR 180 asserted'])
})

test('a verb group after "and" that follows an object continues the phrase', () => {
  expect(coded('Egypt sent troops to Yemen and has urged Saudi Arabia to help.')).toContain('EGY>SAU 020 asserted')
})

test('"will not" refuses a cooperative action as "refused to" does', () => {
  expect(coded('Turkey insists it will not accept more Afghan refugees.')).toEqual(['TUR>AFG 1223 asserted'])
  expect(coded('Turkey accepted Afghan refugees.')).toEqual(['TUR>AFG 075 asserted'])
})

test('"ethnic" before a people names a group at home, not a foreign actor', () => {
  const armenians = { extra: [{ text: 'Armenians', entity: 'ARM', form: 'demonym' }] } as const
  expect(coded('Hundreds of ethnic Armenians demonstrated in Georgia.', armenians)).toEqual(['GEO>GEO 141 asserted'])
  expect(coded('Hundreds of Armenian students demonstrated in Georgia.')).toEqual(['ARM>GEO 141 asserted'])
})

test('a person named after "demanded that" is a domestic object', () => {
  const president = { extra: [{ text: 'Mnangagwa', entity: 'person:emmerson-mnangagwa', kind: 'person' }] } as const
  expect(coded('Zimbabwean lawyers demanded that President Mnangagwa abandon the land policy.', president)).toEqual([
    'ZWE>ZWE 1042 asserted',
  ])
})

test('a modal in a that-clause after a promising verb states an intent', () => {
  expect(coded('India and Bangladesh agreed that both nations should cooperate on flood control.')).toEqual([
    'IND>BGD 031 intent',
    'BGD>IND 031 intent',
  ])
})

test('a gerund after a preposition is what another event is about, not an event', () => {
  expect(coded('Vietnam rejected a Chinese proposal for sharing the fishing grounds.')).toEqual([
    'VNM>CHN 120 asserted',
  ])
  expect(coded('Israel accused Syria of supporting militants.')).toEqual(['ISR>SYR 112 asserted'])
})

test('a participle clause after a comma belongs to the main subject', () => {
  expect(coded('Serbia rejected the Albanian proposal, urging Greece to mediate.')).toContain('SRB>GRC 028 asserted')
})

test('a resignation has no target, wherever it happens', () => {
  const events = coded('The Kenyan interior minister resigned as the opposition marched in the capital.')
  expect(events).toContain('KEN>- 0831 asserted')
  // the march is an event of its own (141); no resignation takes a target
  expect(events.filter((e) => e.includes(' 0831 '))).toEqual(['KEN>- 0831 asserted'])
})

test('when the first verb of a pair gives no event, the second finds its own subject', () => {
  expect(coded('Indonesia has restored relations with and reopened an embassy in Cuba.')).toContain(
    'IDN>CUB 054 asserted',
  )
})

test('an infinitive after a noun like "right" or "plan" is its content, not an event', () => {
  expect(coded('Sweden defended the right of Finnish patrols to fire on Russian drones.')).toEqual([
    'SWE>FIN 052 asserted',
  ])
  expect(coded('Finnish patrols fired on Russian drones.')).toEqual(['FIN>RUS 190 asserted'])
})

test('a place the KB files under a country fills a target slot directly after the pattern', () => {
  const cairo = { extra: [{ text: 'Cairo', entity: 'place:cairo', kind: 'place', form: 'name' }] } as const
  expect(coded('Brazil opened an embassy in Cairo.', cairo)).toEqual(['BRA>EGY 054 asserted'])
})

test('an appeal or demand takes the code of the action asked for', () => {
  expect(coded('Britain urged Russia to withdraw its troops.')).toEqual(['GBR>RUS 0256 asserted'])
  expect(coded('Norway demanded that Iran release the detained crew.')).toEqual(['NOR>IRN 1053 asserted'])
  // no CAMEO appeal for an attack: the general code stays
  expect(coded('Britain urged Russia to attack.')).toEqual(['GBR>RUS 020 asserted'])
})

test('a possessive before an actor in a target slot yields to that actor', () => {
  const its = { extra: [{ text: 'its', entity: 'POL', kind: 'country', form: 'pronoun' }] } as const
  expect(coded('Poland demanded that its EU partners refuse to buy Russian gas.', its)).toEqual(['POL>EU 100 asserted'])
})

test('a passive whose subject phrase names no actor has no target from further back', () => {
  expect(coded('Yemen rejected the Saudi plan until its demands are met.')).toEqual(['YEM>SAU 120 asserted'])
  expect(coded('Sudanese protesters were arrested by the police.')).toEqual(['->SDN 173 asserted'])
})

test('a passive act of authorities with no agent is done by the place it happened in', () => {
  expect(coded('A Canadian citizen was arrested in Iran.')).toEqual(['IRN>CAN 173 asserted'])
  expect(coded('A Swedish lawyer was put under investigation in Turkey.')).toEqual(['TUR>SWE 090 asserted'])
  // not for acts anyone may do
  expect(coded('A Canadian citizen was killed in Iran.')).toEqual(['->CAN 180 asserted'])
})

test('"armed forces" and "arms inspectors" are noun phrases, not arming', () => {
  expect(coded('Serbian armed forces entered the town.')).toEqual([])
  expect(coded('The United States armed Ukraine.')).toEqual(['USA>UKR 072 asserted'])
})

test('diplomatic cooperation needs someone to cooperate with', () => {
  expect(coded('Kenyan officers joined the observers on Monday.')).toEqual([])
  expect(coded('Sweden joined NATO.')).toEqual(['SWE>NATO 057 asserted'])
})

test('a decision is coded as the act decided, a pledge as an intent', () => {
  expect(coded('Turkey decided to send peacekeepers to Syria.')).toEqual(['TUR>SYR 074 asserted'])
  expect(coded('Turkey pledged to send peacekeepers to Syria.')).toEqual(['TUR>SYR 0334 intent'])
})

test('a mutual act whose only target is one of its own sides stays among them', () => {
  expect(coded('Russia and Ukraine failed to reach agreement on Ukrainian grain exports.')).toEqual([
    'RUS>UKR 164 asserted',
    'UKR>RUS 164 asserted',
  ])
})

test('a coordinated verb with no coded first verb takes the subject of its clause', () => {
  expect(
    coded('Leaders of the Group of Seven pledged loyalty for as long as it takes, and imposed sanctions on Russia.'),
  ).toContain('G7>RUS 163 asserted')
  expect(coded('Xi told Biden that the two sides had made progress and reached agreement.')).toEqual([])
})

test('a place before a noun modifies it and fills no target slot', () => {
  const hiroshima = { extra: [{ text: 'Hiroshima', entity: 'place:hiroshima', kind: 'place', form: 'name' }] } as const
  expect(coded('Zelensky joins Hiroshima summit.', hiroshima)).toEqual([])
})

test('what a journey is for is done where it went', () => {
  expect(coded('The World Health Organization sent a team of experts to Yemen to investigate the outbreak.')).toEqual([
    'WHO>YEM 042 asserted',
    'WHO>YEM 090 asserted',
  ])
  // a purpose that restates a non-journey event is not coded again
  expect(coded("Egypt summoned Israel's ambassador to protest.")).toEqual(['EGY>ISR 110 asserted'])
})
