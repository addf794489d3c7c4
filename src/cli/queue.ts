import type { Command } from 'commander'
import { openIngestQueue, parseQueueUrl, type IngestQueue } from '../jobs/index.js'
import { positiveFlag } from './read-flags.js'

interface QueueFlags {
  queue: string
  json?: boolean
  limit?: string
}

/** `entente queue status|failed|retry`: what the workers have done, what failed and why, and running it again. */
export function registerQueue(program: Command): void {
  const queue = program
    .command('queue')
    .description('look at the ingest queue: job counts, failed jobs with their reasons, retrying them')
  queue
    .command('status')
    .description('jobs waiting, active, delayed (retrying), completed and failed')
    .requiredOption('--queue <url>', 'the Redis queue: redis://host:port[?name=QUEUE]')
    .option('--json', 'print JSON')
    .action((flags: QueueFlags) =>
      withQueue(flags, async (q) => {
        const counts = await q.counts()
        print(
          flags,
          counts,
          Object.entries(counts)
            .map(([state, n]) => `${state} ${n}`)
            .join(', '),
        )
      }),
    )
  queue
    .command('failed')
    .description('the failed jobs: the article, attempts made and the reason')
    .requiredOption('--queue <url>', 'the Redis queue: redis://host:port[?name=QUEUE]')
    .option('--limit <n>', 'at most this many', '100')
    .option('--json', 'print one JSON line per job')
    .action((flags: QueueFlags) =>
      withQueue(flags, async (q) => {
        const jobs = await q.failed(positiveFlag(flags.limit, '--limit') as number)
        for (const job of jobs) {
          process.stdout.write(
            flags.json
              ? `${JSON.stringify(job)}\n`
              : `${job.id}  ${job.input}  after ${job.attempts} attempt${job.attempts === 1 ? '' : 's'}: ${job.reason}\n`,
          )
        }
        if (!flags.json) process.stderr.write(`${jobs.length} failed\n`)
      }),
    )
  queue
    .command('retry')
    .description('run every failed job again (attempts start over)')
    .requiredOption('--queue <url>', 'the Redis queue: redis://host:port[?name=QUEUE]')
    .option('--json', 'print JSON')
    .action((flags: QueueFlags) =>
      withQueue(flags, async (q) => {
        const retried = await q.retryFailed()
        print(flags, { retried }, `${retried} failed job${retried === 1 ? '' : 's'} queued again`)
      }),
    )
}

async function withQueue(flags: QueueFlags, action: (queue: IngestQueue) => Promise<void>): Promise<void> {
  const queue = await openIngestQueue(parseQueueUrl(flags.queue))
  try {
    await action(queue)
  } finally {
    await queue.close()
  }
}

function print(flags: QueueFlags, json: object, text: string): void {
  process.stdout.write(flags.json ? `${JSON.stringify(json)}\n` : `${text}\n`)
}
