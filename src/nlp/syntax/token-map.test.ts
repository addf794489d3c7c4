import { expect, test } from 'vitest'
import { TokenMap, TokenSet } from './token-map.js'

test('a token map reads as a Map of the same entries, the last value set winning', () => {
  const map = new TokenMap<string>(5)
  const reference = new Map<number, string>()
  for (const [token, value] of [
    [0, 'a'],
    [3, 'b'],
    [4, 'c'],
    [3, 'd'],
  ] as const) {
    map.set(token, value)
    reference.set(token, value)
  }
  for (const token of [-1, 0, 1, 2, 3, 4, 5, 1.5, Number.NaN]) {
    expect(map.has(token)).toBe(reference.has(token))
    expect(map.get(token)).toBe(reference.get(token))
  }
})

test('a token map or set refuses a key that is no token of its document', () => {
  for (const token of [-1, 5, 1.5]) {
    expect(() => new TokenMap<string>(5).set(token, 'x')).toThrow(RangeError)
    expect(() => new TokenSet(5).add(token)).toThrow(RangeError)
  }
})

test('a token set holds what was added and nothing else', () => {
  const set = new TokenSet(4).add(1).add(2).add(1)
  expect([-1, 0, 1, 2, 3, 4].map((token) => set.has(token))).toEqual([false, false, true, true, false, false])
})
