import { describe, expect, test } from 'vitest'
import { analyze } from '../run.js'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 item 5, actors linked right: a group's short name means it only while the group is in the news as
 * itself (data/kb/groups.json `datedNames`). Sentences of our own; "source>target root" as entity/actor code.
 */
function linkOf(text: string, published: string, surface: string): string | undefined {
  const doc = analyze({ id: 't', text, published, source: { kind: 'text', path: 't' } })
  const mention = doc.mentions.find((m) => m.text === surface)
  return mention?.entity ?? `unlinked: ${mention?.unlinked ?? 'no mention'}`
}

describe('a dated short name links only within its dates', () => {
  codedCases([
    // the armed group during the Troubles, beside a text naming Britain
    ['The IRA bombed a British army barracks in Belfast.', '1994-03-01', ['GBR/GBRREB>GBR/GBRMIL 19']],
    // 2023: the US law, not the group, in a text naming Britain
    ['The IRA condemned the British government.', '2023-03-01', [], ['GBR/GBRREB>GBR/GBRGOV 11']],
    // the African Union Commission in 2021, not Colombia's paramilitaries
    ['The AUC chairman criticized the coup in Chad.', '2021-04-21', [], ['COL/COLUAF>TCD/TCD 11']],
    ['Colombian prosecutors charged AUC commanders with massacres.', '2005-02-01', ['COL/COLJUD>COL/COLUAF 17']],
    ['ICU militias seized Jowhar from the warlords.', '2006-06-14', ['SOM/SOMREB>SOM/SOM 17']],
  ])

  test('issue 10: a 2023 "IRA" is no armed group; the full name still is', () => {
    expect(linkOf('The IRA will cut the price of electric cars in Britain.', '2023-03-01', 'IRA')).toMatch(/^unlinked/)
    expect(linkOf('The IRA planted a bomb in London.', '1996-02-10', 'IRA')).toBe('IRA')
    // the day of decommissioning is the last day the short name is read as the group
    expect(linkOf('The IRA said it had put its arms beyond use in Britain.', '2005-09-26', 'IRA')).toBe('IRA')
    expect(linkOf('The IRA said its arms were beyond use in Britain.', '2005-09-27', 'IRA')).toMatch(/^unlinked/)
    expect(linkOf('A New IRA bomb exploded in Derry in Britain.', '2019-01-20', 'New IRA')).toBe('IRA')
  })

  test('a hospital ICU in 2021 is no Somali movement; in 2006 it is', () => {
    const hospital = "Somalia's health ministry said the ICU at the main hospital in Mogadishu was full."
    expect(linkOf(hospital, '2021-03-01', 'ICU')).toMatch(/^unlinked/)
    expect(linkOf('The ICU took Mogadishu from the warlords.', '2006-06-05', 'ICU')).toBe('ICU')
  })

  test('counter: a text with no date keeps every reading, as before', () => {
    const doc = analyze({ id: 't', text: 'The IRA planted a bomb in London.', source: { kind: 'text', path: 't' } })
    expect(doc.mentions.find((m) => m.text === 'IRA')?.entity).toBe('IRA')
  })
})
