import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { dyadSeries, loadQueryKb, membersAt, type QueryContext } from '../query/index.js'
import { createAnalyzer, ingestItems, type ReadItem } from '../jobs/index.js'
import { openSqliteStore } from '../store/index.js'
import { generateCorpus } from './corpus.js'
import { fillBulk } from './store-bulk.js'

export interface StoreBenchOptions {
  /** Articles generated for the ingest measurement (default 200). */
  readonly articles?: number
  /** Events in the generated store for the query measurements (default 1,000,000). */
  readonly events?: number
  /** Timed runs per query; the median is reported (default 7). */
  readonly runs?: number
  /** Worker threads for the all-cores run (default: every core). */
  readonly jobs?: number
  readonly log?: (line: string) => void
}

export interface StoreBenchResult {
  readonly ingest: {
    readonly articles: number
    readonly jobs: number
    readonly articlesPerSecond: number
    readonly articlesPerSecondPerCore: number
    readonly articlesPerSecondOneThread: number
  }
  readonly queries: {
    readonly events: number
    readonly buildSeconds: number
    readonly dyadMonthlyMs: number
    readonly membersAtMs: number
    readonly dbMegabytes: number
  }
}

/**
 * Store benchmark: (a) ingest of generated articles into a fresh SQLite store on all cores and in one thread;
 * (b) a generated store of ≥ 1M events (bulk SQL, no NLP) and the median latency of a monthly dyad series and of
 * members-at-a-date. Runs from dist for worker threads (from source the pool falls back to one thread).
 */
export async function storeBench(options: StoreBenchOptions = {}): Promise<StoreBenchResult> {
  const log = options.log ?? (() => {})
  const dir = mkdtempSync(join(tmpdir(), 'entente-store-bench-'))
  try {
    const count = options.articles ?? 200
    const corpus = generateCorpus(count * 4500).slice(0, count)
    const jobs = options.jobs ?? availableParallelism()
    log(`ingest: ${corpus.length} articles, ${jobs} threads`)
    const all = await timeIngest(join(dir, 'all.db'), corpus, jobs)
    log(`ingest: ${corpus.length} articles, 1 thread`)
    const one = await timeIngest(join(dir, 'one.db'), corpus, 1)
    const events = options.events ?? 1_000_000
    log(`store: generating ${events} events`)
    const queries = await timeQueries(join(dir, 'bulk.db'), events, options.runs ?? 7)
    return {
      ingest: {
        articles: corpus.length,
        jobs: all.jobs,
        articlesPerSecond: round(all.rate),
        articlesPerSecondPerCore: round(all.rate / all.jobs),
        articlesPerSecondOneThread: round(one.rate),
      },
      queries,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function timeIngest(path: string, corpus: { text: string; published: string }[], jobs: number) {
  const store = await openSqliteStore(path)
  const analyzer = createAnalyzer({ jobs })
  async function* items(): AsyncGenerator<ReadItem> {
    for (const [i, a] of corpus.entries()) {
      yield {
        ok: true,
        article: { id: '', text: a.text, published: a.published, source: { kind: 'text', path: `bench-${i}` } },
      }
    }
  }
  // Warm up every worker (model load) before timing: several rounds, so each thread gets tasks.
  const warm = corpus.slice(0, analyzer.jobs * 8)
  await Promise.all(warm.map((a) => analyzer.analyze({ id: '', text: a.text, source: { kind: 'text', path: 'warm' } })))
  const start = performance.now()
  await ingestItems(store, items(), { analyzer })
  const seconds = (performance.now() - start) / 1000
  await analyzer.close()
  await store.close()
  return { rate: corpus.length / seconds, jobs: analyzer.jobs }
}

async function timeQueries(path: string, events: number, runs: number): Promise<StoreBenchResult['queries']> {
  const store = await openSqliteStore(path)
  try {
    const start = performance.now()
    await fillBulk(store.db, events)
    const buildSeconds = (performance.now() - start) / 1000
    const ctx: QueryContext = { store, kb: await loadQueryKb() }
    const dyad = () => dyadSeries(ctx, { a: 'JPN', b: 'NATO' }, { from: '2015-01-01', to: '2024-12-31', by: 'month' })
    const members = () => membersAt(ctx, 'NATO', { at: '2023-04-05' })
    const size = statSync(path).size + (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0)
    return {
      events,
      buildSeconds: round(buildSeconds),
      dyadMonthlyMs: round(await median(dyad, runs)),
      membersAtMs: round(await median(members, runs)),
      dbMegabytes: round(size / 1e6),
    }
  } finally {
    await store.close()
  }
}

async function median(run: () => Promise<unknown>, runs: number): Promise<number> {
  await run()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] as number
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
