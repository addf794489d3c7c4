import type { IngestProgress, IngestRun } from '../bench/store-bench.js'

/** Where the bench's ingests report while they run: text lines, or one JSON object a line under --json. */
export interface IngestReporter {
  onProgress(jobs: number, progress: IngestProgress): void
  onRun(run: IngestRun): void
}

const threads = (jobs: number) => `${jobs} thread${jobs === 1 ? '' : 's'}`

/** A long ingest's progress: articles committed, their rate, and the memory of the process now and at its peak. */
export function progressLine(jobs: number, p: IngestProgress): string {
  return `ingest ${threads(jobs)}: ${p.articles.toLocaleString('en')} articles in ${p.seconds.toFixed(0)} s, ${p.articlesPerSecond.toFixed(1)} articles/s, RSS ${p.rssMB} MB (peak ${p.peakRssMB} MB), main heap ${p.heapMB} MB`
}

/** One ingest's figures, printed when it ends, before the bench's other parts run. */
export function runLine(run: IngestRun): string {
  return `ingest ${threads(run.jobs)} done: ${run.articles.toLocaleString('en')} articles in ${run.seconds.toFixed(1)} s, ${run.rate.toFixed(1)} articles/s, ${run.cpuMsPerArticle.toFixed(2)} ms CPU/article, peak RSS ${run.rss.peak} MB (${run.rss.afterWarmUp} MB after warm-up, ${run.rss.atEnd} MB at the end)`
}

/** Reports to `write` (a line at a time, without its newline) as text or, for --json, as JSON lines. */
export function ingestReporter(json: boolean, write: (line: string) => void): IngestReporter {
  if (!json) return { onProgress: (jobs, p) => write(progressLine(jobs, p)), onRun: (run) => write(runLine(run)) }
  return {
    onProgress: (jobs, progress) => write(JSON.stringify({ ingest: { threads: jobs }, progress })),
    onRun: (run) => {
      const { timeline: _timeline, ...figures } = run
      write(JSON.stringify({ ingest: { threads: run.jobs }, run: figures }))
    },
  }
}
