import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Command } from 'commander'
import { loadCodeTables } from '../coding/index.js'
import { formatImport, importPetrarchDictionary } from '../coding/write-import.js'
import { docFromArticle } from '../document.js'
import { EntenteError } from '../errors.js'
import { evaluate, formatComparison, formatTable, type EvalReport } from '../eval/index.js'
import type { ResourcePaths } from '../resources.js'
import { pipelineFor } from '../run.js'
import { resourcePathsOf, withResourceFlags, type ResourceFlags } from './read-flags.js'

/** Repeatable --gold: each occurrence adds a folder. */
function collect(dir: string, dirs: string[] = []): string[] {
  return [...dirs, dir]
}

interface EvalFlags extends ResourceFlags {
  gold?: string[]
  json?: boolean
  verbose?: boolean
  compareDictionary?: string
}

/** Scores the pipeline over the given resources on the gold folders. */
async function score(gold: readonly string[], paths: ResourcePaths): Promise<EvalReport> {
  const pipeline = pipelineFor(paths)
  const layers = pipeline.stages.flatMap((stage) => stage.adds)
  return evaluate(gold, { analyze: (article) => pipeline.run(docFromArticle(article)), layers })
}

/**
 * The dictionary to compare with as a folder or file of our format: a TABARI/PETRARCH verbs file (anything not a
 * folder and not .json) is imported into a temporary folder first, and the import report goes to stderr.
 */
function comparable(path: string, temp: () => string): string {
  if (!existsSync(path)) {
    throw new EntenteError('input.not-found', `Cannot compare with dictionary "${path}": no such file or folder`, {
      input: path,
    })
  }
  if (statSync(path).isDirectory() || path.endsWith('.json')) return path
  const out = temp()
  const result = importPetrarchDictionary(path, out, loadCodeTables())
  const read = result.read
  process.stderr.write(
    `entente: imported ${basename(path)} for the comparison: ${result.entries.length} entries from ${read.patterns} patterns and ${read.verbs} verbs (${[...result.skipped.values()].reduce((n, i) => n + i.count, 0)} parts not converted; \`entente dictionary import\` lists them)\n`,
  )
  if (process.env.ENTENTE_IMPORT_REPORT) process.stderr.write(formatImport(result, out))
  return out
}

/** `entente eval --gold DIR [--gold DIR…] [--json] [--verbose]`: scores the pipeline on gold sets. */
export function registerEval(program: Command): void {
  const command = program
    .command('eval')
    .description('score the pipeline against gold annotations (eval/FORMAT.md)')
    .option('--gold <dir>', 'folder of *.gold.json files (repeatable)', collect)
    .option('--json', 'print the report as one JSON object')
    .option('--verbose', "list each document's missed, spurious and wrong items")
    .option(
      '--compare-dictionary <path>',
      'also score with this dictionary instead (a dictionary folder or file, or a PETRARCH verbs file, imported first) and print the event figures side by side',
    )
  withResourceFlags(command).action(async (flags: EvalFlags) => {
    if (!flags.gold || flags.gold.length === 0) {
      throw new EntenteError('usage', 'Cannot run eval: no --gold folder given', {
        hint: 'Pass --gold DIR, e.g. --gold ../shared/eval/seed',
      })
    }
    const paths = resourcePathsOf(flags)
    const report = await score(flags.gold, paths)
    if (flags.compareDictionary === undefined) {
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatTable(report, flags))
      return
    }
    let temp: string | undefined
    try {
      const other = comparable(flags.compareDictionary, () => (temp = mkdtempSync(join(tmpdir(), 'entente-compare-'))))
      const compared = await score(flags.gold, { ...paths, dictionary: other })
      const names = [
        paths.dictionary ? basename(paths.dictionary) : 'entente',
        basename(flags.compareDictionary),
      ] as const
      if (flags.json) {
        const json = { ...report, compare: { dictionary: flags.compareDictionary, report: compared } }
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
      } else process.stdout.write(`${formatTable(report, flags)}\n${formatComparison(names, [report, compared])}`)
    } finally {
      if (temp) rmSync(temp, { recursive: true, force: true })
    }
  })
}
