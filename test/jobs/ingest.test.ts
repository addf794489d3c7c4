import { afterAll, describe, expect, test } from 'vitest'
import type { Article, Doc } from '../../src/document.js'
import { docFromArticle } from '../../src/document.js'
import { EntenteError } from '../../src/errors.js'
import { createAnalyzer, ingestItems, type Analyzer, type IngestResult, type ReadItem } from '../../src/jobs/index.js'
import { DEFAULT_BATCH } from '../../src/jobs/ingest/batch-writer.js'
import { analysisWindow, WINDOW_BATCH } from '../../src/jobs/ingest/ingest.js'
import { JAPAN_NATO_TEXT } from '../store/fixtures.js'
import { cleanup, DATABASES } from '../store/helpers.js'

afterAll(cleanup)

function article(text: string, path: string): Article {
  return { id: 'ignored', text, source: { kind: 'text', path } }
}

/** Analysis by hand: one event per article, and a crash for texts containing BOOM. */
const FAKE: Analyzer = {
  jobs: 2,
  async analyze(input: Article): Promise<Doc> {
    if (input.text.includes('BOOM')) throw new Error('analysis crashed')
    const doc = docFromArticle(input)
    const evidence = { start: 0, end: 5 }
    const event = { id: 'e1', source: { entity: 'JPN' }, target: { entity: 'NATO' }, cameo: '043', goldstein: 2.8 }
    return {
      ...doc,
      events: [
        {
          ...event,
          quad: 1,
          negated: false,
          modality: 'asserted',
          confidence: 1,
          trigger: evidence,
          evidence,
          sentence: 0,
          rule: 't',
        },
      ],
    }
  },
  close: async () => {},
}

async function* items(): AsyncGenerator<ReadItem> {
  yield { ok: true, article: article(JAPAN_NATO_TEXT, 'a.txt') }
  yield { ok: false, input: 'b.bin', error: new EntenteError('input.binary', 'Cannot read "b.bin": it is binary') }
  yield {
    ok: true,
    article: article('BOOM goes the parser on this one, which has enough words to be an article.', 'c.txt'),
  }
  yield {
    ok: true,
    article: article('Another story entirely, about trade between Brazil and Argentina and their tariffs.', 'd.txt'),
  }
  yield { ok: true, article: article(JAPAN_NATO_TEXT, 'copy-of-a.txt') }
}

for (const db of DATABASES) {
  describe(db.name, () => {
    test('each article gets a result; failures never stop the rest; a rerun changes nothing', async () => {
      const store = await db.open()
      const results: IngestResult[] = []
      const summary = await ingestItems(store, items(), { analyzer: FAKE, onResult: (r) => results.push(r) })
      expect(results.map((r) => [r.status, r.input])).toEqual([
        ['stored', 'a.txt'],
        ['failed', 'b.bin'],
        ['failed', 'c.txt'],
        ['stored', 'd.txt'],
        ['duplicate', 'copy-of-a.txt'],
      ])
      expect(results[2]?.reason).toBe('analysis crashed')
      expect(summary).toMatchObject({ stored: 2, duplicate: 1, failed: 2, interrupted: false })
      const again: IngestResult[] = []
      await ingestItems(store, items(), { analyzer: FAKE, onResult: (r) => again.push(r) })
      expect(again.map((r) => r.status)).toEqual(['duplicate', 'failed', 'failed', 'duplicate', 'duplicate'])
      const events = await store.db.selectFrom('events').select('id').execute()
      expect(events).toHaveLength(2)
      await store.close()
    })

    test('an aborted ingest stops starting articles and keeps what it stored', async () => {
      const store = await db.open()
      const abort = new AbortController()
      const results: IngestResult[] = []
      const summary = await ingestItems(store, items(), {
        analyzer: { ...FAKE, jobs: 1 },
        signal: abort.signal,
        onResult: (r) => {
          results.push(r)
          abort.abort()
        },
      })
      expect(summary.interrupted).toBe(true)
      expect(results.length).toBeLessThan(5)
      expect(await store.hasArticle(results[0]?.id as string)).toBe(true)
      await store.close()
    })

    test('the in-thread analyzer runs the default pipeline', async () => {
      const store = await db.open()
      const analyzer = createAnalyzer({ jobs: 4 })
      expect(analyzer.jobs).toBe(1)
      const results: IngestResult[] = []
      async function* one(): AsyncGenerator<ReadItem> {
        yield { ok: true, article: { ...article(JAPAN_NATO_TEXT, 'a.txt'), published: '2023-04-05' } }
      }
      await ingestItems(store, one(), { analyzer, onResult: (r) => results.push(r) })
      // The pipeline is still growing: whatever it does, the article is stored or its failure reported.
      expect(['stored', 'failed']).toContain(results[0]?.status)
      await analyzer.close()
      await store.close()
    })
  })
}

test('issue 13: a long input is held in a bounded window, whatever its length: analyses in flight, articles read ahead of their results', async () => {
  const opened = await (DATABASES[0] as (typeof DATABASES)[number]).open()
  const count = 2000
  let read = 0
  let reported = 0
  let started = 0
  let inFlight = 0
  let mostInFlight = 0
  let mostAhead = 0
  let written = 0
  // articles handed to the analysis beyond those stored, when a full batch has been written and input remains
  const queuedAtWrite: number[] = []
  const store = {
    ...opened,
    async putDocs(docs: readonly Doc[]) {
      const puts = await opened.putDocs(docs)
      if (docs.length === DEFAULT_BATCH.articles && started < count) queuedAtWrite.push(started - written - docs.length)
      written += docs.length
      return puts
    },
  }
  // each analysis takes a turn of the event loop, as a worker thread's would: the reader could run far ahead
  const slow: Analyzer = {
    ...FAKE,
    async analyze(input) {
      started++
      mostInFlight = Math.max(mostInFlight, ++inFlight)
      await new Promise((resolve) => setImmediate(resolve))
      inFlight--
      return FAKE.analyze(input)
    },
  }
  async function* stream(): AsyncGenerator<ReadItem> {
    for (let i = 0; i < count; i++) {
      mostAhead = Math.max(mostAhead, read - reported)
      read++
      yield {
        ok: true,
        article: article(`Dispatch ${i}: ${'talks on trade and tariffs '.repeat(1 + (i % 7))}${i * 7919}`, `${i}.txt`),
      }
    }
  }
  const summary = await ingestItems(store, stream(), { analyzer: slow, onResult: () => reported++ })
  expect(summary.stored).toBe(count)
  expect(reported).toBe(count)
  // analysis runs ahead of the writer, but never more than 128 of a batch (of 256) and 4 articles a thread at once
  // (2 threads: 136)
  expect(DEFAULT_BATCH.articles).toBe(256)
  expect(analysisWindow(slow.jobs)).toBe(136)
  expect(mostInFlight).toBeGreaterThan(1)
  expect(mostInFlight).toBeLessThanOrEqual(136)
  // while a full batch is written (which blocks the thread that hands out work), the threads hold a batch's worth
  // of articles to analyse: they need not wait for the writer (with a window of 8 they ran dry after 8)
  expect(queuedAtWrite.length).toBeGreaterThan(5)
  expect(Math.min(...queuedAtWrite)).toBeGreaterThanOrEqual(WINDOW_BATCH)
  // no article is read while more than that window and one batch wait for their results: 2,000 never are
  expect(mostAhead).toBeLessThanOrEqual(136 + DEFAULT_BATCH.articles)
  await opened.close()
})
