import { EntenteError } from '../errors.js'

/**
 * The error for one input (a file, a feed item, a JSONL line) whatever a reader threw: an EntenteError as it
 * is, anything else (a library's own Error, a RangeError from a stack overflow) wrapped, naming the input, so
 * that one hostile input never stops the others.
 */
export function readerFailure(error: unknown, where: string, input: string): EntenteError {
  if (error instanceof EntenteError) return error
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return new EntenteError('input.unreadable', `Cannot read ${where}: the reader failed (${reason.slice(0, 200)})`, {
    input,
    hint: 'The rest was still read; if the input looks valid, please report it with the input attached',
    cause: error,
  })
}
