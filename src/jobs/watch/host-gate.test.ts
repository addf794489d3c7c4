import { expect, test } from 'vitest'
import { createHostGate } from './host-gate.js'
import type { Sleep } from './sleep.js'

/** Lets every pending promise callback and I/O callback run. */
const settle = () => new Promise((resolve) => setImmediate(resolve))

test("a host's next request waits until the pause after the previous one is over; another host does not wait", async () => {
  const pauses: { ms: number; end: () => void }[] = []
  const sleep: Sleep = (ms) => new Promise((resolve) => pauses.push({ ms, end: resolve }))
  const gate = createHostGate((host) => (host === 'slow.test' ? 300 : 0), sleep)
  const started: string[] = []
  const run = (host: string, name: string) => gate(host, async () => void started.push(name))
  const all = Promise.all([
    run('slow.test', 'a1'),
    run('slow.test', 'a2'),
    run('fast.test', 'b1'),
    run('fast.test', 'b2'),
  ])
  await settle()
  expect(started).toEqual(['a1', 'b1', 'b2']) // a delay of 0 asks for no pause
  expect(pauses.map((pause) => pause.ms)).toEqual([300])
  await settle()
  expect(started).not.toContain('a2') // still paused
  pauses[0]?.end()
  await all
  expect(started).toEqual(['a1', 'b1', 'b2', 'a2'])
  expect(pauses.map((pause) => pause.ms)).toEqual([300, 300])
})

test('a request that fails still lets the next one go, after the pause', async () => {
  const waits: number[] = []
  const gate = createHostGate(
    () => 50,
    async (ms) => void waits.push(ms),
  )
  await expect(gate('down.test', () => Promise.reject(new Error('refused')))).rejects.toThrow('refused')
  expect(await gate('down.test', async () => 'answered')).toBe('answered')
  expect(waits).toEqual([50, 50])
})
