import { expect, test } from 'vitest'
import { codeEvents } from '../coding/code.js'
import { packageResources, testDoc, type TestDocOptions } from '../coding/test-helpers.js'
import type { Doc, Fact } from '../document.js'
import { analyze } from '../run.js'
import { createRelate, relateFacts } from './relate.js'

function analyzed(text: string, options?: TestDocOptions): Doc {
  const doc = testDoc(text, options)
  return { ...doc, events: codeEvents(doc, packageResources()) }
}

function facts(text: string, options?: TestDocOptions): Fact[] {
  return relateFacts(analyzed(text, options), packageResources())
}

function brief(list: Fact[]): string[] {
  return list.map(
    (f) =>
      `${f.relation} ${f.subject} ${f.object}${f.start ? ` from ${f.start}` : ''}${f.startAfter ? ` after ${f.startAfter}` : ''}`,
  )
}

test('the relate stage declares its layers', () => {
  const relate = createRelate(packageResources())
  expect(relate.needs).toContain('events')
  // issue 9: it reads the zones (the headline and paragraphs around an admission) and says so
  expect(relate.needs).toContain('zones')
  expect(Object.keys(relate.run(analyzed('Japan welcomes NATO.'), { report: () => {} }))).toEqual(['facts'])
})

test('member_of: "became the 32nd member of the alliance" two days after a dated meeting', () => {
  const text =
    'Defence chiefs met in Norfolk on Saturday, two days after Sweden formally became the 32nd member of the alliance.'
  const list = facts(text, { times: [{ text: 'on Saturday', value: '2024-03-09' }] })
  expect(brief(list)).toContain('member_of SWE NATO from 2024-03-07')
  const fact = list.find((f) => f.relation === 'member_of')
  expect(fact).toMatchObject({ learned: true })
  expect(fact?.confidence).toBeGreaterThan(0)
  expect(text.slice(fact?.evidence.start, fact?.evidence.end)).toContain('Sweden')
})

test('member_of: a bid, an application or an attempt to join is no membership', () => {
  expect(brief(facts('Turkey is trying to join the European Union.'))).toEqual([])
  expect(brief(facts('Georgia has applied to join NATO.'))).toEqual([])
  expect(brief(facts("Ukraine's bid to join NATO stalled in Vilnius."))).toEqual([])
  expect(brief(facts('Moldova hopes to join the European Union.'))).toEqual([])
  // a rank says who joined: the infinitive then states the membership
  expect(brief(facts('Sweden was the latest country to join NATO.'))).toEqual(['member_of SWE NATO'])
  expect(brief(facts('Finland joined NATO.'))).toEqual(['member_of FIN NATO'])
})

test('member_of: "joined NATO" takes its start from the clause date, or none', () => {
  expect(
    brief(facts('Sweden joined NATO on Thursday.', { times: [{ text: 'on Thursday', value: '2024-03-07' }] })),
  ).toEqual(['member_of SWE NATO from 2024-03-07'])
  expect(brief(facts('Sweden joined NATO.'))).toEqual(['member_of SWE NATO'])
  expect(brief(facts('Sweden did not join NATO.'))).toEqual([])
})

test('member_of: "the G-7 members of A, B and C" gives one fact per listed member', () => {
  const list = facts('The G-7 members of Britain, Canada and Japan met in Davos.')
  expect(brief(list.filter((f) => f.relation === 'member_of'))).toEqual([
    'member_of GBR G7',
    'member_of CAN G7',
    'member_of JPN G7',
  ])
  // an item added to the list is not one of the members
  const plus = facts('The NATO members of France, Germany and Italy, plus Japan, held an exercise near Rome.')
  expect(plus.filter((f) => f.relation === 'member_of').map((f) => f.subject)).toEqual(['FRA', 'DEU', 'ITA'])
  const along = facts('The NATO members of Canada and Norway, along with Japan, sent observers.')
  expect(along.filter((f) => f.relation === 'member_of').map((f) => f.subject)).toEqual(['CAN', 'NOR'])
})

test('presides: "holding this year’s chairmanship of the G7" covers that year', () => {
  const text = 'Meloni opened the talks, with Italy holding this year’s chairmanship of the G7.'
  const [fact] = facts(text, { published: '2024-06-13' }).filter((f) => f.relation === 'presides')
  expect(fact).toMatchObject({ subject: 'ITA', object: 'G7', start: '2024-01-01', end: '2024-12-31' })
})

