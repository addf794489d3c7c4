import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Article, Doc } from '../../src/document.js'
import { docFromArticle } from '../../src/document.js'
import { EntenteError } from '../../src/errors.js'
import {
  enqueueItems,
  openIngestQueue,
  parseQueueUrl,
  startWorker,
  type Analyzer,
  type IngestQueue,
  type WorkerEvent,
} from '../../src/jobs/index.js'
import { QUEUE_PREFIX } from '../../src/jobs/queue/ingest-queue.js'
import type { Store } from '../../src/store/index.js'
import { JAPAN_NATO_TEXT } from '../store/fixtures.js'
import { cleanup, DATABASES } from '../store/helpers.js'

const REDIS = 'redis://127.0.0.1:6379'
const names: string[] = []

/** A queue of its own for each test, removed afterwards: several people share this Redis. */
function uniqueQueue(): string {
  const name = `entente-test-${process.pid}-${Date.now().toString(36)}-${names.length}`
  names.push(name)
  return `${REDIS}?name=${name}`
}

beforeAll(async () => {
  const probe = new Redis(REDIS, { lazyConnect: true, retryStrategy: () => null, connectTimeout: 2000 })
  probe.on('error', () => {})
  await probe.connect().catch((error: unknown) => {
    throw new Error(`Redis does not answer at ${REDIS} (start redis-server): ${String(error)}`)
  })
  probe.disconnect()
})

afterAll(async () => {
  const connection = new Redis(REDIS, { maxRetriesPerRequest: null })
  for (const name of names) {
    const queue = new Queue(name, { connection, prefix: QUEUE_PREFIX })
    await queue.obliterate({ force: true })
    await queue.close()
  }
  await connection.quit()
  await cleanup()
})

function article(text: string, path: string): Article {
  return { id: 'ignored', text, published: '2023-04-05', source: { kind: 'text', path } }
}

const TEXTS = [
  JAPAN_NATO_TEXT,
  'Brazil and Argentina agreed on Monday to lower tariffs on steel and grain, their trade ministers said.',
  'Kenya hosted talks between the two neighbours, officials said, and more meetings are planned for May.',
]

async function* items(texts: readonly string[] = TEXTS) {
  for (const [i, text] of texts.entries()) yield { ok: true as const, article: article(text, `${i}.txt`) }
}

/** Analysis by hand: the article as a Doc; FLAKY texts fail their first `flaky` attempts, BAD ones are bad input. */
function fakeAnalyzer(flaky = 0): Analyzer & { calls: Map<string, number> } {
  const calls = new Map<string, number>()
  return {
    jobs: 2,
    calls,
    async analyze(input: Article): Promise<Doc> {
      const seen = (calls.get(input.text) ?? 0) + 1
      calls.set(input.text, seen)
      if (input.text.includes('BAD')) throw new EntenteError('input.empty', `Cannot read "${input.source.path}"`)
      if (input.text.includes('FLAKY') && seen <= flaky) throw new Error(`store busy (attempt ${seen})`)
      await new Promise((resolve) => setTimeout(resolve, 20))
      return docFromArticle(input)
    },
    close: async () => {},
  }
}

/** Resolves once `count` jobs have finished (stored, duplicate or finally failed). */
function finished(events: WorkerEvent[], count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const check = () => {
      if (events.filter((e) => e.status !== 'retrying').length >= count) resolve()
      else if (Date.now() - started > 20_000) reject(new Error(`only ${events.length} of ${count} jobs finished`))
      else setTimeout(check, 25)
    }
    check()
  })
}

async function articleCount(store: Store): Promise<number> {
  return (await store.db.selectFrom('articles').select('id').execute()).length
}

test('issue 12: a Redis that does not answer is an error naming Redis', async () => {
  const error = await openIngestQueue(parseQueueUrl('redis://127.0.0.1:1?name=nowhere')).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(EntenteError)
  expect((error as EntenteError).code).toBe('queue.unreachable')
  expect((error as EntenteError).message).toMatch(/^Cannot reach Redis at "redis:\/\/127\.0\.0\.1:1"/)
})

test('issue 12: --queue must be a redis:// URL with a plain queue name', () => {
  expect(parseQueueUrl('redis://127.0.0.1:6379?name=news-1')).toEqual({
    redis: 'redis://127.0.0.1:6379',
    name: 'news-1',
  })
  expect(parseQueueUrl('redis://10.1.2.3:6380/2')).toEqual({ redis: 'redis://10.1.2.3:6380/2', name: 'ingest' })
  expect(() => parseQueueUrl('http://127.0.0.1:6379')).toThrow('Cannot use --queue "http://127.0.0.1:6379"')
  expect(() => parseQueueUrl('redis://h?name=a:b')).toThrow('the queue name "a:b"')
})

