import type { Command } from 'commander'
import { EntenteError } from '../errors.js'
import { evaluate, formatTable } from '../eval/index.js'
import { analyze, defaultPipeline } from '../run.js'

/** Repeatable --gold: each occurrence adds a folder. */
function collect(dir: string, dirs: string[] = []): string[] {
  return [...dirs, dir]
}

interface EvalFlags {
  gold?: string[]
  json?: boolean
  verbose?: boolean
}

/** `entente eval --gold DIR [--gold DIR…] [--json] [--verbose]`: scores the default pipeline on gold sets. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the pipeline against gold annotations (eval/FORMAT.md)')
    .option('--gold <dir>', 'folder of *.gold.json files (repeatable)', collect)
    .option('--json', 'print the report as one JSON object')
    .option('--verbose', "list each document's missed, spurious and wrong items")
    .action(async (flags: EvalFlags) => {
      if (!flags.gold || flags.gold.length === 0) {
        throw new EntenteError('usage', 'Cannot run eval: no --gold folder given', {
          hint: 'Pass --gold DIR, e.g. --gold ../shared/eval/seed',
        })
      }
      const layers = defaultPipeline().stages.flatMap((stage) => stage.adds)
      const report = await evaluate(flags.gold, { analyze, layers })
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatTable(report, flags))
    })
}
