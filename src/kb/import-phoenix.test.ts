import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { convertPhoenix, convertPhoenixAgents, isAgentsDictionary, readPhoenixActors } from './import-phoenix.js'

/** Records in the Phoenix actor format, about invented people of two invented countries, written for this test. */
const SMALL = [
  '# written for entente: invented people',
  'QARNOVIA_  [QRN]',
  '+QARNOVIAN_',
  'ILSE_VARNAKOVA_  # CountryInfo.txt',
  '+I._VARNAKOVA',
  '+PRESIDENT_VARNAKOVA',
  '\t[QRNELI 650101-940110]',
  '\t[QRNGOVFRM 940110-010304]',
  '\t[QRNGOV >010304]',
  '\t[QRNELI]',
  'TOMAS_ORLEK_',
  '\t[VLDMIL 19980101-20030615]',
  '\t[VLDGOV < 19980101]',
  'ANTON_BRISK_',
  '\t[QRNOPP >050101]',
  'NOBODY_LAND_MINISTER',
  '\t[XXXGOV 990101-000101]',
  'RUNAWAY_CLERK_',
  '\t[QRNGOV 20121207-20120802]',
].join('\n')

const small = convertPhoenix(readPhoenixActors(SMALL), new Set(['QRN', 'VLD']))
const reasons = Object.fromEntries([...small.skipped].map(([reason, issue]) => [reason, issue.count]))

test('a record with dated offices becomes a person with those roles; a name synonym an alias', () => {
  expect(small.people).toEqual([
    {
      id: 'person:ilse-varnakova',
      name: 'Ilse Varnakova',
      aliases: ['I. Varnakova'],
      roles: [
        {
          title: 'Government official',
          of: 'QRN',
          from: '1994-01-10',
          to: '2001-03-04',
          note: 'Phoenix QRNGOVFRM 940110-010304',
        },
        { title: 'Government official', of: 'QRN', from: '2001-03-04', note: 'Phoenix QRNGOV >010304' },
      ],
    },
    {
      id: 'person:tomas-orlek',
      name: 'Tomas Orlek',
      roles: [
        {
          title: 'Military official',
          of: 'VLD',
          from: '1998-01-01',
          to: '2003-06-15',
          note: 'Phoenix VLDMIL 19980101-20030615',
        },
      ],
    },
  ])
})

test('what a people file cannot hold is reported by reason', () => {
  expect(reasons).toEqual({
    'country-level record (the KB has its own countries and their names)': 1,
    'synonym with a title or office word (our recognizer reads titles itself)': 1,
    'elite (ELI): not an office, acts for no government': 1,
    'role with no start (<date)': 1,
    'other sector (opposition, rebels, territories, none): not an office of the country': 1,
    'person with no office among their roles': 3,
    'role code of no country our KB has': 1,
    'role that ends before it starts': 1,
  })
  expect(small.skipped.get('role code of no country our KB has')?.examples).toEqual(['line 17: [XXXGOV 990101-000101]'])
})

test("PETRARCH-2's validation actors: dated roles with blanks around the dash", () => {
  const text = readFileSync('../shared/evaldata/petrarch-cameo/petrarch2/PETR.Validate.actors.txt', 'utf8')
  const result = convertPhoenix(readPhoenixActors(text), new Set(['HOB']))
  expect(result.read).toEqual({ records: 136, synonyms: 33, restrictions: 17 })
  const gollum = result.people.find((person) => person.id === 'person:gollum')
  expect(gollum).toEqual({
    id: 'person:gollum',
    name: 'Gollum',
    aliases: ['Smeagol', 'Slinker', 'Stinker'],
    roles: [
      {
        title: 'Government official',
        of: 'HOB',
        from: '1995-06-01',
        to: '1999-08-15',
        note: 'Phoenix HOBGOV 19950601 - 19990815',
      },
    ],
  })
  expect(result.people.map((person) => person.id)).toEqual([
    'person:gollum',
    'person:sam-gamgee',
    'person:hamfast-gamgee',
  ])
})

/** An agents dictionary in the Phoenix format, written for this test. */
const AGENTS = [
  '!PERSON! = MAN, MEN, WOMAN, WOMEN',
  'FERRY!PERSON! [~BUS]',
  'HARBOR_PILOT [~BUS]',
  'COASTGUARD {} [~MIL]',
  'DEPUTY [~GOV]',
  'RIVER_BOSS [~GOVDEV]',
  'LIGHTHOUSE_KEEPER [~XYZ]',
  'HARBOR_PILOT [~BUS]',
  'F-16_PILOT [~MIL]',
  'PORT_AUTHORITY_ [NGO~]',
].join('\n')

test('an agents dictionary becomes agent nouns: plurals made or given, substitutions expanded, sectors checked', () => {
  expect(isAgentsDictionary(AGENTS)).toBe(true)
  expect(isAgentsDictionary(SMALL)).toBe(false)
  const result = convertPhoenixAgents(AGENTS, new Set(['BUS', 'MIL', 'GOV', 'NGO']))
  expect(result.agents.map((agent) => `${agent.nouns.join('|')} ${agent.sector}`)).toEqual([
    'ferryman|ferrymen|ferrywoman|ferrywomen BUS',
    'harbor pilot|harbor pilots BUS',
    'coastguard MIL',
    'deputy|deputies GOV',
    'river boss|river bosses GOV',
    'port authority|port authorities NGO',
  ])
  expect(Object.fromEntries([...result.skipped].map(([reason, issue]) => [reason, issue.count]))).toEqual({
    'sector narrowed to its first code (GOVMED → GOV)': 1,
    'code of no CAMEO sector our KB knows': 1,
    'duplicate noun': 1,
    'noun our KB cannot hold (digits, dots, symbols)': 1,
  })
})
