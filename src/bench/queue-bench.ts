import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { enqueueItems, openIngestQueue, parseQueueUrl, type IngestQueue } from '../jobs/index.js'
import { analyzeAll } from '../run.js'
import { openStore } from '../store/index.js'
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
  /** CPU time the worker processes spent per article (all their threads; Linux only, else null). */
  readonly cpuSecondsPerArticle: number | null
  /** The machine's 1-minute load average when the run ended: above the cores, the workers shared them. */
  readonly loadAverage: number
}

export interface QueueBenchResult {
  readonly articles: number
  readonly store: 'postgres'
  readonly runs: readonly QueueBenchRun[]
  /** articles/s of the largest worker count over that of one worker. */
  readonly speedup: number
  readonly cores: number
  /** Storing alone: analysed articles written one after another into PostgreSQL (the most the store takes). */
  readonly storeOnly: { readonly articles: number; readonly articlesPerSecond: number }
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
      const cpuBefore = cpuSeconds(children)
      await enqueueAll(queue, corpus, 'bench')
      await drained(queue, warm + corpus.length)
      const seconds = (performance.now() - start) / 1000
      const cpuAfter = cpuSeconds(children)
      runs.push({
        workers,
        seconds: round(seconds),
        articlesPerSecond: round(corpus.length / seconds),
        cpuSecondsPerArticle:
          cpuBefore === null || cpuAfter === null ? null : round((cpuAfter - cpuBefore) / corpus.length, 3),
        loadAverage: round(loadavg()[0] ?? 0),
      })
    } finally {
      await Promise.all(children.map(stop))
      await queue.remove()
      await queue.close()
      await onServer(server, `drop database if exists ${database} with (force)`)
    }
  }
  log('queue: storing alone into PostgreSQL')
  const storeOnly = await timeStoring(server, corpus.slice(0, 50))
  const first = runs[0]?.articlesPerSecond ?? 0
  const last = runs.at(-1)?.articlesPerSecond ?? 0
  return {
    articles: corpus.length,
    store: 'postgres',
    runs,
    speedup: first > 0 ? round(last / first) : 0,
    cores: availableParallelism(),
    storeOnly,
  }
}

/** Articles analysed beforehand, then stored one after another (each in its transaction) into a new database. */
async function timeStoring(server: string, corpus: { text: string; published: string }[]) {
  const docs = analyzeAll(
    corpus.map((a, i) => ({ id: '', text: a.text, published: a.published, source: { kind: 'text', path: `s-${i}` } })),
  )
  const database = `entente_bench_${randomBytes(5).toString('hex')}`
  await onServer(server, `create database ${database}`)
  try {
    const store = await openStore(`${server}/${database}`)
    const start = performance.now()
    for (const doc of docs) await store.putDoc(doc)
    const seconds = (performance.now() - start) / 1000
    await store.close()
    return { articles: docs.length, articlesPerSecond: round(docs.length / seconds) }
  } finally {
    await onServer(server, `drop database if exists ${database} with (force)`)
  }
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

/** CPU seconds (user + system, every thread) the workers have used so far, from /proc; null where there is none. */
function cpuSeconds(workers: readonly Worker[]): number | null {
  try {
    let ticks = 0
    for (const worker of workers) {
      // the fields after the command name (which is in parentheses); utime and stime are the 12th and 13th
      const stat = readFileSync(`/proc/${worker.process.pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
    }
    return ticks / CLOCK_TICKS
  } catch {
    return null
  }
}

/** Linux's USER_HZ, the unit of /proc CPU times (100 on every mainstream architecture). */
const CLOCK_TICKS = 100

async function onServer(server: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${server}/postgres` })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

function round(value: number, digits = 2): number {
  return Math.round(value * 10 ** digits) / 10 ** digits
}
