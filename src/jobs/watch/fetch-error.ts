import { EntenteError, type ErrorCode } from '../../errors.js'

export interface FetchErrorOptions {
  readonly code?: ErrorCode
  readonly input: string
  readonly hint?: string
  readonly status?: number
  /** A timeout, a dropped connection or a 5xx / 429: another try later may succeed. */
  readonly retryable?: boolean
  /** How long the server asked to wait (Retry-After), in ms. */
  readonly retryAfterMs?: number
  readonly cause?: unknown
}

/** A fetch that failed ('fetch.failed' unless another code is given), and whether trying again may help. */
export class FetchError extends EntenteError {
  readonly status: number | undefined
  readonly retryable: boolean
  readonly retryAfterMs: number | undefined

  constructor(message: string, options: FetchErrorOptions) {
    super(options.code ?? 'fetch.failed', message, {
      input: options.input,
      ...(options.hint === undefined ? {} : { hint: options.hint }),
      ...(options.cause === undefined ? {} : { cause: options.cause }),
    })
    this.name = 'FetchError'
    this.status = options.status
    this.retryable = options.retryable ?? false
    this.retryAfterMs = options.retryAfterMs
  }
}

/** True for an error another attempt may get past. */
export function isRetryable(error: unknown): boolean {
  return error instanceof FetchError && error.retryable
}
