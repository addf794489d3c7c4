import { describe, expect, test } from 'vitest'
import { loadKb } from './index.js'

const kb = loadKb()

const MEMBERS: [org: string, date: string, count: number][] = [
  ['NATO', '2023-04-03', 30],
  ['NATO', '2023-04-04', 31],
  ['NATO', '2023-04-05', 31],
  ['NATO', '2024-03-06', 31],
  ['NATO', '2024-03-07', 32],
  ['EU', '2019-06-01', 28],
  ['EU', '2021-01-01', 27],
  ['BRICS', '2023-06-01', 5],
  ['BRICS', '2024-06-01', 9],
  ['BRICS', '2025-06-01', 10],
  ['G7', '2023-04-05', 7],
  ['G20', '2023-09-08', 20],
  ['G20', '2023-09-09', 21],
  ['SCO', '2023-07-04', 9],
  ['UNSC', '2024-06-01', 15],
  ['AU', '2024-01-01', 55],
  ['ASEAN', '2024-01-01', 10],
  ['ASEAN', '2025-10-26', 11],
  ['AUKUS', '2021-09-14', 0],
  ['AUKUS', '2021-09-15', 3],
]
for (const [org, date, count] of MEMBERS) {
  test(`membersAt(${org}, ${date}) has ${count} members`, () => {
    expect(kb.membersAt(org, date)).toHaveLength(count)
  })
}

describe('memberships', () => {
  const ids = (org: string, date?: string) => kb.membersAt(org, date).map((m) => m.member)

  test('Finland joins NATO on 2023-04-04, Sweden on 2024-03-07', () => {
    expect(ids('NATO', '2023-04-03')).not.toContain('FIN')
    expect(ids('NATO', '2023-04-05')).toContain('FIN')
    expect(ids('NATO', '2023-04-05')).not.toContain('SWE')
  })

  test('Britain is in the EU in 2019 and on 2020-01-31, not in 2021', () => {
    expect(ids('EU', '2019-06-01')).toContain('GBR')
    expect(ids('EU', '2020-01-31')).toContain('GBR')
    expect(ids('EU', '2020-02-01')).not.toContain('GBR')
    expect(kb.membershipsOf('GBR', '2021-01-01').map((m) => m.org)).not.toContain('EU')
  })

  test('the EU takes part in the G7 without being counted; `all` includes it', () => {
    expect(ids('G7', '2023-04-05')).not.toContain('EU')
    expect(kb.membersAt('G7', '2023-04-05', { all: true }).map((m) => m.member)).toContain('EU')
  })

  test('Saudi Arabia is only invited to BRICS; Armenia stays in the CSTO though frozen', () => {
    expect(ids('BRICS', '2024-06-01')).not.toContain('SAU')
    expect(ids('CSTO', '2024-06-01')).toContain('ARM')
  })

  test('permanent members of the Security Council keep their seat dates', () => {
    expect(ids('UNSC', '1971-10-24')).not.toContain('CHN')
    expect(ids('UNSC', '1971-10-25')).toContain('CHN')
    expect(ids('UNSC', '1991-12-24')).toContain('RUS')
  })

  test('without a date: the open records (current members)', () => {
    expect(ids('EU')).toHaveLength(27)
    expect(kb.membersAt('EU', undefined, { history: true })).toHaveLength(28)
  })

  test('year-precision dates cover the whole year', () => {
    expect(ids('OPEC', '2018-12-31')).toContain('QAT')
    expect(ids('OPEC', '2019-01-01')).not.toContain('QAT')
  })

  test('a malformed date is a date.malformed error', () => {
    expect(() => kb.membersAt('NATO', '2023-4-5')).toThrow(expect.objectContaining({ code: 'date.malformed' }))
  })
})

