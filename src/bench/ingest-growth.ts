import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Doc } from '../document.js'
import { createAnalyzer, type Analyzer } from '../jobs/index.js'
import { openSqliteStore, SCHEMA_VERSION, type Store } from '../store/index.js'
import { DEFAULT_BATCH } from '../jobs/ingest/batch-writer.js'
import { dictionaryVersion } from '../coding/dictionary.js'
import { generateCorpus, type BenchArticle } from './corpus.js'
import { framePages, framesSince, pagesByTable, walMark } from './wal-pages.js'
import { timeStatements, type StatementCost } from './statement-timings.js'

export interface IngestGrowthOptions {
  /** Articles in the filled store (default 20,000). */
  readonly fill?: number
  /** Articles timed into the empty and into the filled store (default 1,000). */
  readonly articles?: number
  /** Analysed articles whose events and facts the filler articles carry (default 500). */
  readonly pool?: number
  /** Worker threads for the analysis (default: every core). */
  readonly jobs?: number
  /**
   * Keep the filled store in this file and reuse it: a file filled by an earlier run with the same fill, pool,
   * schema version and dictionary (fillStamp) is copied instead of filled again (the 20k fill takes minutes); else the
   * store is filled and kept here. Each run times a fresh copy, so the file itself never changes. Without it, every
   * run fills its own store.
   */
  readonly fillFile?: string
  /** Time every SQLite statement of both timed runs (their dearest kinds, per article, in `statements`). */
  readonly statements?: boolean
  readonly log?: (line: string) => void
}

export interface IngestGrowthResult {
  readonly fill: number
  readonly articles: number
  /** Filling the store; null when it was copied from `fillFile`. */
  readonly fillSeconds: number | null
  /** Analysing the timed articles (the same whatever the store holds). */
  readonly analysisSeconds: number
  /** Storing the timed articles into the empty and into the filled store. */
  readonly emptyStoreSeconds: number
  readonly filledStoreSeconds: number
  /** filledStoreSeconds / emptyStoreSeconds. */
  readonly storeRatio: number
  /**
   * Load-independent figures of the same two runs, per timed article: database pages written (SQLite's WAL frames,
   * every page a commit writes) and the process's processor time (user + system) while storing, in ms.
   */
  readonly perArticle: {
    readonly empty: PutCost
    readonly filled: PutCost
  }
  /** filled.cpuMs / empty.cpuMs: the storing ratio in processor time, which other work on the machine does not move. */
  readonly cpuRatio: number
  /** Ingest (analysis + storing) into the filled store against the empty one; issue 14 asks for at most 1.5. */
  readonly ingestRatio: number
  /** With `statements`: the kinds of statement the filled store spent most processor time on, and the empty's. */
  readonly statements?: readonly StatementRow[]
}

/** One kind of statement per timed article, filled store and empty (CPU ms and rows an article). */
export interface StatementRow {
  readonly sql: string
  readonly filled: { readonly runs: number; readonly rows: number; readonly cpuMs: number }
  readonly empty: { readonly runs: number; readonly rows: number; readonly cpuMs: number }
}

/**
 * Does ingest slow down as the store fills with similar articles? Times storing `articles` analysed generated
 * articles into an empty store and into one filled with `fill` others from the same generator (same templates and
 * names, as news on one subject). Analysing 20 k articles would take this bench many minutes, so the filler
 * articles carry their own generated text (what the near-duplicate look-up works on) with the events and facts of
 * a pool of analysed articles (what clustering and fact counting work on). The timed articles are analysed once,
 * outside the timings; the ingest ratio adds that analysis time to both sides, as a one-thread ingest spends it.
 */
