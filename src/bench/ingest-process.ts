import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { boundHeapGrowth, createAnalyzer, ingestItems, type Analyzer, type ReadItem } from '../jobs/index.js'
import { openSqliteStore, type Store } from '../store/index.js'
import { corpusArticles, generateCorpus, type BenchArticle } from './corpus.js'
import { rssTimeline, type IngestProgress, type RssSamples } from './rss-timeline.js'

export type { IngestProgress, RssSamples }

/**
 * One timed ingest of the store bench, in a process of its own (`node ingest-process.js DB COUNT JOBS` prints its
 * result as JSON): its memory is then that of an ingest, as `entente ingest` runs one — the main thread reads and
 * stores, the worker threads analyse — and not also what the bench's earlier rows left in the bench's own heap.
 */
export interface IngestRun {
  readonly articles: number
  /** Wall time of the timed ingest (after the warm-up). */
  readonly seconds: number
  /** Articles a second. */
  readonly rate: number
  readonly jobs: number
  /** Processor time of the whole process (every thread) during the timed ingest, per article, ms: unlike the rate, it
   * hardly moves with the machine's load, so it compares builds. */
  readonly cpuMsPerArticle: number
  /** Processor time of the main thread alone (reading, storing, taking the workers' results) per article, ms, where
   * the system says it (Linux); with worker threads it bounds the rate: the thread ratio on a loaded machine is
   * judged by it rather than by the rate. */
  readonly mainCpuMsPerArticle?: number
  /** Time storing per article (a batch's time shared by its articles), ms. */
  readonly writeMs: { readonly p50: number; readonly p99: number; readonly mean: number }
  readonly rss: RssSamples
  /** Memory every `every` committed articles, and at the end. */
  readonly timeline: readonly IngestProgress[]
}

/** What a long ingest reports while it runs. */
export interface ProgressOptions {
  /** Committed articles between progress points (0: only the last). */
  readonly every?: number
  readonly onProgress?: (progress: IngestProgress) => void
}

/**
 * Runs `timeIngest` in a child process (from dist); from source (vitest), in this one. The child writes one JSON
 * line a progress point as it goes and its run's figures last, so the parent hears of a long run while it runs.
 */
export async function ingestInProcess(
  path: string,
  count: number,
  jobs: number,
  options: ProgressOptions = {},
): Promise<IngestRun> {
  const script = fileURLToPath(import.meta.url)
  if (script.endsWith('.ts')) return timeIngest(path, count, jobs, options)
  const child = spawn(process.execPath, [script, path, String(count), String(jobs), String(options.every ?? 0)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const lines = childLines(options.onProgress)
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => lines.add(chunk))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', resolve)
  })
  const run = lines.end()
  if (code !== 0 || run === undefined) {
    throw new Error(`The ingest of ${count} articles on ${jobs} threads failed (exit ${code})`)
  }
  return run
}

/** Reads the child's output as it comes: each progress line is passed on at once, the run's line kept. */
export function childLines(onProgress?: (progress: IngestProgress) => void) {
  let rest = ''
  let run: IngestRun | undefined
  const read = (line: string) => {
    if (line.trim() === '') return
    const message = JSON.parse(line) as { progress?: IngestProgress; run?: IngestRun }
    if (message.progress) onProgress?.(message.progress)
    if (message.run) run = message.run
  }
  return {
    add(chunk: string) {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      lines.forEach(read)
    },
    end(): IngestRun | undefined {
      read(rest)
      rest = ''
      return run
    },
  }
}

/**
 * One ingest of `count` generated articles, streamed: the reader generates each article when the ingest asks for
 * the next (it keeps a bounded window in flight), so memory holds no corpus however large `count` is.
 */
