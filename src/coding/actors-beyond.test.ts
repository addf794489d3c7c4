import { describe, expect, test } from 'vitest'
import { analyze } from '../run.js'

/**
 * Sentences of our own, one per kind of actor the KB now knows (issue 10 item 5): each must come out as an event
 * with the right sides. "source>target root", each side its entity and CAMEO actor code.
 */
function coded(text: string, published: string): string[] {
  const doc = analyze({ id: 't', text, published, source: { kind: 'text', path: 't' } })
  const side = (ref?: { entity: string; code?: string }) => (ref ? `${ref.entity}/${ref.code ?? ''}` : '-')
  return doc.events.map((e) => `${side(e.source)}>${side(e.target)} ${e.cameo.slice(0, 2)}`)
}

describe('defence ministers of 1990–2014 act for their country on the day of the story', () => {
  test.each([
    ['Donald Rumsfeld accused Syria of helping insurgents.', '2003-04-10', 'USA/USAGOV>SYR/SYR 11'],
    ['Shaul Mofaz threatened Syria.', '2003-10-06', 'ISR/ISRGOV>SYR/SYR 13'],
    ['George Fernandes accused Pakistan of backing militants.', '1999-06-01', 'IND/INDGOV>PAK/PAK 11'],
    ['Ali Shamkhani warned Israel.', '2002-02-01', 'IRN/IRNGOV>ISR/ISR 13'],
    ['Chi Haotian met Japanese officials in Tokyo.', '1998-02-05', 'CHN/CHNGOV>JPN/JPNGOV 04'],
    ['Volker Ruehe visited Bosnia.', '1995-07-01', 'DEU/DEUGOV>BIH/BIH 04'],
  ])('%s (%s)', (text, published, expected) => {
    expect(coded(text, published)).toContain(expected)
  })

  test('a spelling variant of a foreign minister links: Kharrazi for Kamal Kharazi', () => {
    expect(coded('Jack Straw met Kamal Kharrazi in Tehran.', '2001-09-25')).toContain('GBR/GBRGOV>IRN/IRNGOV 04')
  })

  test('a bare surname links to the holder in office that day, and to no one out of office', () => {
    const entity = (published: string) =>
      analyze({
        id: 't',
        text: 'Grachev criticized NATO.',
        published,
        source: { kind: 'text', path: 't' },
      }).mentions.find((m) => m.text === 'Grachev')?.entity
    expect(entity('1995-01-10')).toBe('person:pavel-grachev')
    expect(entity('2010-01-10')).toBeUndefined()
  })
})
