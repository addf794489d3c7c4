import { expect, test } from 'vitest'
import { matchesOf } from './matches.js'

test('matchesOf() gives what matchAll gives, and leaves the pattern ready for the next text', () => {
  const pattern = /\b(\d+) (days?|weeks?)\b/g
  const text = 'It took 3 days, then 2 weeks, then 1 day.'
  const mine = [...matchesOf(pattern, text)].map((m) => [m.index, m[0], m[1]])
  expect(mine).toEqual([...text.matchAll(pattern)].map((m) => [m.index, m[0], m[1]]))
  expect(mine).toHaveLength(3)
  expect(pattern.lastIndex).toBe(0)
  // an early stop does not spoil the next scan
  for (const match of matchesOf(pattern, text)) if (match) break
  expect([...matchesOf(pattern, 'after 9 weeks')].map((m) => m[0])).toEqual(['9 weeks'])
  // an empty match moves on instead of looping
  expect([...matchesOf(/x*/g, 'ab')].map((m) => m.index)).toEqual([0, 1, 2])
})

test('matchesOf() refuses a second scan of a pattern whose first scan is still open', () => {
  const pattern = /a/g
  const outer = matchesOf(pattern, 'aa')
  outer.next()
  expect(() => matchesOf(pattern, 'a').next()).toThrow('already being scanned')
  outer.return(undefined)
  expect([...matchesOf(pattern, 'aaa')]).toHaveLength(3)
})
