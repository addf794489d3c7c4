import { expect, test } from 'vitest'
import { codeAt, codeParts, withSector } from './actor-code.js'
import { loadKb } from './index.js'

const kb = loadKb()

test.each([
  ['Hamas', 'HAMAS', 'PSE'],
  ['Hezbollah', 'HEZBOLLAH', 'LBN'],
  ['Hizbollah', 'HEZBOLLAH', 'LBN'],
  ['the Houthis', 'HOUTHIS', 'YEM'],
  ['Ansar Allah', 'HOUTHIS', 'YEM'],
  ['Kurdistan Workers’ Party', 'PKK', 'TUR'],
  ['Tamil Tigers', 'LTTE', 'LKA'],
  ['al-Shabab', 'ALSHABAAB', 'SOM'],
  ['Rapid Support Forces', 'RSF', 'SDN'],
  ['Wagner Group', 'WAGNER', 'RUS'],
  ['Boko Haram', 'BOKOHARAM', 'NGA'],
])('the group named "%s" is %s, at home in %s', (surface, id, country) => {
  const hits = kb.lookup(surface)
  expect(hits.map((hit) => hit.entity)).toEqual([id])
  expect(kb.entity(id)?.country).toBe(country)
})

test('a transnational group has no home country: its events keep its id', () => {
  expect(kb.lookup('ISIL').map((hit) => hit.entity)).toEqual(['ISIS'])
  expect(kb.entity('ISIS')?.country).toBeUndefined()
  expect(kb.entity('ALQAEDA')?.country).toBeUndefined()
})

test('dated codes: the Taliban are insurgents between their two governments', () => {
  expect(kb.actorCode('TALIBAN', { date: '1999-05-01' })).toBe('AFGGOVTAL')
  expect(kb.actorCode('TALIBAN', { date: '2010-05-01' })).toBe('AFGINSTAL')
  expect(kb.actorCode('TALIBAN', { date: '2023-05-01' })).toBe('AFGGOVTAL')
  expect(kb.actorCode('RSF', { date: '2022-01-01' })).toBe('SDNMIL')
  expect(kb.actorCode('RSF', { date: '2023-06-01' })).toBe('SDNREB')
  // undated: the latest code
  expect(kb.actorCode('FARC')).toBe('COLPTY')
})

test.each([
  ['the Pentagon', 'USA', 'MIL'],
  ['the State Department', 'USA', 'GOV'],
  ['the Kremlin', 'RUS', 'GOV'],
  ['the Knesset', 'ISR', 'LEG'],
  ['State Duma', 'RUS', 'LEG'],
  ['Bundestag', 'DEU', 'LEG'],
  ['Verkhovna Rada', 'UKR', 'LEG'],
  ['Lok Sabha', 'IND', 'LEG'],
  ['IRGC', 'IRN', 'MIL'],
  ['Mossad', 'ISR', 'SPY'],
  ['Xinhua', 'CHN', 'MED'],
])('the body "%s" stands for %s with sector %s', (surface, country, sector) => {
  expect(kb.lookup(surface)).toEqual([expect.objectContaining({ entity: country, kind: 'country', sector })])
})

test('agent nouns give a sector; troops do not take a country from where they are', () => {
  expect(kb.agent('police')).toEqual({ sector: 'COP', located: true, story: true, dateline: true })
  expect(kb.agent('foreign ministry')?.sector).toBe('GOV')
  expect(kb.agent('troops')).toEqual({ sector: 'MIL', located: false })
  expect(kb.agent('rebels')?.sector).toBe('REB')
  expect(kb.agent('teapot')).toBeUndefined()
})

test('actor codes: a country with a sector, never the same sector twice', () => {
  expect(kb.actorCode('IRQ', { sector: 'COP' })).toBe('IRQCOP')
  expect(kb.actorCode('IRQ')).toBe('IRQ')
  expect(withSector('PSEREBHMS', 'REB')).toBe('PSEREBHMS')
  expect(withSector('AFG', 'GOV')).toBe('AFGGOV')
  expect(codeAt([{ code: 'A' }, { code: 'B', from: '2020-01-01' }], '2019-01-01')).toBe('A')
})

test('codeParts splits a code the way GDELT fills its actor columns', () => {
  expect(codeParts('IRQCOP')).toEqual({ country: 'IRQ', religions: [], types: ['COP'] })
  expect(codeParts('PSEREBHMS')).toEqual({ country: 'PSE', knownGroup: 'HMS', religions: [], types: ['REB'] })
  expect(codeParts('NGOHRIAMN')).toEqual({ knownGroup: 'AMN', religions: [], types: ['NGO', 'HRI'] })
  expect(codeParts('IMGMOSALQ')).toEqual({ knownGroup: 'ALQ', religions: ['MOS'], types: ['IMG'] })
  expect(codeParts('IGOEUREEC')).toEqual({ country: 'EUR', knownGroup: 'EEC', religions: [], types: ['IGO'] })
})

test.each([
  ['Zaire', 'COD'],
  ['Zairean', 'COD'],
  ['Yugoslavia', 'SRB'],
  ['Soviet Union', 'RUS'],
  ['Ceylon', 'LKA'],
  ['Former Yugoslav Republic of Macedonia', 'MKD'],
  ['Azeri', 'AZE'],
])('the former or variant name "%s" links to %s', (surface, id) => {
  expect(kb.lookup(surface).map((hit) => hit.entity)).toEqual([id])
})

test('no name or abbreviation is shared by two groups or organizations unless all but one mark it ambiguous', () => {
  // a shared name that every bearer marks ambiguous ("Baath Party": Iraq's or Syria's) links to the one whose country
  // the story names (disambiguate.ts); one that a single bearer leaves plain is that bearer's by default, and a
  // namesake's where the story names the namesake's country and not the default's ("National Liberation Army":
  // Colombia's, or Macedonia's in 2001); one that two bearers leave plain would link to neither
  const kinds = new Set(['group', 'organization'])
  const shared: string[] = []
  for (const [surface, hits] of kb.aliases()) {
    const bearers = hits.filter((hit) => kinds.has(hit.kind))
    const ids = new Set(bearers.map((hit) => hit.entity))
    const plain = new Set(bearers.filter((hit) => !hit.ambiguous).map((hit) => hit.entity))
    if (ids.size > 1 && plain.size > 1) shared.push(`${surface}: ${[...ids].join(', ')}`)
  }
  expect(shared).toEqual([])
  expect(kb.lookup('Freedom and Justice Party').map((hit) => hit.entity)).toEqual(['FJP'])
})
