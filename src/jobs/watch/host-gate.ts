import { sleep as realSleep, type Sleep } from './sleep.js'

/** Runs a task for a host when that host's previous request is over and a pause has passed. */
export type HostGate = <T>(host: string, task: () => Promise<T>) => Promise<T>

/**
 * One request at a time per host, `delayOf(host)` ms apart (politeness): tasks for one host wait in order, tasks
 * for different hosts run side by side.
 */
export function createHostGate(delayOf: (host: string) => number, sleep: Sleep = realSleep): HostGate {
  const tails = new Map<string, Promise<void>>()
  return async (host, task) => {
    const previous = tails.get(host) ?? Promise.resolve()
    let release = () => {}
    const done = new Promise<void>((resolve) => (release = resolve))
    const tail = previous.then(() => done)
    tails.set(host, tail)
    await previous
    try {
      return await task()
    } finally {
      const free = () => {
        release()
        if (tails.get(host) === tail) tails.delete(host)
      }
      const pause = delayOf(host)
      if (pause > 0) void sleep(pause).then(free, free)
      else free()
    }
  }
}
