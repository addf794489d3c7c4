import { describe, expect, test } from 'vitest'
import { analyze } from '../run.js'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 item 5, actors linked right: "UN peacekeepers" is one actor (the KB's UN peacekeeping, coded as the UN),
 * and a pattern's noun ("expel peacekeeper") reads the common noun that ends its name as it reads the noun alone.
 * Sentences of our own; "source>target root", each side entity/actor code.
 */
function codes(text: string, published: string): string[] {
  const doc = analyze({ id: 't', text, published, source: { kind: 'text', path: 't' } })
  return doc.events.map((e) => `${e.source?.entity ?? '-'}>${e.target?.entity ?? '-'} ${e.cameo}`)
}

describe("a pattern's noun heading an actor's name", () => {
  codedCases([
    ['Mali expelled UN peacekeepers on Tuesday.', '2023-06-20', ['MLI/MLI>UN/IGOUNO 16']],
    ['Sudan expelled U.N. peacekeepers from Darfur.', '2008-06-20', ['SDN/SDN>UN/IGOUNO 16']],
    // counters: the noun after a name, and the name acted on as a whole, code as before
    ['Mali expelled UN monitors.', '2023-06-20', ['MLI/MLI>UN/IGOUNO 16']],
    ['Rebels attacked UN peacekeepers near Goma.', '2023-06-20', ['COD/CODREB>UN/IGOUNO 19']],
    ['Israel warned the Hamas movement.', '2023-06-20', ['ISR/ISR>PSE/PSEREBHMS 13']],
  ])

  test('issue 10: expelling UN peacekeepers is the expulsion of peacekeepers (1661)', () => {
    expect(codes('Mali expelled UN peacekeepers on Tuesday.', '2023-06-20')).toEqual(['MLI>UN 1661'])
  })

  test('counter: a description ending in a noun ("the bloc") stays the actor a slot takes', () => {
    const text = 'The Shanghai Cooperation Organisation met in Astana. Belarus moved closer to joining the bloc.'
    const doc = analyze({ id: 't', text, published: '2023-07-04', source: { kind: 'text', path: 't' } })
    expect(doc.events.find((e) => e.source?.entity === 'BLR')?.rule).toBe('join $TARGET')
  })
})
