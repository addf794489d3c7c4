/** Every error code entente raises for bad input, in one list you can grep. */
export const ERROR_CODES = [
  'usage',
  'input.not-found',
  'input.unreadable',
  'input.empty',
  'input.too-large',
  'input.binary',
  'input.encoding',
  'html.no-article',
  'html.too-complex',
  'feed.malformed',
  'feed.item',
  'fetch.refused',
  'fetch.failed',
  'fetch.too-large',
  'fetch.content-type',
  'fetch.robots',
  'jsonl.line',
  'date.malformed',
  'gold.malformed',
  'kb.invalid',
  'kb.unknown',
  'store.not-a-store',
  'store.newer-schema',
  'store.older-schema',
  'store.read-only',
  'store.unreachable',
  'queue.unreachable',
  'query.unknown-actor',
  'query.unknown-event',
  'query.unknown-article',
  'query.bad-cursor',
  'api.unauthorized',
  'api.forbidden',
  'dictionary.invalid',
  'import.malformed',
  'pipeline.order',
  'pipeline.timeout',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** A user mistake: bad input, flag or file. The CLI prints the message and hint and exits 1 (2 for usage). */
export class EntenteError extends Error {
  readonly code: ErrorCode
  readonly input: string | undefined
  readonly hint: string | undefined

  constructor(code: ErrorCode, message: string, options: { input?: string; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'EntenteError'
    this.code = code
    this.input = options.input
    this.hint = options.hint
  }
}

export function isEntenteError(error: unknown): error is EntenteError {
  return error instanceof EntenteError
}