export async function ingestGrowthBench(options: IngestGrowthOptions = {}): Promise<IngestGrowthResult> {
  const log = options.log ?? (() => {})
  const fill = options.fill ?? 20_000
  const count = options.articles ?? 1000
  const poolSize = Math.min(options.pool ?? 500, fill)
  const dir = mkdtempSync(join(tmpdir(), 'entente-growth-bench-'))
  const analyzer = createAnalyzer({ jobs: options.jobs ?? availableParallelism() })
  try {
    log(`growth: analysing ${count} articles to time and a pool of ${poolSize}`)
    const analysisStart = performance.now()
    const timed = await analyze(analyzer, generateCorpus(count * 4500, 12).slice(0, count), 'timed')
    const analysisSeconds = (performance.now() - analysisStart) / 1000
    const pool = await analyze(analyzer, generateCorpus(poolSize * 4500, 11).slice(0, poolSize), 'pool')
    const fillerTexts = generateCorpus(fill * 4500, 13).slice(0, fill)
    const filler = fillerTexts.map((a, i) => ({ ...(pool[i % pool.length] as Doc), text: a.text, zones: [] }))

    // the code is compiled and warm before either store is timed: the empty store is timed first and would pay for it
    const warm = await openSqliteStore(join(dir, 'warm.db'))
    await timePuts(warm, timed.slice(0, 2 * DEFAULT_BATCH.articles), join(dir, 'warm.db'))
    await warm.close()
    const empty = await openSqliteStore(join(dir, 'empty.db'))
    const timeRun = async (run: () => ReturnType<typeof timePuts>) =>
      options.statements ? await timeStatements(run) : { result: await run(), costs: [] }
    const { result: emptyRun, costs: emptyCosts } = await timeRun(() =>
      timePuts(empty, timed, join(dir, 'empty.db'), { tables: true }),
    )
    await empty.close()

    const filledPath = join(dir, 'filled.db')
    const stamp = fillStamp(fill, poolSize)
    const fillSeconds = await fillOrCopy(
      filledPath,
      { stamp, log, ...(options.fillFile ? { keep: options.fillFile } : {}) },
      async () => {
        log(`growth: filling a store with ${fill} articles`)
        const filling = await openSqliteStore(filledPath)
        const seconds = (await timePuts(filling, filler, filledPath)).seconds
        await filling.close()
        return seconds
      },
    )
    // opened afresh either way (closing folded the log into the file), as the empty store is
    const filled = await openSqliteStore(filledPath)
    const { result: filledRun, costs: filledCosts } = await timeRun(() =>
      timePuts(filled, timed, filledPath, { tables: true }),
    )
    await filled.close()
    const [emptyStoreSeconds, filledStoreSeconds] = [emptyRun.seconds, filledRun.seconds]
    return {
      fill,
      articles: count,
      fillSeconds: fillSeconds === null ? null : round(fillSeconds),
      analysisSeconds: round(analysisSeconds),
      emptyStoreSeconds: round(emptyStoreSeconds),
      filledStoreSeconds: round(filledStoreSeconds),
      storeRatio: round(filledStoreSeconds / emptyStoreSeconds),
      perArticle: { empty: emptyRun.perArticle, filled: filledRun.perArticle },
      cpuRatio: round(filledRun.perArticle.cpuMs / emptyRun.perArticle.cpuMs),
      ingestRatio: round((analysisSeconds + filledStoreSeconds) / (analysisSeconds + emptyStoreSeconds)),
      ...(options.statements ? { statements: statementRows(filledCosts, emptyCosts, count) } : {}),
    }
  } finally {
    await analyzer.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * What a kept filled store must match to be reused: the fill and pool sizes, the store's schema, and the dictionary
 * that coded the pool's events (a kept store filled under an older dictionary carries events no fill makes now).
 */
export function fillStamp(fill: number, pool: number, dictionary = dictionaryVersion()): string {
  return JSON.stringify({ fill, pool, schema: SCHEMA_VERSION, dictionary })
}

/**
 * Makes the filled store at `path`: copied from `keep` when that was filled alike (its stamp file says `stamp`), else
 * filled by `fill` (which returns its seconds) and, with `keep`, copied there (through a temporary name, so a
 * half-written copy is never taken for one). Returns the fill's seconds, or null for a copy.
 */
export async function fillOrCopy(
  path: string,
  options: { readonly keep?: string; readonly stamp: string; readonly log?: (line: string) => void },
  fill: () => Promise<number>,
): Promise<number | null> {
  const { keep, stamp } = options
  const stampFile = `${keep}.fill.json`
  if (keep !== undefined && existsSync(keep) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    options.log?.(`growth: copying the filled store ${keep}`)
    copyFileSync(keep, path)
    return null
  }
  const seconds = await fill()
  if (keep !== undefined) {
    rmSync(stampFile, { force: true })
    copyFileSync(path, `${keep}.partial`)
    renameSync(`${keep}.partial`, keep)
    writeFileSync(stampFile, stamp)
  }
  return seconds
}

async function analyze(analyzer: Analyzer, corpus: readonly BenchArticle[], name: string): Promise<Doc[]> {
  return Promise.all(
    corpus.map((a, i) =>
      analyzer.analyze({
        id: '',
        text: a.text,
        published: a.published,
        source: { kind: 'text', path: `${name}-${i}` },
      }),
    ),
  )
}

export interface PutCost {
  /** Database pages written (WAL frames). */
  readonly pages: number
  /** Processor time of the process (user + system), ms. */
  readonly cpuMs: number
  /** The tables and indexes that most pages were written to, pages each. */
  readonly tables?: readonly { readonly name: string; readonly pages: number }[]
}

/**
 * Stores the docs as the ingest does, several a transaction: the wall time, and per article the pages written and
 * the processor time (the analysis threads are idle meanwhile, so the process's time is the storing's). With
 * `tables`, also the pages written by table or index (the WAL frames' page numbers, named through dbstat), read
 * between batches and outside the times.
 */
export async function timePuts(
  store: Pick<Store, 'putDocs' | 'db'>,
  docs: readonly Doc[],
  path: string,
  options: { tables?: boolean } = {},
): Promise<{ seconds: number; perArticle: PutCost }> {
  let [pages, ms, cpuMs] = [0, 0, 0]
  const written = new Map<number, number>()
  for (let at = 0; at < docs.length; at += DEFAULT_BATCH.articles) {
    const before = walMark(path)
    const cpu = process.cpuUsage()
    const start = performance.now()
    await store.putDocs(docs.slice(at, at + DEFAULT_BATCH.articles))
    ms += performance.now() - start
    const used = process.cpuUsage(cpu)
    cpuMs += (used.user + used.system) / 1000
    const after = walMark(path)
    pages += framesSince(before, after)
    if (options.tables)
      for (const page of framePages(path, before, after)) written.set(page, (written.get(page) ?? 0) + 1)
  }
  const n = Math.max(1, docs.length)
  const tables = options.tables ? await pagesByTable(store.db, written) : undefined
  return {
    seconds: ms / 1000,
    perArticle: {
      pages: round(pages / n),
      cpuMs: round(cpuMs / n),
      ...(tables ? { tables: tables.slice(0, 10).map(({ name, pages }) => ({ name, pages: round(pages / n) })) } : {}),
    },
  }
}

/** The filled run's 12 dearest kinds of statement beside the empty run's figures for them, per article. */
export function statementRows(
  filled: readonly StatementCost[],
  empty: readonly StatementCost[],
  articles: number,
): StatementRow[] {
  const n = Math.max(1, articles)
  const per = (c: StatementCost | undefined) => ({
    runs: Math.round(((c?.runs ?? 0) / n) * 1000) / 1000,
    rows: round((c?.rows ?? 0) / n),
    cpuMs: Math.round(((c?.cpuMs ?? 0) / n) * 1000) / 1000,
  })
  const inEmpty = new Map(empty.map((c) => [c.sql, c]))
  return filled.slice(0, 12).map((c) => ({ sql: c.sql, filled: per(c), empty: per(inEmpty.get(c.sql)) }))
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
