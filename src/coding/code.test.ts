import { expect, test } from 'vitest'
import type { CodedEvent } from '../document.js'
import { codeEvents, createCode } from './code.js'
import { type TestDocOptions, codedWith, packageResources, testDoc } from './test-helpers.js'

const coded = codedWith({ then: ['not', 'modality'] })

function events(text: string, options?: TestDocOptions): CodedEvent[] {
  return codeEvents(testDoc(text, options), packageResources())
}

test('a sentence with no codable verb yields no event', () => {
  expect(coded('Japan and Finland have long coastlines and cold winters.')).toEqual([])
  expect(coded('The weather in Brussels was mild.')).toEqual([])
})

test('the code stage declares its layers and returns only events, with the view it built for the later stages', () => {
  const code = createCode(packageResources())
  expect(code.needs).toEqual(['zones', 'sentences', 'tokens', 'mentions', 'entities', 'times'])
  const doc = testDoc('Canada imposed new sanctions on Iran.')
  const added = code.run(doc, { report: () => {} })
  expect(Object.keys(added)).toEqual(['events', 'view'])
  expect(added.view?.doc).toBe(doc)
})

test('an event carries Goldstein, quad class, PLOVER, trigger and evidence spans', () => {
  const text = 'Canada imposed new sanctions on Iran.'
  const [event] = events(text)
  expect(event).toMatchObject({ cameo: '163', goldstein: -8, quad: 4, plover: 'SANCTION', negated: false })
  expect(text.slice(event?.trigger.start, event?.trigger.end)).toBe('imposed new sanctions on')
  expect(text.slice(event?.evidence.start, event?.evidence.end)).toBe('Canada imposed new sanctions on Iran')
})

test('a subject list gives one event per member', () => {
  expect(coded('Envoys from Vietnam, Indonesia and the Philippines met ASEAN.')).toEqual([
    'VNM>ASEAN 040 asserted',
    'IDN>ASEAN 040 asserted',
    'PHL>ASEAN 040 asserted',
  ])
})

test('"the members of A, B and C, plus D" each act; the group itself does not', () => {
  const text =
    'The G-7 members of Britain, France and Japan, plus the European Union, have imposed sanctions on Russia.'
  expect(coded(text)).toEqual([
    'GBR>RUS 163 asserted',
    'FRA>RUS 163 asserted',
    'JPN>RUS 163 asserted',
    'EU>RUS 163 asserted',
  ])
})

test('a comma alone does not extend a target list', () => {
  expect(coded('Canada imposed sanctions on Iran, Japan said.')).toEqual(['CAN>IRN 163 asserted'])
})

test('coordinated subjects with no target act on each other when the verb is mutual', () => {
  expect(coded('India and China held talks.')).toEqual(['IND>CHN 040 asserted', 'CHN>IND 040 asserted'])
})

test('passive: "X was attacked by Y" codes Y → X, and without a by-phrase only the target', () => {
  expect(coded('Ukraine was attacked by Russia on Monday.')).toEqual(['RUS>UKR 190 asserted'])
  expect(coded('A bus carrying Malian pilgrims was attacked by Chadian gunmen.')).toEqual([])
  expect(coded('Ukraine was invaded.')).toEqual(['->UKR 192 asserted'])
})

test('negation: "did not", "refrained from" and "doing so" repeat the previous action with its target', () => {
  expect(coded('Japan did not sign the agreement with Russia.')).toEqual(['JPN>RUS 057 not asserted'])
  const text = 'Canada and Japan have imposed sanctions on Iran, while India and Brazil have refrained from doing so.'
  expect(coded(text)).toEqual([
    'CAN>IRN 163 asserted',
    'JPN>IRN 163 asserted',
    'IND>IRN 163 not asserted',
    'BRA>IRN 163 not asserted',
  ])
  expect(coded('Britain expelled Russian diplomats. Germany declined to do so.')).toEqual([
    // the codebook: "When diplomats are withdrawn or expelled, use 161"
    'GBR>RUS 161 asserted',
    'DEU>RUS 161 not asserted',
  ])
})

test('modality: a pledged or planned cooperation is coded as intent (03), a threatened sanction as a threat (13)', () => {
  expect(coded('Hayashi pledged to boost Japan’s cooperation with the alliance.')).toEqual(['JPN>NATO 031 intent'])
  expect(coded('Modi will visit Japan next week.')).toEqual(['IND>JPN 036 intent'])
  expect(coded('Poland promised to send tanks to Ukraine.')).toEqual(['POL>UKR 0332 intent'])
  expect(coded('Britain threatened to impose sanctions on Iran.')).toEqual(['GBR>IRN 1312 intent'])
  expect(coded('Greece would impose sanctions on Turkey.')).toEqual(['GRC>TUR 163 hypothetical'])
  // issue 10: a possibility or a condition is no event
  expect(coded('Greece could impose sanctions on Turkey.')).toEqual([])
  expect(coded('If Iran attacks Israel, the region will suffer.')).toEqual([])
})

