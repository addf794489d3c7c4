import type { Command } from 'commander'
import { registerBench } from './bench.js'
import { registerDemo } from './demo.js'
import { registerEval } from './eval.js'
import { registerExtract } from './extract.js'
import { registerIngest } from './ingest.js'
import { registerKb } from './kb.js'
import { registerQuery } from './query.js'
import { registerExport } from './export.js'
import { registerRecluster } from './recluster.js'

/** Each command module exports a `register…(program)` function; add it here, one line per command. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerEval,
  registerExtract,
  registerBench,
  registerIngest,
  registerKb,
  registerQuery,
  registerExport,
  registerRecluster,
  registerDemo,
]
