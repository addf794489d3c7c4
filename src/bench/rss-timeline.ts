import { performance } from 'node:perf_hooks'

/** The largest resident set sampled, the largest in the first tenth of the samples (warm-up), and the last, MB. */
export interface RssSamples {
  readonly peak: number
  readonly afterWarmUp: number
  readonly atEnd: number
}

/** Where a long ingest stands: articles committed so far, and the process's memory then. */
export interface IngestProgress {
  readonly articles: number
  readonly seconds: number
  /** Since the timed ingest began. */
  readonly articlesPerSecond: number
  readonly rssMB: number
  /** The largest resident set sampled so far (every 200 ms). */
  readonly peakRssMB: number
  /** What the main thread's heap holds (reader, writer, the results waiting): worker threads' heaps are not in it. */
  readonly heapMB: number
}

export interface RssTimeline {
  /** Counts one committed article; every `every` articles, a progress point. */
  committed(): void
  /** Stops sampling: the samples' figures, and the progress points made (the last at the end). */
  stop(): RssSamples & { readonly timeline: readonly IngestProgress[] }
}

export interface RssTimelineOptions {
  /** Articles between progress points (0: none but the last). */
  readonly every: number
  readonly onProgress?: (progress: IngestProgress) => void
  /** Resident set and heap in bytes (tests give their own). */
  readonly memory?: () => { readonly rss: number; readonly heapUsed: number }
  /** Milliseconds between samples of the resident set (default 200). */
  readonly sampleMs?: number
}

const mb = (bytes: number) => Math.round(bytes / 1e6)

/**
 * Samples this process's resident set every 200 ms until stopped (the first tenth of the samples is warm-up), and
 * makes a progress point every `every` committed articles: a long ingest says how its memory moves while it runs,
 * not only when it ends, so a run cut short has still told what it learned.
 */
export function rssTimeline(options: RssTimelineOptions): RssTimeline {
  const memory = options.memory ?? (() => process.memoryUsage())
  const samples: number[] = []
  let peak = 0
  const sample = (rss: number) => {
    samples.push(rss)
    peak = Math.max(peak, rss)
  }
  sample(memory().rss)
  const timer = setInterval(() => sample(memory().rss), options.sampleMs ?? 200)
  const start = performance.now()
  const timeline: IngestProgress[] = []
  let articles = 0
  const point = (): IngestProgress => {
    const { rss, heapUsed } = memory()
    sample(rss)
    const seconds = (performance.now() - start) / 1000
    const progress = {
      articles,
      seconds: Math.round(seconds * 10) / 10,
      articlesPerSecond: Math.round((articles / Math.max(seconds, 1e-3)) * 10) / 10,
      rssMB: mb(rss),
      peakRssMB: mb(peak),
      heapMB: mb(heapUsed),
    }
    timeline.push(progress)
    options.onProgress?.(progress)
    return progress
  }
  return {
    committed() {
      articles++
      if (options.every > 0 && articles % options.every === 0) point()
    },
    stop() {
      clearInterval(timer)
      if (timeline.at(-1)?.articles !== articles) point()
      else sample(memory().rss)
      const warmUp = samples.slice(0, Math.max(1, Math.ceil(samples.length / 10)))
      return {
        peak: mb(peak),
        afterWarmUp: mb(warmUp.reduce((a, b) => Math.max(a, b), 0)),
        atEnd: mb(samples.at(-1) ?? 0),
        timeline,
      }
    },
  }
}
