import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { dyadSeries, loadQueryKb, membersAt, type QueryContext } from '../query/index.js'
import { openSqliteStore } from '../store/index.js'
import { ingestInProcess, type IngestProgress, type IngestRun, type RssSamples } from './ingest-process.js'
import { fillBulk } from './store-bulk.js'

export type { IngestProgress, IngestRun, RssSamples }

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
  /** Committed articles between progress points of each ingest (0: none). */
  readonly progressEvery?: number
  /** Each progress point of an ingest on `jobs` threads, as it is made. */
  readonly onProgress?: (jobs: number, progress: IngestProgress) => void
  /** Each ingest's figures, as soon as it ends (the one-thread ingest first). */
  readonly onRun?: (run: IngestRun) => void
}

export interface StoreBenchResult {
  readonly ingest: {
    readonly articles: number
    readonly jobs: number
    readonly articlesPerSecond: number
    readonly articlesPerSecondPerCore: number
    readonly articlesPerSecondOneThread: number
    /** Processor time of the ingest process per article, ms (every thread): all cores, and one thread; and that of
     * the all-cores ingest's main thread alone (reading and storing: what bounds the rate with threads), where the
     * system says it (Linux). */
    readonly cpuMsPerArticle: { readonly allCores: number; readonly oneThread: number; readonly mainThread?: number }
    /** Time storing per article during the one-thread ingest (a batch's time shared by its articles; the analysis excluded), in ms. */
    readonly writeMs: { readonly p50: number; readonly p99: number; readonly mean: number }
    /**
     * Resident set of the ingest process (each ingest runs in one of its own) sampled every 200 ms, MB: the largest
     * of both ingests, and of each: the all-cores one (its main thread, which reads and stores, plus its `jobs`
     * worker threads: threads share one process, so this is their sum) and the one-thread one. Flat memory keeps
     * the peak close to the figure after warm-up.
     */
    readonly rssMB: {
      readonly peak: number
      readonly afterWarmUp: number
      readonly atEnd: number
      readonly allCores: RssSamples
      readonly oneThread: RssSamples
    }
    /** Memory every `progressEvery` committed articles and at the end, of each ingest. */
    readonly timeline: { readonly allCores: readonly IngestProgress[]; readonly oneThread: readonly IngestProgress[] }
  }
  readonly queries: {
    readonly events: number
    readonly buildSeconds: number
    readonly dyadMonthlyMs: number
    readonly membersAtMs: number
    /** The slowest of the timed runs of members-at-a-date. */
    readonly membersAtMaxMs: number
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
    const jobs = options.jobs ?? availableParallelism()
    // one thread first: its figures are the base the threads' are judged against, and come sooner in a long run
    const ingest = async (name: string, threads: number) => {
      log(`ingest: ${count} articles, ${threads} thread${threads === 1 ? '' : 's'}`)
      const run = await ingestInProcess(join(dir, name), count, threads, {
        every: options.progressEvery ?? 0,
        onProgress: (progress) => options.onProgress?.(threads, progress),
      })
      options.onRun?.(run)
      return run
    }
    const one = await ingest('one.db', 1)
    const all = await ingest('all.db', jobs)
    const events = options.events ?? 1_000_000
    log(`store: generating ${events} events`)
    const queries = await timeQueries(join(dir, 'bulk.db'), events, options.runs ?? 7)
    return {
      ingest: {
        articles: count,
        jobs: all.jobs,
        articlesPerSecond: round(all.rate),
        articlesPerSecondPerCore: round(all.rate / all.jobs),
        articlesPerSecondOneThread: round(one.rate),
        cpuMsPerArticle: {
          allCores: all.cpuMsPerArticle,
          oneThread: one.cpuMsPerArticle,
          ...(all.mainCpuMsPerArticle === undefined ? {} : { mainThread: all.mainCpuMsPerArticle }),
        },
        writeMs: one.writeMs,
        rssMB: {
          peak: Math.max(all.rss.peak, one.rss.peak),
          afterWarmUp: Math.max(all.rss.afterWarmUp, one.rss.afterWarmUp),
          atEnd: Math.max(all.rss.atEnd, one.rss.atEnd),
          allCores: all.rss,
          oneThread: one.rss,
        },
        timeline: { allCores: all.timeline, oneThread: one.timeline },
      },
      queries,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
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
    const dyadTimes = await timings(dyad, runs)
    const memberTimes = await timings(members, runs)
    return {
      events,
      buildSeconds: round(buildSeconds),
      dyadMonthlyMs: round(dyadTimes.median),
      membersAtMs: round(memberTimes.median),
      membersAtMaxMs: round(memberTimes.max),
      dbMegabytes: round(size / 1e6),
    }
  } finally {
    await store.close()
  }
}

/** After one untimed run: the median and the slowest of `runs` timed runs. */
async function timings(run: () => Promise<unknown>, runs: number): Promise<{ median: number; max: number }> {
  await run()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)] as number, max: times.at(-1) as number }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
