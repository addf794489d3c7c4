import { describe, expect, test } from 'vitest'
import { analyze } from '../run.js'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 item 5, actors linked right: a bare "the coalition" is the coalition the text named last by a name
 * holding the word, and nothing when it named none. Sentences of our own; "source>target root", entity/actor code.
 */
function linkOf(text: string, published: string, surface: string): string | undefined {
  const doc = analyze({ id: 't', text, published, source: { kind: 'text', path: 't' } })
  const mention = doc.mentions.find((m) => m.text === surface)
  return mention?.entity ?? 'unlinked'
}

describe('"the coalition" after a named coalition', () => {
  codedCases([
    [
      'The Saudi-led coalition bombed Sanaa on Monday. The coalition also accused Iran of arming the rebels.',
      '2016-05-01',
      ['SAU/SAUMIL>IRN/IRN 11'],
    ],
    [
      'The US-led coalition pounded Mosul on Sunday. The coalition later accused Syria of shelling Kurdish fighters.',
      '2016-11-01',
      ['USA/USAMIL>SYR/SYR 11'],
    ],
  ])

  test('issue 10: the later "the coalition" links to the named one, with its sector', () => {
    const text = 'The US-led coalition pounded Mosul on Sunday. The coalition also bombed a bridge near Tal Afar.'
    const doc = analyze({ id: 't', text, published: '2016-11-01', source: { kind: 'text', path: 't' } })
    const later = doc.mentions.find((m) => m.text === 'The coalition')
    expect([later?.entity, later?.sector]).toEqual(['USA', 'MIL'])
    const saudi = 'The Saudi-led coalition bombed Sanaa on Monday. The coalition also struck a market in Saada.'
    expect(linkOf(saudi, '2016-05-01', 'The coalition')).toBe('SAUDICOALITION')
  })

  test('counter: no coalition named, none meant; a coalition government is no description', () => {
    expect(linkOf('The coalition bombed a bridge in Yemen.', '2016-05-01', 'The coalition')).toBe('unlinked')
    const cabinet = 'The US-led coalition struck Raqqa. In Rome, the coalition government collapsed.'
    expect(
      analyze({ id: 't', text: cabinet, published: '2016-05-01', source: { kind: 'text', path: 't' } }).mentions.map(
        (m) => m.text,
      ),
    ).not.toContain('the coalition')
  })

  test('counter: "the country" after a ministry keeps no sector of its antecedent', () => {
    const text = 'Lithuania hosted troops sent by the Pentagon. The country also agreed to fund new barracks.'
    const doc = analyze({ id: 't', text, published: '2016-05-01', source: { kind: 'text', path: 't' } })
    expect(doc.mentions.find((m) => m.text === 'The country')?.sector).toBeUndefined()
  })
})
