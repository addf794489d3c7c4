import type { Command } from 'commander'
import type { Article, Doc } from '../document.js'
import { EntenteError } from '../errors.js'
import { inputName, readInputs } from '../ingest/index.js'
import { readOptionsOf, resourcePathsOf, withResourceFlags, type ResourceFlags } from './read-flags.js'
import { analyze, analyzeAll, pipelineFor } from '../run.js'
import { BATCH_SIZE } from '../pipeline.js'
import { docToJson, docToPlover } from './doc-json.js'
import { summarize } from './summary.js'
import { printable } from '../query/printable.js'

interface ExtractOptions extends ResourceFlags {
  published?: string
  json?: boolean
  format: string
  input: string
  maxBytes?: string
}

/** `entente extract FILE…`: prints each article's layers as JSON or a readable summary. */
export function registerExtract(program: Command): void {
  const command = program
    .command('extract')
    .description('run the pipeline over files, folders, feeds or stdin ("-") and print what it finds')
    .argument('<inputs...>', 'files, folders, feeds, JSONL dumps, or - for stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD) to resolve relative dates against')
    .option('--json', 'print JSON (the default when output is piped)')
    .option('--format <format>', 'output format: json, summary or plover', '')
    .option('--input <format>', 'input format: auto, text, html, feed or jsonl', 'auto')
    .option('--max-bytes <n>', 'largest article to read, in bytes (default 5 MB)')
  withResourceFlags(command).action(async (inputs: string[], options: ExtractOptions) => {
    const format = options.format || (options.json || !process.stdout.isTTY ? 'json' : 'summary')
    if (!['json', 'summary', 'plover'].includes(format)) {
      throw new EntenteError('usage', `Cannot print format "${format}": use json, summary or plover`)
    }
    // loaded before anything is read: a bad --kb or --dictionary fails at once, naming itself
    const resources = resourcePathsOf(options)
    pipelineFor(resources)
    let failed = 0
    // articles run through the pipeline in batches, stage by stage (faster), and print in input order; from
    // stdin, which may be a live stream, each prints as soon as it is read
    const batchSize = inputs.includes('-') ? 1 : BATCH_SIZE
    let batch: Article[] = []
    const flush = () => {
      // a failure in one article is reported for that article; the others of its batch still print
      let docs: Doc[] | undefined
      try {
        docs = analyzeAll(batch, resources)
      } catch {
        docs = undefined
      }
      for (const [i, article] of batch.entries()) {
        try {
          process.stdout.write(render(docs?.[i] ?? analyze(article, resources), format))
        } catch (error) {
          failed++
          const reason = error instanceof Error ? error.message : String(error)
          process.stderr.write(`entente: Cannot analyze "${printable(inputName(article))}": ${printable(reason)}\n`)
        }
      }
      batch = []
    }
    for await (const result of readInputs(inputs, readOptionsOf(options))) {
      if (!result.ok) {
        failed++
        flush()
        process.stderr.write(`entente: ${printable(result.error.message)}\n`)
        if (result.error.hint) process.stderr.write(`hint: ${printable(result.error.hint)}\n`)
        continue
      }
      batch.push(result.article)
      if (batch.length >= batchSize) flush()
    }
    flush()
    if (failed) process.exitCode = 1
  })
}

function render(doc: Doc, format: string): string {
  if (format === 'summary') return summarize(doc)
  if (format === 'plover')
    return (
      docToPlover(doc)
        .map((record) => JSON.stringify(record))
        .join('\n') + '\n'
    )
  return JSON.stringify(docToJson(doc)) + '\n'
}
