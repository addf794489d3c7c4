import type { Command } from 'commander'
import { capJobs, createAnalyzer, parseQueueUrl, startWorker, type WorkerEvent } from '../jobs/index.js'
import { DEFAULT_DB, openStore } from '../store/index.js'
import { positiveFlag } from './read-flags.js'

interface WorkerFlags {
  db: string
  queue: string
  concurrency?: string
  stalledAfter: string
  json?: boolean
}

/** `entente worker`: takes articles from the queue, analyzes them and stores them, until SIGTERM. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take queued articles (entente ingest --queue), analyze them and store them, until stopped')
    .requiredOption('--queue <url>', 'the Redis queue: redis://host:port[?name=QUEUE]')
    .option('--db <store>', 'the store (a SQLite file or a postgres:// URL)', DEFAULT_DB)
    .option('--concurrency <n>', 'articles analyzed at once, one thread each (default 1; at most the cores)')
    .option('--stalled-after <seconds>', 'how long the job of a worker that died waits before it runs again', '30')
    .option('--json', 'print one JSON line per finished job: {job, input, status, reason?}')
    .addHelpText(
      'after',
      '\nSIGTERM or Ctrl-C finishes the jobs in hand and exits; a killed worker loses nothing (its job runs again).' +
        '\nExample:\n  entente worker --db postgres://localhost/entente --queue redis://127.0.0.1:6379 --concurrency 2\n',
    )
    .action(async (flags: WorkerFlags) => {
      const address = parseQueueUrl(flags.queue)
      const asked = positiveFlag(flags.concurrency, '--concurrency') ?? 1
      const stalledAfterMs = (positiveFlag(flags.stalledAfter, '--stalled-after') as number) * 1000
      const { jobs, lowered } = capJobs(asked)
      if (lowered) process.stderr.write(`entente: ${lowered.replace('--jobs', '--concurrency')}\n`)
      const store = await openStore(flags.db)
      const analyzer = createAnalyzer({ jobs, offThread: true })
      const counts = { stored: 0, duplicate: 0, failed: 0, retrying: 0 }
      const onEvent = (event: WorkerEvent) => {
        counts[event.status]++
        if (flags.json) process.stdout.write(`${JSON.stringify(event)}\n`)
        else if (event.reason) process.stderr.write(`entente: ${event.input}: ${event.status}: ${event.reason}\n`)
      }
      try {
        const worker = await startWorker(store, address, { analyzer, concurrency: jobs, stalledAfterMs, onEvent })
        process.stderr.write(
          `worker: ${address.name} on ${withoutPassword(address.redis)} into ${withoutPassword(store.location)}, ${jobs} at once\n`,
        )
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop).off('SIGTERM', stop)
            // a second signal ends at once; the jobs in hand then run again on another worker
            process.once('SIGINT', () => process.exit(130)).once('SIGTERM', () => process.exit(143))
            process.stderr.write('worker: finishing the jobs in hand\n')
            worker.close().then(resolve, resolve)
          }
          process.on('SIGINT', stop).on('SIGTERM', stop)
        })
        process.stderr.write(
          `worker: ${counts.stored} stored, ${counts.duplicate} duplicate, ${counts.failed} failed, ${counts.retrying} to retry\n`,
        )
      } finally {
        await analyzer.close()
        await store.close()
      }
    })
}

/** A URL as it may be printed: its password, if any, replaced by `***`. */
function withoutPassword(location: string): string {
  if (!URL.canParse(location)) return location
  const url = new URL(location)
  if (url.password) url.password = '***'
  return url.toString()
}