test('possessor targets: "boost Japan’s cooperation with the alliance" targets the alliance, "supports Ukraine’s bid" Ukraine', () => {
  expect(coded('Hayashi welcomed Japan’s cooperation with the alliance.')).toEqual(['JPN>NATO 051 asserted'])
  expect(coded('Canada supports Ukraine’s accession to the European Union.')).toEqual(['CAN>UKR 051 asserted'])
})

test('nominal events take the possessor as source: "its invasion of Ukraine"', () => {
  const text = 'Canada condemned Russia over its invasion of Ukraine.'
  expect(coded(text, { extra: [{ text: 'its', entity: 'RUS' }] })).toEqual([
    'CAN>RUS 111 asserted',
    'RUS>UKR 192 asserted',
  ])
  expect(coded('The invasion of Ukraine by Russia was condemned.')).toEqual(['RUS>UKR 192 asserted'])
})

test('reported speech keeps the reported event asserted, with the reported actors', () => {
  expect(coded('Scholz said Germany supports the accession of Ukraine.')).toEqual(['DEU>UKR 051 asserted'])
  expect(
    coded('Hayashi said he welcomes the involvement of NATO.', {
      extra: [{ text: 'he', entity: 'person:yoshimasa-hayashi' }],
    }),
  ).toEqual(['JPN>NATO 051 asserted'])
  expect(coded('Iran reportedly seized a British tanker.')).toEqual(['IRN>GBR 171 reported'])
})

test('"X said Y must …" is X demanding it of Y', () => {
  expect(coded('Norway said on Friday that Iran must release the tanker and its crew.')).toEqual([
    'NOR>IRN 1053 asserted',
  ])
})

test('a person acts for their country through DocEntity.actsFor', () => {
  const [event] = events('Xi met Putin in Moscow.')
  expect(event?.source).toMatchObject({ entity: 'CHN', via: 'person:xi-jinping' })
  expect(event?.target).toMatchObject({ entity: 'RUS', via: 'person:vladimir-putin' })
})

test('an event whose two sides are one actor is dropped; two actors of one country are a domestic event', () => {
  expect(coded('Japan praised Japan.')).toEqual([])
  expect(
    events('Turkish police arrested Turkish protesters.').map((e) => [e.source?.entity, e.target?.entity]),
  ).toEqual([['TUR', 'TUR']])
})

test('the date comes from a time expression of the clause, never from the publication date', () => {
  const options = { published: '2023-04-05', times: [{ text: 'on Wednesday', value: '2023-04-05' }] }
  const [dated] = events('Hayashi said on Wednesday he welcomes NATO.', options)
  expect(dated?.date).toEqual({ value: '2023-04-05', precision: 'day' })
  const [undated] = events('Japan welcomes NATO.', { published: '2023-04-05' })
  expect(undated?.date).toBeUndefined()
})

test('a cause dated in the text gives a lower bound: sanctions "over its invasion, launched in February 2022"', () => {
  const text = 'Canada has imposed sanctions on Russia over its invasion of Ukraine, launched in February 2022.'
  const list = events(text, {
    extra: [{ text: 'its', entity: 'RUS' }],
    times: [{ text: 'February 2022', value: '2022-02' }],
  })
  expect(list.map((e) => [e.cameo, e.date?.value, e.dateAfter])).toEqual([
    ['163', undefined, '2022-02-01'],
    ['192', '2022-02', undefined],
  ])
  const [since] = events('Japan has sanctioned Russian banks since March 2022.', {
    times: [{ text: 'March 2022', value: '2022-03' }],
  })
  expect(since).toMatchObject({ dateAfter: '2022-03-01' })
  expect(since?.date).toBeUndefined()
})

test('"a day after" shifts the date of the clause it introduces', () => {
  const text = 'NATO met on Friday, a day after Sweden became a member of the alliance.'
  const joined = events(text, { times: [{ text: 'on Friday', value: '2024-03-08' }] }).find((e) => e.cameo === '057')
  expect(joined?.date?.value).toBe('2024-03-07')
})

test('"three months after" shifts a month by months, and a day by months to the month', () => {
  const text = 'Finland applied in May 2022, three months after Russia invaded Ukraine.'
  const invaded = (value: string) =>
    events(text, { times: [{ text: 'May 2022', value }] }).find((e) => e.source?.entity === 'RUS')?.date
  expect(invaded('2022-05')).toEqual({ value: '2022-02', precision: 'month' })
  expect(invaded('2022-05-18')).toEqual({ value: '2022-02', precision: 'month' })
})

test('the place is a place mention after "in" or "at"', () => {
  expect(events('Hayashi met Biden in Brussels.')[0]?.place).toBe('place:brussels')
})

test('"took part in the session" targets the host of the meeting named before', () => {
  const text = 'The ASEAN summit opened in Jakarta. Delegates from India also took part in the session.'
  expect(coded(text)).toEqual(['IND>ASEAN 040 asserted'])
})
