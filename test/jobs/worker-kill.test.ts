import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import { afterAll, expect, test } from 'vitest'
import { openIngestQueue, parseQueueUrl } from '../../src/jobs/index.js'
import { QUEUE_PREFIX } from '../../src/jobs/queue/ingest-queue.js'
import { openStore } from '../../src/store/index.js'
import { cleanup, tempDir, tempPostgresDatabase } from '../store/helpers.js'
import { storeDigest } from './store-digest.js'

const CLI = join(import.meta.dirname, '../../dist/cli/main.js')
const BUILT = existsSync(CLI) && existsSync(join(import.meta.dirname, '../../dist/cli/worker.js'))
const REDIS = 'redis://127.0.0.1:6379'
const QUEUE = `entente-kill-${process.pid}-${Date.now().toString(36)}`
const KILLS = 12
const WORKERS = 2

afterAll(async () => {
  const connection = new Redis(REDIS, { maxRetriesPerRequest: null })
  const queue = new Queue(QUEUE, { connection, prefix: QUEUE_PREFIX })
  await queue.obliterate({ force: true })
  await queue.close()
  await connection.quit()
  await cleanup()
})

/** Happenings, each reported by several articles in different words (so their events cluster). */
const HAPPENINGS: [source: string, verb: string, target: string][] = [
  ['Japan', 'met', 'France'],
  ['Germany', 'criticised', 'Brazil'],
  ['India', 'signed a trade agreement with', 'Kenya'],
  ['Canada', 'accused', 'Mexico'],
  ['Turkey', 'praised', 'Poland'],
  ['Norway', 'threatened', 'Chile'],
]
const LEADS = [
  (a: string, verb: string, b: string) => `${a} ${verb} ${b} on Tuesday, officials said.`,
  (a: string, verb: string, b: string) => `On Tuesday ${a} ${verb} ${b}, according to a government statement.`,
  (a: string, verb: string, b: string) => `Officials confirmed that ${a} ${verb} ${b} on Tuesday.`,
]
/**
 * Sentences without events, each used once: subject × predicate, so that no two articles read alike. Queued
 * workers store in no fixed order, and which of two near-duplicates counts as the original follows that order.
 */
const SUBJECTS = [
  'Rain in the north',
  'The stock market',
  'The national football team',
  'A new museum of modern art',
  'The wheat harvest',
  'The railway company',
  'Schools in the provinces',
  'A film about a fishing village',
  'Traffic on the ring road',
  'The central bank',
  'Repairs on the old bridge',
  'Spring tourism',
]
const PREDICATES = [
  'drew comment from local newspapers all week.',
  'was the talk of radio phone-in shows.',
  'surprised economists who had expected less.',
  'filled the front pages of weekend editions.',
  'kept city officials busy through the evening.',
  'was discussed at length by a panel of experts.',
  'prompted a debate in the regional assembly.',
  'made headlines in the business press.',
  'was described by residents as long overdue.',
]

function filler(article: number, k: number): string {
  const u = article * 3 + k
  return `${SUBJECTS[u % SUBJECTS.length]} ${PREDICATES[Math.floor(u / SUBJECTS.length) % PREDICATES.length]}`
}

/** 36 articles: each happening told six times (three wordings, two surroundings each), and one exact copy. */
function writeArticles(dir: string): number {
  mkdirSync(dir, { recursive: true })
  let n = 0
  let first = ''
  for (const [a, verb, b] of HAPPENINGS) {
    for (const lead of LEADS) {
      for (let variant = 0; variant < 2; variant++) {
        const fillers = [0, 1, 2].map((k) => filler(n, k))
        const text = [lead(a, verb, b), ...fillers, `This is report ${n} in the series.`].join(' ')
        first ||= text
        writeFileSync(join(dir, `report-${String(n++).padStart(2, '0')}.txt`), text)
      }
    }
  }
  writeFileSync(join(dir, 'copy-of-report-00.txt'), first)
  return n
}

function cli(args: readonly string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' })
}

interface Running {
  child: ChildProcess
  results: number
}

function startWorker(db: string): Running {
  const child = spawn(
    process.execPath,
    [CLI, 'worker', '--db', db, '--queue', `${REDIS}?name=${QUEUE}`, '--json', '--stalled-after', '2'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  )
  const running = { child, results: 0 }
  child.stdout?.on('data', (chunk: Buffer) => (running.results += chunk.toString().split('\n').length - 1))
  return running
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())))
async function countNearDuplicates(location: string): Promise<number> {
  const store = await openStore(location)
  const rows = await store.db.selectFrom('articles').select('id').where('near_duplicate_of', 'is not', null).execute()
  await store.close()
  return rows.length
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

test(`issue 12: queued workers killed ${KILLS} times (kill -9) fill PostgreSQL exactly as one SQLite ingest does (needs \`npm run build\`)`, async () => {
  expect(BUILT, 'dist is not built: run `npm run build` first').toBe(true)
  const dir = tempDir()
  const inputs = join(dir, 'articles')
  const articles = writeArticles(inputs)
  const published = ['--published', '2023-04-05']
  const reference = join(dir, 'reference.db')
  expect(cli(['ingest', inputs, '--db', reference, '--jobs', '1', ...published]).status).toBe(0)

  const enqueued = cli(['ingest', inputs, '--queue', `${REDIS}?name=${QUEUE}`, '--json', ...published])
  expect(enqueued.status, enqueued.stderr).toBe(0)
  const statuses = enqueued.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).status as string)
  expect(statuses.filter((s) => s === 'queued')).toHaveLength(articles)
  expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(1)

  const db = await tempPostgresDatabase()
  const workers = Array.from({ length: WORKERS }, () => startWorker(db))
  let seed = 12
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
  for (let kill = 0; kill < KILLS; kill++) {
    const i = Math.floor(random() * WORKERS)
    const worker = workers[i] as Running
    // half the kills strike while a job is in hand (after the worker's first result), half at any moment
    if (kill % 2 === 0) {
      const started = Date.now()
      while (worker.results === 0 && Date.now() - started < 15_000) await sleep(20)
    }
    await sleep(random() * 600)
    worker.child.kill('SIGKILL')
    await exited(worker.child)
    workers[i] = startWorker(db)
  }
  const queue = await openIngestQueue(parseQueueUrl(`${REDIS}?name=${QUEUE}`))
  let counts = await queue.counts()
  const started = Date.now()
  while (counts.waiting + counts.active + counts.delayed > 0 && Date.now() - started < 120_000) {
    await sleep(200)
    counts = await queue.counts()
  }
  await queue.close()
  for (const worker of workers) worker.child.kill('SIGTERM')
  await Promise.all(workers.map((worker) => exited(worker.child)))
  expect(counts).toMatchObject({ waiting: 0, active: 0, delayed: 0, failed: 0 })
  expect(counts.completed).toBeGreaterThanOrEqual(articles)

  const sqlite = await openStore(reference)
  const expected = await storeDigest(sqlite)
  await sqlite.close()
  const postgres = await openStore(db)
  const actual = await storeDigest(postgres)
  await postgres.close()
  expect(expected.articles?.count).toBe(articles)
  const nearDuplicates = await countNearDuplicates(reference)
  expect(nearDuplicates, 'the corpus must hold no near-duplicates (their original depends on order)').toBe(0)
  expect(expected.clusters?.count).toBeGreaterThan(0)
  expect(actual).toEqual(expected)
}, 300_000)
