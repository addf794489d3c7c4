import { FetchError, isRetryable } from './fetch-error.js'
import { sleep as realSleep, type Sleep } from './sleep.js'

/** A server that asks to wait longer than this (Retry-After) is left until the next poll. */
export const MAX_RETRY_WAIT_MS = 60_000

export interface RetryOptions {
  /** Tries after the first (default 3). */
  readonly retries?: number
  /** The first pause; each next one doubles (default 1000 ms). */
  readonly backoffMs?: number
  readonly signal?: AbortSignal
  /** How the pauses are taken (tests pass one that records them). */
  readonly sleep?: Sleep
}

/**
 * Runs a fetch again after a timeout, a dropped connection or a 5xx, waiting backoffMs, 2×, 4×… between tries,
 * or as long as the server's Retry-After asks.
 */
export async function withRetries<T>(attempt: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 3
  const backoffMs = options.backoffMs ?? 1000
  const sleep = options.sleep ?? realSleep
  for (let tried = 0; ; tried++) {
    try {
      return await attempt()
    } catch (error) {
      if (tried >= retries || !isRetryable(error) || options.signal?.aborted) throw error
      const wait = (error instanceof FetchError ? error.retryAfterMs : undefined) ?? backoffMs * 2 ** tried
      if (wait > MAX_RETRY_WAIT_MS) throw error
      await sleep(wait, options.signal)
    }
  }
}
