import { setTimeout } from 'node:timers/promises'

/**
 * Waits `ms`, or rejects when the signal aborts. Every pause of the watch (politeness, retries, rounds) goes
 * through one, so a test can pass its own and assert the waits asked for instead of timing them.
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>

/** The real wait, on Node's timers. */
export const sleep: Sleep = (ms, signal) => setTimeout(ms, undefined, signal ? { signal } : {})
