import { expect, test } from 'vitest'
import { docOf, type Doc } from '../../document.js'
import { assemblePipeline } from '../../pipeline.js'
import { segment } from '../segment/index.js'
import { defaultLexicon } from '../syntax/index.js'
import { createCoref } from './coref.js'
import { fakeKb } from './fake-kb.js'
import { createRecognize } from './recognize.js'

const kb = fakeKb()
const pipeline = assemblePipeline(
  [segment, createRecognize({ kb, lexicon: defaultLexicon() }), createCoref({ kb, lexicon: defaultLexicon() })],
  {
    given: ['zones'],
  },
)

function run(text: string): Doc {
  return pipeline.run(docOf(text, { published: '2023-04-05', zones: [{ start: 0, end: text.length, kind: 'body' }] }))
}

/** [sentence, mention text, expected type (undefined: no mention with that text), expected form] */
const CASES: [text: string, mention: string, type: string | undefined, form?: string][] = [
  // acronyms are organizations; units and codes are not
  ['Fighters of the HFLA crossed the river at dawn.', 'HFLA', 'ORGANIZATION'],
  ['The screen shows the time in GMT and the price in USD.', 'GMT', undefined],
  ['The carrier bought ten Skyjet X900 airliners last year.', 'Skyjet', undefined],
  // non-state groups from the lexicon
  ['Islamic State claimed the attack on the market.', 'Islamic State', 'ORGANIZATION'],
  ['Officials blamed Daesh for the bombing.', 'Daesh', 'ORGANIZATION'],
  // ethnic and religious adjectives are nationalities
  ['Kurdish fighters held the ridge for a week.', 'Kurdish', 'NATIONALITY', 'demonym'],
  // people: titles chained, prefixed titles, role nouns, particles, apposition
  ['Spokesman Col. Tomas Brandt said the raids continued.', 'Tomas Brandt', 'PERSON', 'title'],
  ['Deputy Secretary Lena Okafor visited the port.', 'Lena Okafor', 'PERSON', 'title'],
  ['Harbor Office Minister Edda Kvist opened the dock.', 'Edda Kvist', 'PERSON', 'title'],
  ['Harbor Office Minister Edda Kvist opened the dock.', 'Harbor Office', 'ORGANIZATION'],
  ['The group said its spokesman Idris Malouf was unharmed.', 'Idris Malouf', 'PERSON', 'title'],
  ['The army said Fadi al-Homsi had been detained.', 'Fadi al-Homsi', 'PERSON'],
  ['Karim Wasel runs a bakery in the old town.', 'Karim Wasel', 'PERSON'],
  ['Relief arrived late, Dorrit Vance, a local teacher, told us.', 'Dorrit Vance', 'PERSON'],
  ['"The road is open again," said Mirela Kostan.', 'Mirela Kostan', 'PERSON'],
  ['The envoy told Norvex about the plan.', 'Norvex', 'ORGANIZATION'],
  ['Lt Gen Piet Hanssen arrived on Monday.', 'Piet Hanssen', 'PERSON', 'title'],
  // a title with no name is a description of a person, not an organization
  ['The Foreign Secretary will travel to Japan.', 'The Foreign Secretary', 'PERSON', 'description'],
  // places: "X, Country", modifiers, "city of", "in"
  ['The strike hit a depot near Qaryat, Russia.', 'Qaryat', 'LOCATION'],
  ['Shelling continued in eastern Tarvo overnight.', 'Tarvo', 'LOCATION'],
  ['Aid reached the city of Belhan on Friday.', 'Belhan', 'LOCATION'],
  // names listed with a place are places; a comma alone after a place makes no list
  ['Shelling hit Brussels, Tarvo and Belhan overnight.', 'Tarvo', 'LOCATION'],
  ['Shelling hit Brussels, Tarvo and Belhan overnight.', 'Belhan', 'LOCATION'],
  ['Russia and Norvex signed the deal.', 'Norvex', 'ORGANIZATION'],
  ['In Brussels, Norvex staff met the envoy.', 'Norvex', 'ORGANIZATION'],
  // a country's state organ is one organization that acts for the country
  ['Japanese Coast Guard ships joined the drill.', 'Japanese Coast Guard', 'ORGANIZATION'],
  // a maker's name before a model is a product
  ['Skyjet Aerospace sold two Skyjet X900 planes.', 'Skyjet Aerospace', 'ORGANIZATION'],
  // a maker and its model are one product; numbered places and flights are not products
  ['Two Skyjet X900 planes landed.', 'Skyjet X900', 'PRODUCT'],
  ['Passengers waited at Terminal 3 for hours.', 'Terminal 3', undefined],
  // a model's name after its number, and brand words, are products
  ['The carrier flew the 979 Skyliner to Oslo.', '979 Skyliner', 'PRODUCT'],
  ['Delays hit the Skyjet 979 Cloudliner again.', 'Skyjet 979 Cloudliner', 'PRODUCT'],
  ['Buyers queued for the zPhone Mini on Friday.', 'zPhone Mini', 'PRODUCT'],
  ['The army sent 500 Rangers to the port.', 'Rangers', 'ORGANIZATION'],
  ['Crews met the Rolls-Royce staff again.', 'Rolls-Royce', 'ORGANIZATION'],
  ['Users praised the music app Lumen for its speed.', 'Lumen', 'PRODUCT'],
  // an everyday word that only starts a sentence is no name
  ['Pick a size: Small or Large.', 'Small', undefined],
  ['Ferries stopped running during the storm.', 'Ferries', undefined],
  ['WARNING: Roads may close tonight.', 'WARNING', undefined],
  ['The drills were run by JTF-NORD in May.', 'JTF-NORD', 'ORGANIZATION'],
  ['Lantern opened a store in May. Lantern hired forty staff.', 'Lantern', 'ORGANIZATION'],
  ['Heavy rains flooded the valley. The rains stopped by noon.', 'Heavy', undefined],
  // airlines and bodies named after a country or city; events and sites named after a city
  ['Air Finland ordered six jets.', 'Air Finland', 'ORGANIZATION'],
  ['Brussels Airlines cut its flights.', 'Brussels Airlines', 'ORGANIZATION'],
  ['Crowds filled the Brussels Motor Show.', 'Brussels', undefined],
  ['Crowds filled the Tokyo Motor Show.', 'Tokyo', undefined],
  ['Talks on the Japan Crisis stalled.', 'Japan', 'LOCATION'],
  ['Tickets sold out at the Brussels Grand Theater.', 'Brussels Grand Theater', 'LOCATION'],
  ['Volunteers repainted the Ostrel Sports Center last spring.', 'Ostrel Sports Center', 'LOCATION'],
  // an abbreviation in brackets after an event names the event
  ['Delegates signed the Harbour Safety Protocol (HSP) in June.', 'HSP', undefined],
  // titles with no name are descriptions; names of people with particles and hyphens
  ['Staff met the new Chief Technology Officer on Monday.', 'Chief Technology Officer', 'PERSON', 'description'],
  ['Crowds cheered Abu Tamir Al-Qadiri at the rally.', 'Abu Tamir Al-Qadiri', 'PERSON'],
  // a company's name ends at its legal suffix; an apposition with a role names a person
  ['A lawyer for Talbrook Ltd. Claire Ferrand declined to comment.', 'Claire Ferrand', 'PERSON'],
  ['Kasimir Oduya, director of the zoo, spoke.', 'Kasimir Oduya', 'PERSON'],
  // abbreviated months and faith words are not names
  ['The talks resumed on Dec. 4 after Eid.', 'Dec.', undefined],
  // a lower-case word never matches a capitalized KB alias
  ['Officials may ban the rally.', 'ban', undefined],
]

