import { describe, expect, test } from 'vitest'
import { analyze } from '../run.js'
import { codedCases } from './test-helpers.js'

/**
 * A country's people named by a plural noun ("Britons", "Filipinos", "Czechs") are that country's side of an event, in
 * sentences of our own about real events, through the whole pipeline with the package's KB.
 */
describe('plural nouns of a people other than -an, -i and -k', () => {
  codedCases([
    ['Iranian police arrested two Britons in Tehran.', '2019-01-10', ['IRN/IRNCOP>GBR/GBR 17']],
    ['Kuwait deported 300 Filipinos after the dispute.', '2018-02-15', ['KWT/KWT>PHL/PHL 17']],
    ['Russia expelled two Czechs from its embassy staff.', '2021-04-18', ['RUS/RUS>CZE/CZE 16']],
    // counter: the -an plural as before
    ['Iranian police arrested two Americans in Tehran.', '2019-01-10', ['IRN/IRNCOP>USA/USA 17']],
  ])
})

/** An agent noun inside an entity's own name ("the Soviet Union", "the African Union") is no sector of it. */
describe('an agent noun inside a name', () => {
  codedCases([
    [
      'The Soviet Union invaded Afghanistan in December 1979.',
      '1980-01-05',
      ['RUS/RUS>AFG/AFG 19'],
      ['RUS/RUSLAB>AFG/AFG 19'],
    ],
    // counter: a sector word after a country's demonym still gives the body its sector
    ['Iraqi police arrested two Syrians near Basra.', '2015-03-02', ['IRQ/IRQCOP>SYR/SYR 17']],
  ])

  test('the EU and the AU are no labour unions', () => {
    const text = 'The European Union and the African Union sent observers to the election.'
    const doc = analyze({ id: 't', text, published: '2024-03-01', source: { kind: 'text', path: 't' } })
    const sectors = doc.mentions.filter((m) => m.entity === 'EU' || m.entity === 'AU').map((m) => m.sector)
    expect(sectors).toHaveLength(2)
    expect(sectors).toEqual([undefined, undefined])
  })
})
