import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { enqueueItems, openIngestQueue, parseQueueUrl, type IngestQueue } from '../jobs/index.js'
import { generateCorpus } from './corpus.js'

export interface QueueBenchOptions {
  /** Articles enqueued per run (default 200, as the SQLite ingest row). */
  readonly articles?: number
  /** Worker counts to measure (default 1 and 2). */
  readonly workers?: readonly number[]
  /** The PostgreSQL server; a database of the bench's own is created on it and dropped after. */
  readonly postgres?: string
  readonly redis?: string
  readonly log?: (line: string) => void
}

export interface QueueBenchRun {
  readonly workers: number
  readonly seconds: number
  readonly articlesPerSecond: number
}

export interface QueueBenchResult {
  readonly articles: number
  readonly store: 'postgres'
  readonly runs: readonly QueueBenchRun[]
  /** articles/s of the largest worker count over that of one worker. */
  readonly speedup: number
}

const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url))

/**
 * Queued ingest: `entente worker` processes (one pipeline thread each) take generated articles from a Redis queue
 * and store them into one PostgreSQL database. Each run gets a new database and queue; the workers are warmed up
 * (models loaded) on other articles first, then the time runs from the first article enqueued to the last one
 * stored. Runs from dist (it starts the CLI).
 */
export async function queueBench(options: QueueBenchOptions = {}): Promise<QueueBenchResult> {
  const log = options.log ?? (() => {})
  const server = options.postgres ?? 'postgres://postgres@127.0.0.1:5432'
  const redis = options.redis ?? 'redis://127.0.0.1:6379'
  const count = options.articles ?? 200
  const corpus = generateCorpus(count * 4500).slice(0, count)
  const warmUp = generateCorpus(40 * 4500, 7).slice(0, 40)
  const runs: QueueBenchRun[] = []
  for (const workers of options.workers ?? [1, 2]) {
    log(`queue: ${corpus.length} articles, ${workers} worker${workers === 1 ? '' : 's'} into PostgreSQL`)
    const database = `entente_bench_${randomBytes(5).toString('hex')}`
    await onServer(server, `create database ${database}`)
    const queue = await openIngestQueue(parseQueueUrl(`${redis}?name=${database}`))
    const children = Array.from({ length: workers }, () => startWorker(`${server}/${database}`, queue.address.redis))
    try {
      // warm-up: every worker has analysed at least one article (its pipeline thread has loaded the models)
      let warm = 0
      while (children.some((child) => child.results === 0) && warm < warmUp.length) {
        await enqueueAll(queue, warmUp.slice(warm, warm + workers * 2), 'warm')
        warm = Math.min(warmUp.length, warm + workers * 2)
        await drained(queue, warm)
      }
      const start = performance.now()
      await enqueueAll(queue, corpus, 'bench')
      await drained(queue, warm + corpus.length)
      const seconds = (performance.now() - start) / 1000
      runs.push({ workers, seconds: round(seconds), articlesPerSecond: round(corpus.length / seconds) })
    } finally {
      await Promise.all(children.map(stop))
      await queue.remove()
      await queue.close()
      await onServer(server, `drop database if exists ${database} with (force)`)
    }
  }
  const first = runs[0]?.articlesPerSecond ?? 0
  const last = runs.at(-1)?.articlesPerSecond ?? 0
  return { articles: corpus.length, store: 'postgres', runs, speedup: first > 0 ? round(last / first) : 0 }
}

interface Worker {
  readonly process: ChildProcess
  /** Jobs it has finished (its --json lines). */
  results: number
}

function startWorker(db: string, redis: string): Worker {
  const name = db.slice(db.lastIndexOf('/') + 1)
  const child = spawn(process.execPath, [CLI, 'worker', '--db', db, '--queue', `${redis}?name=${name}`, '--json'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  const worker = { process: child, results: 0 }
  child.stdout.on('data', (chunk: Buffer) => (worker.results += chunk.toString().split('\n').length - 1))
  return worker
}

async function stop(worker: Worker): Promise<void> {
  if (worker.process.exitCode !== null) return
  const exited = new Promise((resolve) => worker.process.once('exit', resolve))
  worker.process.kill('SIGTERM')
  await exited
}

async function enqueueAll(queue: IngestQueue, corpus: { text: string; published: string }[], path: string) {
  async function* items() {
    for (const [i, a] of corpus.entries()) {
      yield {
        ok: true as const,
        article: {
          id: '',
          text: a.text,
          published: a.published,
          source: { kind: 'text' as const, path: `${path}-${i}` },
        },
      }
    }
  }
  await enqueueItems(queue, items())
}

/** Waits until `total` jobs have completed (failed ones count too, so a broken run ends). */
async function drained(queue: IngestQueue, total: number): Promise<void> {
  for (;;) {
    const counts = await queue.counts()
    if (counts.completed + counts.failed >= total) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

async function onServer(server: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${server}/postgres` })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
