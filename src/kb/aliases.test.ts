import { Session } from 'node:inspector'
import { expect, test } from 'vitest'
import { AliasTable } from './aliases.js'

/** This thread's heap after a full collection, in bytes (the inspector collects: no --expose-gc needed). */
async function liveHeap(): Promise<number> {
  const session = new Session()
  session.connect()
  try {
    await new Promise<void>((resolve, reject) =>
      session.post('HeapProfiler.collectGarbage', (error) => (error ? reject(error) : resolve())),
    )
  } finally {
    session.disconnect()
  }
  return process.memoryUsage().heapUsed
}

test('issue 13: a frozen table holds each name in lists of its size (a list grown by push had room for 17)', async () => {
  const names = Array.from({ length: 20_000 }, (_, i) => `Town ${i.toString(36)}`)
  const before = await liveHeap()
  const table = new AliasTable()
  for (const [i, name] of names.entries()) table.add(name, `place:t${i}`, 'place', 'name')
  table.freeze()
  const perName = ((await liveHeap()) - before) / names.length
  // a slot, its two lists of one, its hit, the Map entries and the key strings: 0.44 KB; with room for 17 in both
  // lists, 0.70 KB
  expect(perName).toBeLessThan(560)
  expect(table.lookup('Town 1')).toEqual([{ entity: 'place:t1', kind: 'place', form: 'name' }])
  // counter: what freeze marks is kept, and a list of several keeps them all, in order
  table.add('Springfield', 'place:a', 'place', 'name')
  table.add('Springfield', 'place:b', 'place', 'name')
  table.add('Twin', 'org:x', 'organization', 'name')
  table.add('Twin', 'org:y', 'organization', 'name')
  table.freeze()
  expect(table.lookup('Springfield').map((hit) => hit.entity)).toEqual(['place:a', 'place:b'])
  expect(table.lookup('Twin').map((hit) => hit.ambiguous)).toEqual(['shared by org:x, org:y', 'shared by org:x, org:y'])
})
