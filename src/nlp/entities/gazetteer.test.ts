import { expect, test } from 'vitest'
import { isFlat } from './gazetteer.js'

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