test('presides: "holds the G20 presidency this year", "chairs the G7", "took over the presidency on" a day', () => {
  const text =
    'India holds the G20 presidency this year. Japan chairs the G7 this year. Brazil took over the G20 presidency on December 1. Italy, the former chair of the G7, spoke.'
  const list = analyze({ id: 't', text, published: '2023-12-08', source: { kind: 'text', path: 't' } }).facts
  expect(brief(list.filter((f) => f.relation === 'presides'))).toEqual([
    'presides IND G20 from 2023-01-01',
    'presides JPN G7 from 2023-01-01',
    'presides BRA G20 from 2023-12-01',
  ])
})

test('holds_office: a role learned from the text, at the publication date', () => {
  const text = 'Japanese Foreign Minister Yoshimasa Hayashi spoke in Brussels.'
  const doc = analyzed(text, { published: '2023-04-05' })
  const evidence = { start: 0, end: text.indexOf(' spoke') }
  const mentions = doc.mentions.map((m) =>
    m.entity === 'person:yoshimasa-hayashi'
      ? { ...m, role: { title: 'Foreign Minister', of: 'JPN', learned: true, evidence } }
      : m,
  )
  const [fact] = relateFacts({ ...doc, mentions }, packageResources()).filter((f) => f.relation === 'holds_office')
  expect(fact).toMatchObject({ subject: 'person:yoshimasa-hayashi', object: 'JPN', at: '2023-04-05', learned: true })
  expect(fact?.attributes).toEqual({ title: 'Foreign Minister' })
  expect(text.slice(fact?.evidence.start, fact?.evidence.end)).toBe('Japanese Foreign Minister Yoshimasa Hayashi')
  // a former office holds no longer
  const former = doc.mentions.map((m) =>
    m.entity === 'person:yoshimasa-hayashi'
      ? { ...m, role: { title: 'Foreign Minister', of: 'JPN', to: 'former', learned: true, evidence } }
      : m,
  )
  expect(
    relateFacts({ ...doc, mentions: former }, packageResources()).filter((f) => f.relation === 'holds_office'),
  ).toEqual([])
})

test('partnership: a named programme with its domains', () => {
  const text =
    'Australia and NATO are expanding their Pacific Security Partnership Framework, under which cooperation on maritime patrols, climate change, logistics and other areas is set to deepen.'
  const [fact] = facts(text).filter((f) => f.relation === 'partnership')
  expect(fact).toMatchObject({ subject: 'AUS', object: 'NATO' })
  expect(fact?.attributes).toEqual({
    name: 'Pacific Security Partnership Framework',
    domains: ['maritime patrols', 'climate change', 'logistics'],
  })
})

test('sanctions: an ongoing regime from each sanctioning actor, after the dated cause', () => {
  const text =
    'Britain and Canada have imposed sanctions on Russia over its invasion of Ukraine, launched in February 2022.'
  const list = facts(text, {
    extra: [{ text: 'its', entity: 'RUS' }],
    times: [{ text: 'February 2022', value: '2022-02' }],
  })
  expect(brief(list.filter((f) => f.relation === 'sanctions'))).toEqual([
    'sanctions GBR RUS after 2022-02-01',
    'sanctions CAN RUS after 2022-02-01',
  ])
  expect(brief(facts('India has refrained from imposing sanctions on Russia.'))).toEqual([])
})

test('shares_border: "shares a mountain border with the country that runs for more than 900 kilometres"', () => {
  const text = 'Georgia shares a mountain border with the country that runs for more than 900 kilometres.'
  const [fact] = facts(text, { extra: [{ text: 'the country', entity: 'RUS', form: 'description' }] })
  expect(fact).toMatchObject({ relation: 'shares_border', subject: 'GEO', object: 'RUS' })
  expect(fact?.attributes).toEqual({ length_km_min: 900 })
})

test('shares_border: the length may come before the neighbour, and "borders" lists neighbours', () => {
  const [fact] = facts('Finland shares a border of roughly 1,340 kilometres with Russia.')
  expect(fact).toMatchObject({
    relation: 'shares_border',
    subject: 'FIN',
    object: 'RUS',
    attributes: { length_km: 1340 },
  })
  expect(facts('Japan borders China and Russia.').map((f) => `${f.subject}-${f.object}`)).toEqual([
    'JPN-CHN',
    'JPN-RUS',
  ])
})

test('member_of: an organization that "comprises" a list of countries names its members', () => {
  const list = facts('NATO, which comprises Britain, Canada and Japan, met.').filter((f) => f.relation === 'member_of')
  expect(list.map((f) => f.subject)).toEqual(['GBR', 'CAN', 'JPN'])
  expect(facts('NATO includes Japan.').filter((f) => f.relation === 'member_of')).toEqual([])
})