test('issue 12: enqueuing the same articles twice is a no-op (job id = content hash)', async () => {
  const queue = await openIngestQueue(parseQueueUrl(uniqueQueue()))
  try {
    const first = await enqueueItems(queue, items([...TEXTS, TEXTS[0] as string]))
    expect(first).toMatchObject({ queued: 3, duplicate: 1, failed: 0 })
    const again = await enqueueItems(queue, items())
    expect(again).toMatchObject({ queued: 0, duplicate: 3 })
    expect((await queue.counts()).waiting).toBe(3)
  } finally {
    await queue.close()
  }
})

for (const db of DATABASES) {
  describe(db.name, () => {
    let queue: IngestQueue
    beforeAll(async () => {
      queue = await openIngestQueue(parseQueueUrl(uniqueQueue()), { backoffMs: 20 })
    })
    afterAll(() => queue.close())

    test('issue 12: workers store every article once; retries with backoff; a failure keeps its reason; retry re-runs it', async () => {
      const store = await db.open()
      const texts = [...TEXTS, 'FLAKY: Canada and Mexico signed a water agreement.', 'BAD input here.']
      await enqueueItems(queue, items(texts))
      const analyzer = fakeAnalyzer(2)
      const events: WorkerEvent[] = []
      const address = queue.address
      const worker = await startWorker(store, address, {
        analyzer,
        concurrency: 2,
        stalledAfterMs: 30_000,
        onEvent: (e) => events.push(e),
      })
      await finished(events, texts.length)
      await worker.close()
      expect(await articleCount(store)).toBe(4)
      // the flaky article failed twice, then was stored on its third attempt
      expect(events.filter((e) => e.status === 'retrying').map((e) => e.reason)).toEqual([
        'store busy (attempt 1)',
        'store busy (attempt 2)',
      ])
      // bad input is not retried: it fails at once and keeps its reason
      expect(analyzer.calls.get('BAD input here.')).toBe(1)
      const failed = await queue.failed(10)
      expect(failed).toEqual([expect.objectContaining({ input: '4.txt', attempts: 1, reason: 'Cannot read "4.txt"' })])
      expect(await queue.counts()).toMatchObject({ waiting: 0, active: 0, delayed: 0, completed: 4, failed: 1 })

      // retry re-runs the failed job (here it fails again the same way, with its reason)
      expect(await queue.retryFailed()).toBe(1)
      const second: WorkerEvent[] = []
      const again = await startWorker(store, address, {
        analyzer,
        concurrency: 1,
        stalledAfterMs: 30_000,
        onEvent: (e) => second.push(e),
      })
      await finished(second, 1)
      await again.close()
      expect(second).toEqual([{ job: failed[0]?.id, input: '4.txt', status: 'failed', reason: 'Cannot read "4.txt"' }])
      expect(analyzer.calls.get('BAD input here.')).toBe(2)
      expect(await articleCount(store)).toBe(4)
      await store.close()
    })

    test('issue 12: a job run again on a stored article changes nothing; close() finishes the jobs in hand', async () => {
      const store = await db.open()
      const analyzer = fakeAnalyzer()
      const events: WorkerEvent[] = []
      const own = await openIngestQueue(parseQueueUrl(uniqueQueue()))
      const worker = await startWorker(store, own.address, {
        analyzer,
        concurrency: 2,
        stalledAfterMs: 30_000,
        onEvent: (e) => events.push(e),
      })
      await enqueueItems(own, items())
      // close as soon as the first job is in hand: it and any other in hand finish; nothing is lost
      while ((await own.counts()).active === 0 && events.length === 0) await new Promise((r) => setTimeout(r, 5))
      await worker.close()
      const counts = await own.counts()
      expect(counts.active).toBe(0)
      expect(counts.completed + counts.waiting).toBe(3)
      expect(await articleCount(store)).toBe(counts.completed)

      const rest = await startWorker(store, own.address, {
        analyzer,
        concurrency: 2,
        stalledAfterMs: 30_000,
        onEvent: (e) => events.push(e),
      })
      await finished(events, 3)
      await rest.close()
      expect(await articleCount(store)).toBe(3)

      // the same articles run again (as a job does after its worker was killed): nothing is analysed or changed
      const calls = [...analyzer.calls.values()].reduce((a, b) => a + b)
      const replay = await openIngestQueue(parseQueueUrl(uniqueQueue()))
      await enqueueItems(replay, items())
      const replayed: WorkerEvent[] = []
      const redo = await startWorker(store, replay.address, {
        analyzer,
        concurrency: 2,
        stalledAfterMs: 30_000,
        onEvent: (e) => replayed.push(e),
      })
      await finished(replayed, 3)
      await redo.close()
      await replay.close()
      expect(replayed.map((e) => e.status)).toEqual(['duplicate', 'duplicate', 'duplicate'])
      expect([...analyzer.calls.values()].reduce((a, b) => a + b)).toBe(calls)
      expect(await articleCount(store)).toBe(3)
      await own.close()
      await store.close()
    })
  })
}
