import type { JobsOptions, Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import type { Article } from '../../document.js'
import { articleId as contentHash, inputName } from '../../ingest/index.js'
import { connectRedis, type QueueAddress } from './connection.js'

/** Every entente key in Redis starts with this. */
export const QUEUE_PREFIX = 'entente'

/** A job id from an article's content hash: the same text enqueued twice is one job. */
export function jobIdOf(article: Pick<Article, 'text'>): string {
  // BullMQ refuses ids that read as integers, which a hex hash of digits only would
  return `article-${contentHash(article.text)}`
}

/**
 * How jobs are run: five attempts, 1 s, 2 s, 4 s, 8 s apart; a failed job stays with its reason until retried;
 * a completed one stays an hour (at most 10,000), so enqueuing it again meanwhile is a no-op. After that a worker
 * still finds it stored and skips it without analysing.
 */
export const JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: false,
}

export type QueueState = 'waiting' | 'prioritized' | 'active' | 'delayed' | 'completed' | 'failed'
export type QueueCounts = Record<QueueState, number>
const STATES: readonly QueueState[] = ['waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed']

/** A failed job: the article it carried and why it failed. */
export interface FailedJob {
  readonly id: string
  readonly input: string
  readonly attempts: number
  readonly reason: string
  readonly failedAt: string | null
}

/** The ingest queue as producers and operators see it. */
export interface IngestQueue {
  readonly address: QueueAddress
  /** 'queued', or 'duplicate' when a job of the same text is already in the queue. */
  enqueue(article: Article): Promise<{ status: 'queued' | 'duplicate'; id: string }>
  counts(): Promise<QueueCounts>
  failed(limit: number): Promise<FailedJob[]>
  /** Moves every failed job back to waiting, attempts reset; returns how many. */
  retryFailed(): Promise<number>
  /** Deletes the queue with all its jobs (benchmarks and tests use queues of their own). */
  remove(): Promise<void>
  close(): Promise<void>
}

/** Opens the ingest queue at `address` (checking Redis answers); `backoffMs` sets the first retry's delay. */
export async function openIngestQueue(
  address: QueueAddress,
  options: { readonly backoffMs?: number } = {},
): Promise<IngestQueue> {
  const jobOptions = options.backoffMs
    ? { ...JOB_OPTIONS, backoff: { type: 'exponential', delay: options.backoffMs } }
    : JOB_OPTIONS
  // loaded on first use: an ingest into SQLite never needs it, and its modules would sit in every ingest's memory
  const { Queue } = await import('bullmq')
  const connection = await connectRedis(address)
  const queue = new Queue<Article>(address.name, { connection, prefix: QUEUE_PREFIX })
  return {
    address,
    async enqueue(article) {
      const id = jobIdOf(article)
      const known = (await queue.getJobState(id)) !== 'unknown'
      // add() with a known id is a no-op in Redis; the look-up above only says so
      await queue.add('article', article, { ...jobOptions, jobId: id })
      return { status: known ? 'duplicate' : 'queued', id }
    },
    async counts() {
      const counts = await queue.getJobCounts(...STATES)
      return Object.fromEntries(STATES.map((state) => [state, counts[state] ?? 0])) as QueueCounts
    },
    async failed(limit) {
      const jobs = await queue.getFailed(0, limit - 1)
      return jobs.map((job) => ({
        id: job.id ?? '',
        input: inputName(job.data),
        attempts: job.attemptsMade,
        reason: job.failedReason,
        failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      }))
    },
    async retryFailed() {
      const count = (await queue.getJobCounts('failed')).failed ?? 0
      await queue.retryJobs({ state: 'failed' })
      return count
    },
    remove: () => queue.obliterate({ force: true }),
    close: () => closeBoth(queue, connection),
  }
}

async function closeBoth(queue: Queue, connection: Redis): Promise<void> {
  await queue.close()
  await connection.quit()
}
