import { expect, test } from 'vitest'
import { analyze } from '../run.js'

/** source>target code, with each side's CAMEO actor code: "LBN/LBNREBHEZ>ISR/ISR 190". */
function coded(text: string, published = '2023-04-05'): string[] {
  const doc = analyze({ id: 't', text, published, source: { kind: 'text', path: 't' } })
  const side = (ref?: { entity: string; code?: string }) => (ref ? `${ref.entity}/${ref.code ?? ''}` : '-')
  return doc.events.map((e) => `${side(e.source)}>${side(e.target)} ${e.cameo.slice(0, 2)}`)
}

test.each([
  // a group with a home country acts as that country (as CAMEO codes it), keeping its own code
  ['Hezbollah fired rockets at Israel.', 'LBN/LBNREBHEZ>ISR/ISR 19'],
  // students located in Nigeria are its students (EDU)
  ['Boko Haram kidnapped dozens of students in Nigeria.', 'NGA/NGAREB>NGA/NGAEDU 18'],
  ['The Kurdistan Workers’ Party declared a ceasefire with Turkey.', 'TUR/TURREB>TUR/TUR 08'],
  // a named body stands for its country with its sector
  ['The Pentagon accused China of spying.', 'USA/USAMIL>CHN/CHN 11'],
  ['The Bundestag voted to send tanks to Ukraine.', 'DEU/DEULEG>UKR/UKR 07'],
])('%s', (text, expected) => {
  expect(coded(text)).toContain(expected)
})

test('a group whose sector changed is coded by the date of the story', () => {
  expect(coded('The Taliban released two foreign hostages.', '2010-06-01')[0]).toMatch(/^AFG\/AFGINSTAL>/)
  expect(coded('The Taliban released two foreign hostages.', '2023-06-01')[0]).toMatch(/^AFG\/AFGGOVTAL>/)
})

test('a group without a home country keeps its own id', () => {
  expect(coded('Al-Qaeda threatened to attack France.')).toContain('ALQAEDA/IMGREBALQ>FRA/FRA 13')
})

/** The mentions carrying a sector: "text=ENTITY/SECTOR". */
function sectors(text: string): string[] {
  const doc = analyze({ id: 't', text, published: '2023-04-05', source: { kind: 'text', path: 't' } })
  return doc.mentions.filter((m) => m.sector).map((m) => `${m.text}=${m.entity ?? '-'}/${m.sector}`)
}

test.each([
  // a demonym or possessive owns the agent noun after it
  ['Iraqi police arrested three smugglers.', ['Iraqi=IRQ/COP']],
  ["Russia's army shelled the town overnight.", ['Russia=RUS/MIL']],
  ['Chinese state media praised the agreement.', ['Chinese=CHN/MED']],
  ['Syrian government forces shelled Idlib.', ['Syrian=SYR/MIL']],
  ['The Russian Defence Ministry denied the report.', ['Russian Defence Ministry=RUS/MIL']],
  // a place after the noun locates it; a capitalized name stays a name, now linked
  ['Police in Basra arrested two suspects.', ['Police=IRQ/COP']],
  ['The army of Myanmar shelled several villages.', ['army=MMR/MIL']],
  // a region the KB files under a country locates it too
  ['Rebels in Darfur attacked a police station.', ['Rebels=SDN/REB']],
  // troops are often abroad: where they are does not make them that country's
  ['Troops in Mali withdrew from the base.', []],
  // "its" or "their" says whose they are already
  ['Their police arrested two men in Basra.', []],
])('agents: %s', (text, expected) => {
  expect(sectors(text)).toEqual(expected)
})

test('an agent located by a place is an actor with that country and sector', () => {
  expect(coded('Police in Basra arrested two smugglers on Monday.')[0]).toMatch(/^IRQ\/IRQCOP>/)
})

test('a group whose country changed is coded by the date: the SPLA fought in Sudan, then became South Sudan’s army', () => {
  expect(coded('The SPLA attacked a government garrison.', '1995-03-01')[0]).toMatch(/^SDN\/SDNREB>/)
  expect(coded('The SPLA attacked a rebel garrison.', '2014-03-01')[0]).toMatch(/^SSD\/SSDMIL>/)
})

test('a domestic target is the country alone, not the source with its sector', () => {
  expect(coded('Sudanese paramilitaries attacked refugees.')).toEqual(['SDN/SDNUAF>SDN/SDN 19'])
})

test('"the group" after a named armed group refers back to it', () => {
  expect(
    coded('Israel said it had killed a Hezbollah commander. The group fired rockets at northern Israel.', '2024-04-05'),
  ).toContain('LBN/LBNREBHEZ>ISR/ISR 19')
})
