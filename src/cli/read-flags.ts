import type { Command } from 'commander'
import { EntenteError } from '../errors.js'
import { parsePublished, type InputFormat, type ReadOptions } from '../ingest/index.js'
import type { ResourcePaths } from '../resources.js'

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

/** The flags naming a KB and a dictionary other than the package's, as `extract`, `ingest` and `eval` take them. */
export interface ResourceFlags {
  readonly kb?: readonly string[]
  readonly dictionary?: string
}

/** Adds `--kb` (repeatable) and `--dictionary` to a command. */
export function withResourceFlags(command: Command): Command {
  return command
    .option(
      '--kb <dir|file>',
      "a KB folder (data/kb's layout, any files) or people file that extends the package's KB (repeatable)",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option(
      '--dictionary <dir|file>',
      "a verb dictionary folder or file (format 2, e.g. from `entente dictionary import`) used instead of the package's",
    )
}

/** The resource paths the flags name (none: the package's own). */
export function resourcePathsOf(flags: ResourceFlags): ResourcePaths {
  return {
    ...(flags.kb?.length ? { kb: flags.kb } : {}),
    ...(flags.dictionary !== undefined ? { dictionary: flags.dictionary } : {}),
  }
}
