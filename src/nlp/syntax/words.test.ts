import { expect, test } from 'vitest'
import { hasPhrase } from './words.js'

// phrases as the lexicon lists them ("verb particle"), with a longer one and one whose first word holds a space
const PHRASES = new Set(['call off', 'rule out', 'crack down on', 'turn down', 'pull  back', 'new york talks'])

test('hasPhrase(phrases, a, b) reads as phrases.has(`${a} ${b}`) for every pair, without joining them', () => {
  const words = ['call', 'off', 'rule', 'out', 'crack', 'down', 'down on', 'on', 'turn', 'pull', ' back', 'back', '']
  const firsts = [...words, 'new york', 'new', 'york talks']
  for (const first of firsts) {
    for (const second of [...words, 'talks', 'york talks']) {
      expect(hasPhrase(PHRASES, first, second), `${first}|${second}`).toBe(PHRASES.has(`${first} ${second}`))
    }
  }
})

test('hasPhrase finds a phrase added to a new set, and none in an empty one', () => {
  expect(hasPhrase(new Set(['hold off']), 'hold', 'off')).toBe(true)
  expect(hasPhrase(new Set<string>(), 'hold', 'off')).toBe(false)
})
