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
  ['Boko Haram kidnapped dozens of students in Nigeria.', 'NGA/NGAREB>NGA/NGA 18'],
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
