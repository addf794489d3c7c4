import { expect, test } from 'vitest'
import { keepTriples, keptGroup, keptTriples, type KeptTriples } from './kept-triples.js'

/** What the memo really holds, to compare with its counter. */
function held(memo: KeptTriples<unknown>): number {
  return [...memo.groups.values()].reduce((sum, group) => sum + group.size, 0)
}

test('keepTriples() counts what it holds when an empty group is the oldest', () => {
  const memo = keptTriples<number>(3)
  keepTriples(memo, 'member_of|object|ASEAN|3', [])
  keepTriples(memo, 'member_of|object|NATO|3', [
    ['FIN', 1],
    ['SWE', 2],
    ['POL', 3],
  ])
  keepTriples(memo, 'member_of|object|EU|3', [
    ['IRL', 4],
    ['AUT', 5],
  ])
  expect(memo.size).toBe(held(memo))
  expect(memo.size).toBe(3)
  expect([...keptGroup(memo, 'member_of|object|EU|3').keys()]).toEqual(['IRL', 'AUT'])
})

test('keepTriples() keeps the newest values, dropping the oldest groups whole once they are empty', () => {
  const memo = keptTriples<number>(2)
  keepTriples(memo, 'a', [
    ['x', 1],
    ['y', 2],
  ])
  keepTriples(memo, 'b', [
    ['x', 3],
    ['y', 4],
  ])
  expect([...memo.groups.keys()]).toEqual(['b'])
  expect(memo.size).toBe(held(memo))
})

test('keepTriples() counts a value kept again once', () => {
  const memo = keptTriples<number>(10)
  keepTriples(memo, 'a', [['x', 1]])
  keepTriples(memo, 'a', [['x', 1]])
  expect(memo.size).toBe(1)
})