test('member_of: a country in apposition with its membership, and "NATO member Turkey"', () => {
  // the whole pipeline: the test gazetteer knows few organizations
  const members = (text: string) =>
    brief(
      analyze({ id: 't', text, source: { kind: 'text', path: 't' } }).facts.filter((f) => f.relation === 'member_of'),
    )
  expect(members('South Korea, a member of the World Trade Organization, filed a complaint.')).toEqual([
    'member_of KOR WTO',
  ])
  expect(members('Norway, as a founding NATO member, sent troops.')).toEqual(['member_of NOR NATO'])
  expect(members('NATO member Turkey objected, and fellow EU member state Hungary agreed.')).toEqual([
    'member_of TUR NATO',
    'member_of HUN EU',
  ])
  // a former, aspiring or denied membership is no membership
  expect(members('Ukraine, a former member of the CIS, left.')).toEqual([])
  expect(members('Georgia, an aspiring member of NATO, waited.')).toEqual([])
  expect(members('Serbia, not a member of the EU, abstained.')).toEqual([])
})

test('member_of: "was admitted to NATO", "NATO admitted Finland", and the one organization of the context', () => {
  const members = (text: string) =>
    brief(
      analyze({ id: 't', text, published: '2024-03-08', source: { kind: 'text', path: 't' } }).facts.filter(
        (f) => f.relation === 'member_of',
      ),
    )
  expect(members('Sweden was formally admitted to NATO on Thursday.')).toEqual(['member_of SWE NATO from 2024-03-07'])
  expect(members('NATO admitted Finland in April 2023.')).toEqual(['member_of FIN NATO from 2023-04'])
  expect(members('NATO grew in 2023. Finland was admitted last April.')).toEqual(['member_of FIN NATO from 2023-04'])
  // no organization, two of them, or a denial: nothing
  expect(members('Finland was admitted last April.')).toEqual([])
  expect(members('NATO and the EU met. Finland was admitted last April.')).toEqual([])
  expect(members('Georgia was not admitted to NATO.')).toEqual([])
})

test('partnership: two sides that make or widen one, with the domains written after it', () => {
  const partnerships = (text: string) =>
    analyze({ id: 't', text, source: { kind: 'text', path: 't' } })
      .facts.filter((f) => f.relation === 'partnership')
      .map((f) => [f.subject, f.object, f.attributes.domains])
  expect(
    partnerships('India and the United States agreed to deepen their strategic partnership in technology and defence.'),
  ).toEqual([['IND', 'USA', ['technology', 'defence']]])
  expect(partnerships('Germany and France launched a partnership on hydrogen.')).toEqual([['DEU', 'FRA', ['hydrogen']]])
  // no making verb, a denial, or one side: nothing
  expect(partnerships('Germany and France discussed the partnership.')).toEqual([])
  expect(partnerships('Germany and France did not launch a partnership.')).toEqual([])
  expect(partnerships('Germany launched a partnership on hydrogen.')).toEqual([])
})

test('shares_border: a hyphenated length before the border ("a 1,340-kilometre border")', () => {
  const [fact] = analyze({
    id: 't',
    text: 'Finland shares a 1,340-kilometre border with Russia.',
    source: { kind: 'text', path: 't' },
  }).facts.filter((f) => f.relation === 'shares_border')
  expect(fact).toMatchObject({ subject: 'FIN', object: 'RUS', attributes: { length_km: 1340 } })
})

test("issue 14: a learned fact's evidence is the sentence that states it (and the one before), never paragraphs", () => {
  const text =
    'Norway hosts NATO talks\n\nOslo welcomed ministers from across the region on Tuesday.\n\n' +
    'The meeting discussed air defence and the Arctic. Officials said supplies would rise.\n\n' +
    'Montenegro was admitted in June 2017, after a long wait.'
  const article = { id: 't', text, published: '2024-03-08', source: { kind: 'text' as const, path: 't' } }
  const doc = analyze(article)
  const fact = doc.facts.find((f) => f.relation === 'member_of' && f.object === 'NATO')
  expect(fact && text.slice(fact.evidence.start, fact.evidence.end)).toBe('Montenegro was admitted')
  // the organization in the sentence before is part of the evidence
  const next = analyze({ ...article, text: 'NATO grew in 2023. Finland was admitted last April.' })
  const near = next.facts.find((f) => f.relation === 'member_of')
  expect(near && next.text.slice(near.evidence.start, near.evidence.end)).toBe(
    'NATO grew in 2023. Finland was admitted',
  )
})
