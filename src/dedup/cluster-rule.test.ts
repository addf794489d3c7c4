import { describe, expect, test } from 'vitest'
import { partition, type PartitionReport } from './index.js'

const report = (id: string, date: string, mayStart = true): PartitionReport => ({ id, date, mayStart })

/** Every order of a small list. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]]
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  )
}

const ids = (clusters: PartitionReport[][]) => clusters.map((cluster) => cluster.map((r) => r.id))

describe('partition (cluster rule version 2)', () => {
  const reports = [
    report('a', '2023-04-04'),
    report('b', '2023-04-05'),
    report('c', '2023-04-06'),
    report('d', '2023-04'),
    report('f', '2023-04-03', false),
    report('g', '2023-05-20', false),
  ]

  test('issue 14: every order of the same reports gives the same clusters', () => {
    const expected = [['a', 'f', 'b', 'd'], ['c']]
    for (const order of permutations(reports)) expect(ids(partition(order))).toEqual(expected)
  })

  test('day reports anchor first, earliest first; coarser ones join the first cluster of their month or year', () => {
    expect(ids(partition([report('x', '2023-06'), report('y', '2023-06-10'), report('z', '2023-06-30')]))).toEqual([
      ['y', 'x'],
      ['z'],
    ])
    expect(ids(partition([report('m', '2023-07'), report('n', '2023')]))).toEqual([['m', 'n']])
  })

  test("a copy's report joins a cluster but never starts one", () => {
    expect(ids(partition([report('c1', '2023-04-04', false)]))).toEqual([])
    expect(ids(partition([report('c1', '2023-04-03', false), report('o', '2023-04-04')]))).toEqual([['o', 'c1']])
  })
})