const LOOKUPS: [surface: string, entity: string, form: string][] = [
  ['Britain', 'GBR', 'name'],
  ['the U.K.', 'GBR', 'abbreviation'],
  ['U.S.', 'USA', 'abbreviation'],
  ['the United States', 'USA', 'name'],
  ['G-7', 'G7', 'name'],
  ['Group of Seven', 'G7', 'name'],
  ['Beijing', 'CHN', 'capital'],
  ['Kiev', 'UKR', 'capital'],
  ['Japanese', 'JPN', 'demonym'],
  ['Emirati', 'ARE', 'demonym'],
  ['the Kremlin', 'RUS', 'metonym'],
  ['Downing Street', 'GBR', 'metonym'],
  ['the Elysée', 'FRA', 'metonym'],
  ['Türkiye', 'TUR', 'name'],
  ['Turkiye', 'TUR', 'name'],
  ['Nato', 'NATO', 'abbreviation'],
  ['the trans-Atlantic alliance', 'NATO', 'description'],
  ['the European Union', 'EU', 'name'],
  ['the U.N.', 'UN', 'abbreviation'],
  ['Security Council', 'UNSC', 'name'],
  ['Indo-Pacific', 'region:indo-pacific', 'name'],
  ['the Asia-Pacific', 'region:asia-pacific', 'name'],
  ['Scandinavian', 'region:scandinavia', 'demonym'],
  ['Hiroshima', 'place:hiroshima', 'name'],
]
for (const [surface, entity, form] of LOOKUPS) {
  test(`lookup(${JSON.stringify(surface)}) finds ${entity} as ${form}`, () => {
    expect(kb.lookup(surface)).toContainEqual(expect.objectContaining({ entity, form }))
  })
}

describe('lookup', () => {
  test('Georgia, Congo and Korea are flagged ambiguous; DR Congo is the default reading of Congo', () => {
    expect(kb.lookup('Georgia')[0]).toMatchObject({ entity: 'GEO', ambiguous: 'also a U.S. state' })
    expect(kb.lookup('Congo').map((hit) => hit.entity)).toEqual(['COD', 'COG'])
    // the Republic of the Congo marks the name with a reason of its own, so DR Congo's reading stays plain
    expect(kb.lookup('Congo').map((hit) => hit.ambiguous !== undefined)).toEqual([false, true])
    expect(kb.lookup('Korea')[0]?.ambiguous).toBeDefined()
  })

  test('Brussels stands for Belgium, the EU or the city, none of them for sure', () => {
    const hits = kb.lookup('Brussels')
    expect(hits.map((hit) => hit.entity)).toEqual(['BEL', 'EU', 'place:brussels'])
    expect(hits.find((hit) => hit.entity === 'BEL')?.ambiguous).toMatch(/seat of EU, NATO/)
  })

  test('lower-case words and short capitalized words do not match abbreviations', () => {
    expect(kb.lookup('us')).toEqual([])
    expect(kb.lookup('Us')).toEqual([])
    expect(kb.lookup('Who')).toEqual([])
    expect(kb.lookup('turkey')).toEqual([])
    expect(kb.lookup('WHO')[0]?.entity).toBe('WHO')
  })

  test('territories never take a demonym from a country', () => {
    expect(kb.lookup('American').map((hit) => hit.entity)).toEqual(['USA'])
    expect(kb.lookup('French').map((hit) => hit.entity)).toEqual(['FRA'])
  })

  test('aliases() yields surfaces as written for a gazetteer', () => {
    const surfaces = new Map(kb.aliases())
    expect(surfaces.get('U.K.')?.[0]?.entity).toBe('GBR')
    expect(surfaces.size).toBeGreaterThan(2000)
  })
})

describe('descriptors and regions', () => {
  test('"the alliance" lists NATO first, and other alliances', () => {
    expect(kb.descriptor('the alliance')[0]).toBe('NATO')
    expect(kb.descriptors().get('the alliance')).toEqual(expect.arrayContaining(['NATO', 'AUKUS', 'CSTO']))
    expect(kb.descriptor('The security alliance')[0]).toBe('NATO')
  })

  test('"the bloc" lists the EU first', () => {
    expect(kb.descriptor('the bloc')).toEqual(expect.arrayContaining(['EU', 'ASEAN', 'BRICS']))
    expect(kb.descriptor('the bloc')[0]).toBe('EU')
  })

  test('"Scandinavian" names Denmark, Norway and Sweden, and loosely Finland', () => {
    const match = kb.regionByAdjective('Scandinavian')
    expect(match?.region).toBe('region:scandinavia')
    expect(match?.members.slice(0, 3)).toEqual(['DNK', 'NOR', 'SWE'])
    expect(match?.members).toContain('FIN')
    expect(match?.loose).toContain('FIN')
  })

  test('generated regions take their members from world-countries', () => {
    expect(kb.regionMembers('region:europe')?.members).toContain('FRA')
    expect(kb.regionByAdjective('Baltic')?.members).toEqual(['EST', 'LVA', 'LTU'])
  })
})

