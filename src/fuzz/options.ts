import { parseArgs } from 'node:util'

/** What `npm run fuzz` was asked to do. */
export interface FuzzOptions {
  readonly help: boolean
  readonly runs: number
  readonly seed: number
  readonly limitMs: number
  /** The targets to fuzz, in the order given (all of them when none is named). */
  readonly targets: readonly string[]
}

export const FUZZ_USAGE =
  'usage: npm run fuzz -- [--runs N] [--target NAME]... [--seed N] [--limit-ms MS]\n' +
  '  --runs N        inputs tried per target (default 1000)\n' +
  '  --target NAME   fuzz only this target (repeatable)\n' +
  '  --seed N        the first seed of the generated inputs (default 1)\n' +
  '  --limit-ms MS   an input slower than this counts as a failure (default 2000)\n'

/** A command line that cannot be run: the message names the argument and what is wrong with it. */
export class FuzzUsageError extends Error {}

function count(name: string, raw: string, least: number): number {
  const value = Number(raw)
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < least)
    throw new FuzzUsageError(`--${name} must be a whole number of at least ${least}, not "${raw}"`)
  return value
}

/** Reads the fuzzing command line, refusing unknown options, numbers that are not, and targets that do not exist. */
export function parseFuzzOptions(args: readonly string[], known: readonly string[]): FuzzOptions {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...args],
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        runs: { type: 'string', default: '1000' },
        target: { type: 'string', multiple: true },
        seed: { type: 'string', default: '1' },
        'limit-ms': { type: 'string', default: '2000' },
      },
    }))
  } catch (error) {
    throw new FuzzUsageError((error as Error).message)
  }
  const targets = values.target ?? [...known]
  const unknown = targets.find((name) => !known.includes(name))
  if (unknown !== undefined) throw new FuzzUsageError(`unknown fuzz target "${unknown}": use ${known.join(', ')}`)
  return {
    help: values.help,
    runs: count('runs', values.runs, 1),
    seed: count('seed', values.seed, 0),
    limitMs: count('limit-ms', values['limit-ms'], 1),
    targets,
  }
}
