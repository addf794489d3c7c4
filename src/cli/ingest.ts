import type { Command } from 'commander'
import cliProgress from 'cli-progress'
import { readInputs } from '../ingest/index.js'
import { positiveFlag, readOptionsOf, resourcePathsOf, withResourceFlags, type ResourceFlags } from './read-flags.js'
import { boundHeapGrowth, capJobs, createAnalyzer, defaultJobs, ingestItems, type IngestResult } from '../jobs/index.js'
import { enqueueItems, openIngestQueue, parseQueueUrl } from '../jobs/index.js'
import type { ReadOptions } from '../ingest/index.js'
import { DEFAULT_DB, openStore } from '../store/index.js'
import { printable } from '../query/printable.js'
import { EntenteError } from '../errors.js'

interface IngestFlags extends ResourceFlags {
  db: string
  published?: string
  json?: boolean
  jobs?: string
  input: string
  maxBytes?: string
  queue?: string
}

/** `entente ingest PATH…`: reads, analyzes on all cores and stores each article in one transaction. */
export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .description('read files, folders, feeds or stdin ("-"), analyze them and store them in the knowledge graph')
    .argument('<paths...>', 'files, folders, feeds, JSONL dumps, or - for stdin')
    .option('--db <file>', 'the store', DEFAULT_DB)
    .option('--published <date>', 'publication date (YYYY-MM-DD) for every article')
    .option('--json', 'print one JSON line per article: {status, id, input, reason?}')
    .option('--jobs <n>', 'worker threads (default and most: the cores, as free memory allows; 1 runs in this thread)')
    .option('--input <format>', 'input format: auto, text, html, feed or jsonl', 'auto')
    .option('--max-bytes <n>', 'largest article to read, in bytes (default 5 MB)')
    .option('--queue <url>', 'put the articles on a Redis queue for `entente worker` instead: redis://host:port')
    .addHelpText(
      'after',
      '\nExamples:\n  entente ingest news/ --db world.db --jobs 4\n  entente ingest news/ --queue redis://127.0.0.1:6379\n',
    )
  withResourceFlags(command).action(async (paths: string[], flags: IngestFlags) => {
    const readOptions = readOptionsOf(flags)
    if (flags.queue !== undefined && (flags.kb?.length || flags.dictionary !== undefined)) {
      throw new EntenteError(
        'usage',
        'Cannot use --kb or --dictionary with --queue: the workers analyze the articles',
        {
          hint: 'Ingest without --queue to analyze with another KB or dictionary',
        },
      )
    }
    if (flags.queue !== undefined) return enqueue(paths, readOptions, flags.queue, flags.json === true)
    const asked = positiveFlag(flags.jobs, '--jobs')
    const { jobs, lowered } = asked === undefined ? { jobs: defaultJobs() } : capJobs(asked)
    if (lowered) process.stderr.write(`entente: ${lowered}\n`)
    // a long ingest stays flat: every heap of this process (the worker threads' too) collects before growing far
    boundHeapGrowth()
    const store = await openStore(flags.db)
    const resources = resourcePathsOf(flags)
    // loaded here once before the pool starts: a bad --kb or --dictionary fails at once, naming itself
    if (resources.kb || resources.dictionary) (await import('../run.js')).pipelineFor(resources)
    const analyzer = createAnalyzer({ jobs, resources })
    const abort = new AbortController()
    const stop = () => (abort.signal.aborted ? process.exit(130) : abort.abort())
    process.on('SIGINT', stop).on('SIGTERM', stop)
    // A closed pipe (`| head`) ends the ingest like Ctrl-C: what is stored stays stored.
    const closed = (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? abort.abort() : undefined)
    process.stdout.on('error', closed)
    const progress = createProgress(!flags.json && process.stderr.isTTY === true)
    try {
      const items = readInputs(paths, readOptions)
      const summary = await ingestItems(store, items, {
        analyzer,
        signal: abort.signal,
        onResult: (result) => {
          if (flags.json && !abort.signal.aborted) process.stdout.write(`${JSON.stringify(jsonLine(result))}\n`)
          else if (result.status === 'failed')
            progress.log(`entente: ${printable(`${result.input}: ${result.reason ?? 'failed'}`)}\n`)
          progress.tick(result.status)
        },
      })
      progress.stop()
      const near = summary.nearDuplicates ? ` (${summary.nearDuplicates} near-duplicates)` : ''
      process.stderr.write(
        `${summary.interrupted ? 'interrupted: ' : ''}${summary.stored} stored${near}, ${summary.duplicate} duplicate, ${summary.failed} failed\n`,
      )
      if (summary.interrupted) process.exitCode = 130
      else if (summary.failed > 0) process.exitCode = 1
    } finally {
      progress.stop()
      process.off('SIGINT', stop).off('SIGTERM', stop)
      process.stdout.off('error', closed)
      await analyzer.close()
      await store.close()
    }
  })
}

/** `ingest --queue`: reads the inputs and puts one job per distinct article on the queue; workers do the rest. */
async function enqueue(paths: string[], readOptions: ReadOptions, url: string, json: boolean): Promise<void> {
  const queue = await openIngestQueue(parseQueueUrl(url))
  const abort = new AbortController()
  const stop = () => (abort.signal.aborted ? process.exit(130) : abort.abort())
  process.on('SIGINT', stop).on('SIGTERM', stop)
  try {
    const summary = await enqueueItems(queue, readInputs(paths, readOptions), {
      signal: abort.signal,
      onResult: (result) => {
        if (json) process.stdout.write(`${JSON.stringify(result)}\n`)
        else if (result.status === 'failed')
          process.stderr.write(`entente: ${printable(`${result.input}: ${result.reason}`)}\n`)
      },
    })
    process.stderr.write(
      `${summary.interrupted ? 'interrupted: ' : ''}${summary.queued} queued on ${queue.address.name}, ${summary.duplicate} already queued, ${summary.failed} failed\n`,
    )
    if (summary.interrupted) process.exitCode = 130
    else if (summary.failed > 0) process.exitCode = 1
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop)
    await queue.close()
  }
}

function jsonLine(result: IngestResult) {
  return {
    status: result.status,
    id: result.id,
    input: result.input,
    ...(result.reason ? { reason: result.reason } : {}),
    ...(result.nearDuplicateOf ? { nearDuplicateOf: result.nearDuplicateOf } : {}),
  }
}

/** A progress line on stderr when it is a terminal; silent otherwise. */
function createProgress(enabled: boolean) {
  const counts = { stored: 0, duplicate: 0, failed: 0 }
  const bar = enabled
    ? new cliProgress.SingleBar(
        {
          format:
            'ingest {value} articles · {stored} stored · {duplicate} duplicate · {failed} failed · {duration_formatted}',
          stream: process.stderr,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined
  bar?.start(0, 0, counts)
  let stopped = false
  return {
    tick(status: keyof typeof counts) {
      counts[status]++
      bar?.setTotal(bar.getTotal() + 1)
      bar?.increment(1, counts)
    },
    log(line: string) {
      process.stderr.write(bar ? `\r\x1b[K${line}` : line)
    },
    stop() {
      if (!stopped) bar?.stop()
      stopped = true
    },
  }
}