for (const [text, mention, type, form] of CASES) {
  test(`${JSON.stringify(mention)} in ${JSON.stringify(text)} is ${type ?? 'no mention'}`, () => {
    const doc = run(text)
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text)
    const found = doc.mentions.find((m) => m.text === mention)
    if (!type) return expect(found).toBeUndefined()
    expect(found, JSON.stringify(doc.mentions.map((m) => [m.text, m.type]))).toMatchObject({
      type,
      ...(form ? { form } : {}),
    })
  })
}

test('a state organ acts for its country', () => {
  const doc = run('Japanese Coast Guard ships joined the drill.')
  expect(doc.mentions[0]).toMatchObject({ entity: 'JPN', kind: 'country', type: 'ORGANIZATION' })
})

test('a first name or surname alone is the person named elsewhere in the document', () => {
  const doc = run('Sayegh refused to leave the town. His cousin Karim Sayegh stayed too.')
  expect(doc.mentions.filter((m) => m.text === 'Sayegh')[0]).toMatchObject({
    type: 'PERSON',
    entity: 'person:karim-sayegh',
  })
})

test('a place cue elsewhere in the document types a bare name as a place', () => {
  const doc = run('Troops arrived in Velmora on Sunday. Velmora has been quiet since.')
  expect(doc.mentions.filter((m) => m.text === 'Velmora').map((m) => m.type)).toEqual(['LOCATION', 'LOCATION'])
})

test('a word that starts an organization named elsewhere in the document is that organization', () => {
  const doc = run('Kestrel Marine Systems won the contract. Orders went to Kestrel soon after.')
  expect(doc.mentions.find((m) => m.text === 'Kestrel')).toMatchObject({ type: 'ORGANIZATION' })
})

test("a model's name read after its number is a product wherever the document names it", () => {
  const doc = run('The carrier ordered the Skyjet 979 Cloudliner. The Cloudliner will fly in May.')
  expect(doc.mentions.filter((m) => m.text.endsWith('Cloudliner')).map((m) => m.type)).toEqual(['PRODUCT', 'PRODUCT'])
})

test('a name after an abbreviated title that the segmenter took for a sentence end is read once, as a person', () => {
  const doc = run('The medal went to Cpl. Mara J. Lindqvist on Friday.')
  const names = doc.mentions.filter((m) => m.text.includes('Mara') || m.text.includes('Lindqvist'))
  expect(names.map((m) => [m.text, m.type])).toEqual([['Mara J. Lindqvist', 'PERSON']])
})
