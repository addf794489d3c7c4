import type { Command } from 'commander'
import { registerBench } from './bench.js'
import { registerEval } from './eval.js'
import { registerExtract } from './extract.js'

/** Each command module exports a `register…(program)` function; add it here, one line per command. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerEval,
  registerExtract,
  registerBench,
]
