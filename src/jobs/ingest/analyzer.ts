import { fileURLToPath } from 'node:url'
import { Piscina } from 'piscina'
import type { Article, Doc } from '../../document.js'
import type { ResourcePaths } from '../../resources.js'
import { capJobs, thisMachine } from './job-ceiling.js'
import { withSketch } from './with-sketch.js'

/** Runs the pipeline on articles, in this thread or on a pool of worker threads. */
export interface Analyzer {
  /** Worker threads in use; 1 means this thread. */
  readonly jobs: number
  analyze(article: Article): Promise<Doc>
  close(): Promise<void>
}

/**
 * The old generation of each worker's heap may grow to this, in MB. Under 2 GB it is also what keeps a worker's
 * memory flat: V8 lets a heap with a limit of 2 GB or more (its default on a machine with much memory) grow to 4× its
 * live data before a full collection, and one with a smaller limit to about 1.3–2× (1.6× at 1 GB). A worker lives
 * on some 80 MB of models and tables, so it stays near 130–150 MB instead of climbing past 280 MB in a long
 * ingest; one very large article still has a gigabyte to work in (the job ceiling counts 500 MB a job). An ingest
 * process bounds the growth of every heap tighter still (HEAP_GROWING_PERCENT, heap-growth.ts).
 */
export const WORKER_OLD_GENERATION_MB = 1024

/**
 * The young generation of each worker's heap, in MB: two 2 MB semi-spaces and a third for large objects (V8's default
 * grows to 48). An article's analysis mostly dies young either way. With 2 MB semi-spaces a worker's heap stays
 * smallest (the pipeline over 150 articles in one process: 185–186 MB resident with HEAP_GROWING_PERCENT, against
 * 203–205 MB with the earlier 5 MB semi-spaces; 1 MB semi-spaces promote so much that the old generation grows past
 * both, 256 MB without the bound).
 */
export const WORKER_YOUNG_GENERATION_MB = 6

/** Articles handed to one worker thread at a time (it analyses them one after the other); the ingest's window
 * bounds how many are in flight in all. */
export const TASKS_QUEUED_PER_WORKER = 64

/** All cores by default, as far as free memory allows. */
export function defaultJobs(): number {
  return capJobs(thisMachine().cores).jobs
}

/**
 * A pool of `jobs` worker threads, or the pipeline in this thread for `jobs` 1 (unless `offThread`: a queue worker
 * keeps its event loop free to renew its job locks while an article is analysed). Workers run the built JavaScript
 * (dist); when this module runs as TypeScript source (vitest), the pipeline runs in this thread instead.
 */
export function createAnalyzer(options: { jobs: number; offThread?: boolean; resources?: ResourcePaths }): Analyzer {
  const fromSource = import.meta.url.endsWith('.ts')
  if ((options.jobs <= 1 && options.offThread !== true) || fromSource) {
    // loaded on first use: a process whose analysis runs on pool threads need not load the models itself
    return {
      jobs: 1,
      analyze: async (article) => withSketch((await import('../../run.js')).analyze(article, options.resources)),
      close: async () => {},
    }
  }
  // The pool starts on the first article that needs analysis, and threads start only as work queues up: a
  // re-run whose articles are all stored starts none, and Node 20 aborts when a worker is torn down while it
  // is still loading its modules.
  let pool: Piscina<Article, Doc> | undefined
  const start = () =>
    new Piscina<Article, Doc>({
      filename: fileURLToPath(new URL('./analyze-worker.js', import.meta.url)),
      // each thread loads the KB and dictionary these name (the package's own when none)
      workerData: { resources: options.resources ?? {} },
      minThreads: 0,
      maxThreads: options.jobs,
      // threads started for the work stay until the pool closes: loading the models costs a second or more
      idleTimeout: 10 * 60_000,
      resourceLimits: {
        maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB,
        maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
      },
      // a thread's next articles wait in its own queue, not in this thread's: while this thread writes a batch
      // (SQLite blocks it) the workers go on analysing instead of waiting for it to hand out the next article
      concurrentTasksPerWorker: TASKS_QUEUED_PER_WORKER,
    })
  return {
    jobs: options.jobs,
    analyze: (article) => (pool ??= start()).run(article),
    close: async () => {
      await pool?.close()
    },
  }
}
