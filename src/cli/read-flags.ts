import { EntenteError } from '../errors.js'
import { parsePublished, type InputFormat, type ReadOptions } from '../ingest/index.js'

const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'html', 'feed', 'jsonl']

/** The reading flags `extract` and `ingest` share. */
export interface ReadFlags {
  readonly published?: string
  readonly input: string
  readonly maxBytes?: string
}

/** A positive whole number from a flag, or a usage error naming the flag. */
export function positiveFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new EntenteError('usage', `Cannot use ${flag} "${value}": expected a positive whole number`)
  }
  return n
}

/** Checks the reading flags before anything is read, and turns them into reader options. */
export function readOptionsOf(flags: ReadFlags): ReadOptions {
  if (!(INPUT_FORMATS as readonly string[]).includes(flags.input)) {
    throw new EntenteError('usage', `Cannot read input format "${flags.input}": use ${INPUT_FORMATS.join(', ')}`)
  }
  const maxBytes = positiveFlag(flags.maxBytes, '--max-bytes')
  return {
    format: flags.input as InputFormat,
    ...(flags.published !== undefined ? { published: parsePublished(flags.published) } : {}),
    ...(maxBytes ? { maxBytes } : {}),
  }
}