export async function timeIngest(
  path: string,
  count: number,
  jobs: number,
  options: ProgressOptions = {},
): Promise<IngestRun> {
  const store = await openSqliteStore(path)
  const analyzer = createAnalyzer({ jobs })
  const writes: number[] = []
  // the ingest stores several articles a transaction: each gets its share of its batch's time
  const timed: Store = {
    ...store,
    async putDoc(doc) {
      const start = performance.now()
      const put = await store.putDoc(doc)
      writes.push(performance.now() - start)
      return put
    },
    async putDocs(docs) {
      const start = performance.now()
      const puts = await store.putDocs(docs)
      const share = (performance.now() - start) / Math.max(1, docs.length)
      for (let i = 0; i < docs.length; i++) writes.push(share)
      return puts
    },
  }
  async function* items(): AsyncGenerator<ReadItem> {
    let i = 0
    for (const a of corpusArticles()) {
      if (i >= count) return
      yield {
        ok: true,
        article: { id: '', text: a.text, published: a.published, source: { kind: 'text', path: `bench-${i++}` } },
      }
    }
  }
  await warmUp(analyzer)
  const rss = rssTimeline({
    every: options.every ?? 0,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  })
  const start = performance.now()
  const cpu = process.cpuUsage()
  const mainCpu = mainThreadCpuMs()
  await ingestItems(timed, items(), { analyzer, onResult: () => rss.committed() })
  const used = process.cpuUsage(cpu)
  const mainUsed = mainCpu === undefined ? undefined : (mainThreadCpuMs() ?? mainCpu) - mainCpu
  const seconds = (performance.now() - start) / 1000
  const { timeline, ...memory } = rss.stop()
  await analyzer.close()
  await store.close()
  return {
    articles: count,
    seconds: round(seconds),
    rate: count / seconds,
    jobs: analyzer.jobs,
    cpuMsPerArticle: round((used.user + used.system) / 1000 / count),
    ...(mainUsed === undefined ? {} : { mainCpuMsPerArticle: round(mainUsed / count) }),
    writeMs: percentiles(writes),
    rss: memory,
    timeline,
  }
}

/**
 * Before timing, the steady state a long ingest runs in, as the pipeline rows warm up: every worker has loaded its
 * models and run each stage often enough to be compiled, and the write path has stored batches too (into a store in
 * memory). With only a few articles a thread first, the 200 timed articles ran partly as cold code: ~60% more
 * processor time an article in one thread (paired runs, 21–23 against 13.5 ms, as 17d54af and the README say), which
 * a0f9364 (a process per ingest, whose main thread had run the pipeline rows before) had made look like a regression
 * of the store. Analysed and stored in windows of a few articles a thread; what it reads (`warmUpCorpus`) is
 * generated whole first, and the RSS samples start after it.
 */
async function warmUp(analyzer: Analyzer): Promise<void> {
  const scratch = await openSqliteStore(':memory:')
  const window = analyzer.jobs * 4
  let batch: BenchArticle[] = []
  const store = async () => {
    const docs = await Promise.all(
      batch.map((a) =>
        analyzer.analyze({ id: '', text: a.text, published: a.published, source: { kind: 'text', path: 'warm' } }),
      ),
    )
    await scratch.putDocs(docs)
    batch = []
  }
  for (const a of warmUpCorpus(analyzer.jobs)) {
    batch.push(a)
    if (batch.length >= window) await store()
  }
  if (batch.length > 0) await store()
  await scratch.close()
}

/** The warm-up corpus of one analysing thread, as the pipeline rows' (1 MB of other generated articles, seed 7). */
const WARM_UP_BYTES = 1e6

/**
 * The articles the warm-up analyses: 1 MB for each analysing thread. Each worker thread compiles the pipeline for
 * itself, so with one megabyte shared by two workers each ran half of what the one-thread ingest's pipeline ran, and
 * the two-thread row was timed partly cold: with 2 MB its processor time fell from 13.4-14.6 to 11.2-14.2 ms an
 * article (four runs each, alternated; median of pair ratios 0.91).
 */
export function warmUpCorpus(jobs: number): BenchArticle[] {
  return generateCorpus(WARM_UP_BYTES * Math.max(1, jobs), 7)
}

/** The main thread's processor time so far, ms (Linux: its task's utime + stime, in clock ticks of 10 ms). */
function mainThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, 'utf8')
    // the fields after the command name (which may hold spaces) end with ')'; utime and stime are 14th and 15th
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return undefined
  }
}

function percentiles(times: readonly number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  const mean = sorted.reduce((sum, t) => sum + t, 0) / Math.max(1, sorted.length)
  return { p50: round(at(0.5)), p99: round(at(0.99)), mean: round(mean) }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [path, count, jobs, every] = process.argv.slice(2)
  // as `entente ingest` does
  boundHeapGrowth()
  const run = await timeIngest(path as string, Number(count), Number(jobs), {
    every: Number(every ?? 0),
    onProgress: (progress) => process.stdout.write(JSON.stringify({ progress }) + '\n'),
  })
  process.stdout.write(JSON.stringify({ run }) + '\n')
}