describe('presidencies and search', () => {
  test('Japan holds the G7 presidency in 2023, India the G20 one', () => {
    expect(kb.presidencyAt('G7', '2023-04-05')).toBe('JPN')
    expect(kb.presidencyAt('G20', '2023-04-05')).toBe('IND')
    expect(kb.presidencyAt('G20', '2023-12-01')).toBe('BRA')
    expect(kb.presidencyAt('NATO', '2023-04-05')).toBeUndefined()
  })

  test('search ranks ids and names first and tolerates a typo', () => {
    expect(kb.search('nato')[0]?.id).toBe('NATO')
    expect(kb.search('finland')[0]?.id).toBe('FIN')
    expect(kb.search('finlnd')[0]?.id).toBe('FIN')
    expect(kb.search('brussels').map((entity) => entity.id)).toContain('place:brussels')
  })

  test('entities carry their kind, country and capitals', () => {
    expect(kb.entity('place:brussels')).toMatchObject({ kind: 'place', country: 'BEL', seatOf: ['EU', 'NATO'] })
    expect(kb.entity('JPN')?.capitals).toEqual(['place:tokyo'])
    expect(kb.entity('NATO')).toMatchObject({ kind: 'organization', orgKind: 'alliance' })
  })
})

describe.runIf((kb.stats().roles ?? 0) > 0)('roles (from data/kb/people)', () => {
  test('Yoshimasa Hayashi is Foreign Minister of Japan on 2023-04-05', () => {
    const holders = kb.peopleWithRole('JPN', 'Foreign Minister', '2023-04-05').map((role) => role.person)
    expect(holders).toEqual(['person:yoshimasa-hayashi'])
    expect(kb.rolesAt('person:yoshimasa-hayashi', '2023-04-05')).toContainEqual(
      expect.objectContaining({ of: 'JPN', person: 'person:yoshimasa-hayashi' }),
    )
  })

  test('titles compare by meaning: Secretary of State is the U.S. foreign minister', () => {
    expect(kb.peopleWithRole('USA', 'Foreign Minister', '2023-04-05').map((role) => role.person)).toEqual(
      kb.peopleWithRole('USA', 'Secretary of State', '2023-04-05').map((role) => role.person),
    )
  })
})

describe('generated forms', () => {
  test("regular plural demonyms name a country's people; irregular ones are not invented", () => {
    expect(kb.lookup('Palestinians').map((h) => [h.entity, h.form])).toEqual([['PSE', 'demonym']])
    expect(kb.lookup('Iraqis').map((h) => h.entity)).toEqual(['IRQ'])
    expect(kb.lookup('Chineses')).toEqual([])
  })

  test("nouns of a people ending otherwise take their plural too; adjectives and the country's own name do not", () => {
    const first = (surface: string) => kb.lookup(surface).map((h) => [h.entity, h.form])[0]
    for (const [plural, id] of [
      ['Britons', 'GBR'],
      ['Filipinos', 'PHL'],
      ['Czechs', 'CZE'],
      ['Swedes', 'SWE'],
      ['Danes', 'DNK'],
      ['Finns', 'FIN'],
      ['Spaniards', 'ESP'],
      ['Cypriots', 'CYP'],
      ['New Zealanders', 'NZL'],
      ['Kazakhs', 'KAZ'],
      ['Thais', 'THA'],
    ]) {
      expect(first(plural as string), plural).toEqual([id, 'demonym'])
    }
    expect(first('Philippines')).toEqual(['PHL', 'name'])
    for (const none of ['Frenchs', 'Swisss', 'Britishs', 'Icelandics', 'Laos'].map(first)) {
      expect(none?.[1]).not.toBe('demonym')
    }
  })

  test('an organ of the UN acts as the UN', () => {
    expect(kb.entity('UNSC')?.partOf).toBe('UN')
    expect(kb.lookup('European Community').map((h) => h.entity)).toEqual(['EU'])
  })
})
