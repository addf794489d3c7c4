import { expect, test } from 'vitest'
import { docOf, type Doc } from '../../document.js'
import { createPipeline } from '../../pipeline.js'
import { segment } from '../segment/index.js'
import { createCoref } from './coref.js'
import { fakeKb } from './fake-kb.js'
import { createRecognize } from './recognize.js'

const kb = fakeKb()
const pipeline = createPipeline([segment, createRecognize(kb), createCoref(kb)], { given: ['zones'] })

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
  ['Harbor Office Minister Tobias Grell opened the dock.', 'Tobias Grell', 'PERSON', 'title'],
  ['Harbor Office Minister Tobias Grell opened the dock.', 'Harbor Office', 'ORGANIZATION'],
  ['The group said its spokesman Idris Malouf was unharmed.', 'Idris Malouf', 'PERSON', 'title'],
  ['The army said Fadi al-Homsi had been detained.', 'Fadi al-Homsi', 'PERSON'],
  ['Karim Wasel runs a bakery in the old town.', 'Karim Wasel', 'PERSON'],
  ['Relief arrived late, Dorrit Vance, a local teacher, told us.', 'Dorrit Vance', 'PERSON'],
  ['Lt Gen Piet Hanssen arrived on Monday.', 'Piet Hanssen', 'PERSON', 'title'],
  // a title with no name is a description of a person, not an organization
  ['The Foreign Secretary will travel to Japan.', 'The Foreign Secretary', 'PERSON', 'description'],
  // places: "X, Country", modifiers, "city of", "in"
  ['The strike hit a depot near Qaryat, Russia.', 'Qaryat', 'LOCATION'],
  ['Shelling continued in eastern Tarvo overnight.', 'Tarvo', 'LOCATION'],
  ['Aid reached the city of Belhan on Friday.', 'Belhan', 'LOCATION'],
  // a country's state organ is one organization that acts for the country
  ['Japanese Coast Guard ships joined the drill.', 'Japanese Coast Guard', 'ORGANIZATION'],
  // a maker's name before a model is a product
  ['Skyjet Aerospace sold two Skyjet X900 planes.', 'Skyjet Aerospace', 'ORGANIZATION'],
  // a maker and its model are one product; numbered places and flights are not products
  ['Two Skyjet X900 planes landed.', 'Skyjet X900', 'PRODUCT'],
  ['Passengers waited at Terminal 3 for hours.', 'Terminal 3', undefined],
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
