import { expect, test } from 'vitest'
import { buildGazetteer, isFlat } from './gazetteer.js'
import type { AliasHit, KbView } from './kb-view.js'

/** What `longestAliasAt` compares a surface as when `isFlat` says no: white space runs to one space, curly quotes straight. */
const flatten = (surface: string) => surface.replace(/\s+/g, ' ').replace(/[’‘]/g, "'")

test('isFlat says yes only of a surface that flattening leaves as it is, for every UTF-16 code unit', () => {
  const wrong: string[] = []
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code)
    for (const surface of [`Saudi${char}Arabia`, `Saudi ${char}Arabia`, `Saudi${char} Arabia`]) {
      if (isFlat(surface) && flatten(surface) !== surface) wrong.push(code.toString(16))
    }
  }
  expect(wrong).toEqual([])
})

test('isFlat says yes of names with single spaces and straight quotes, no of the others', () => {
  expect(['Saudi Arabia', "Cote d'Ivoire", 'the European Union', 'NATO'].map(isFlat)).toEqual([true, true, true, true])
  expect(['Saudi  Arabia', 'Saudi\u00a0Arabia', 'Saudi\nArabia', 'Cote d’Ivoire'].map(isFlat)).toEqual([
    false,
    false,
    false,
    false,
  ])
})

test("issue 13: the trie keeps the KB's own list of hits for a spelling, not a copy in every pipeline", () => {
  const town: readonly AliasHit[] = [{ entity: 'place:ostrava', kind: 'place', form: 'name' }]
  const kremlin: readonly AliasHit[] = [
    { entity: 'RUS', kind: 'country', form: 'metonym' },
    { entity: 'org:kremlin-guide', kind: 'organization', form: 'description' },
  ]
  const entries: [string, readonly AliasHit[]][] = [
    ['Ostrava', town],
    ['the Kremlin', kremlin],
  ]
  const gazetteer = buildGazetteer({ aliases: () => entries } as unknown as KbView)
  const ending = (...tokens: string[]) => {
    let node = gazetteer.root
    for (const token of tokens) node = node.next?.get(token) ?? { next: undefined, flat: undefined }
    return node.flat
  }
  expect(ending('ostrava')?.[0]?.[1]).toBe(town)
  expect(ending('the', 'kremlin')?.[0]?.[1]).toBe(kremlin)
  // counter: the spelling without "the" keeps its own list, without the descriptor
  expect(ending('kremlin')).toEqual([['Kremlin', [kremlin[0]]]])
})
