import type { Job } from 'bullmq'
import type { Article } from '../../document.js'
import { isEntenteError } from '../../errors.js'
import { articleId as contentHash, inputName } from '../../ingest/index.js'
import type { Store } from '../../store/index.js'
import type { Analyzer } from '../ingest/analyzer.js'
import { connectRedis, type QueueAddress } from './connection.js'
import { QUEUE_PREFIX } from './ingest-queue.js'

/** What a job did with its article. */
export interface JobResult {
  readonly status: 'stored' | 'duplicate'
  readonly id: string
  readonly nearDuplicateOf?: string
}

/** One finished job, as the worker reports it. */
export interface WorkerEvent {
  readonly job: string
  readonly input: string
  readonly status: 'stored' | 'duplicate' | 'failed' | 'retrying'
  readonly reason?: string
}

export interface WorkerOptions {
  readonly analyzer: Analyzer
  /** Jobs in hand at once (match the analyzer's threads). */
  readonly concurrency: number
  /** How long a job whose worker died (kill -9, lost host) waits before it runs again. */
  readonly stalledAfterMs: number
  readonly onEvent?: (event: WorkerEvent) => void
}

export interface QueueWorker {
  /** Finishes the jobs in hand, takes no new one, and disconnects. */
  close(): Promise<void>
}

/**
 * Runs queued articles through the pipeline into the store. Storing is idempotent (by content hash), so a job run
 * twice (after a crash, or a lock lost to a stall) changes nothing; a bad article fails at once with its reason,
 * anything else (a store that is busy or unreachable) is retried with backoff.
 */
export async function startWorker(store: Store, address: QueueAddress, options: WorkerOptions): Promise<QueueWorker> {
  // loaded on first use: an ingest into SQLite never needs it, and its modules would sit in every ingest's memory
  const { UnrecoverableError, Worker } = await import('bullmq')
  const connection = await connectRedis(address)
  const run = async (job: Job<Article>): Promise<JobResult> => {
    const article = job.data
    const id = contentHash(article.text)
    if (await store.hasArticle(id)) return { status: 'duplicate', id }
    try {
      return await store.putDoc(await options.analyzer.analyze(article))
    } catch (error) {
      throw isEntenteError(error) ? new UnrecoverableError(error.message) : error
    }
  }
  const worker = new Worker<Article, JobResult>(address.name, run, {
    connection,
    prefix: QUEUE_PREFIX,
    concurrency: options.concurrency,
    lockDuration: options.stalledAfterMs,
    stalledInterval: options.stalledAfterMs,
    // a job that keeps killing its worker (a poison article) fails after three tries
    maxStalledCount: 3,
  })
  const report = (job: Job<Article> | undefined, event: Omit<WorkerEvent, 'job' | 'input'>) =>
    options.onEvent?.({ job: job?.id ?? '', input: job ? inputName(job.data) : '', ...event })
  worker.on('completed', (job, result) => report(job, { status: result.status }))
  worker.on('failed', (job, error) => {
    const final =
      job === undefined || job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError
    report(job, { status: final ? 'failed' : 'retrying', reason: error.message })
  })
  worker.on('error', () => {}) // connection trouble: ioredis reconnects, and the jobs in hand are retried
  await worker.waitUntilReady()
  return {
    async close() {
      await worker.close()
      await connection.quit()
    },
  }
}
