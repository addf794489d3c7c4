import { expect, test } from 'vitest'
import { childLines, type IngestRun } from '../bench/ingest-process.js'
import type { IngestProgress } from '../bench/rss-timeline.js'
import { ingestReporter, progressLine, runLine } from './bench-progress.js'

const PROGRESS: IngestProgress = {
  articles: 10_000,
  seconds: 153.4,
  articlesPerSecond: 65.2,
  rssMB: 431,
  peakRssMB: 440,
  heapMB: 36,
}
const RUN: IngestRun = {
  articles: 10_000,
  seconds: 154.1,
  rate: 64.9,
  jobs: 2,
  cpuMsPerArticle: 13.41,
  writeMs: { p50: 1.2, p99: 4.5, mean: 1.5 },
  rss: { peak: 440, afterWarmUp: 428, atEnd: 433 },
  timeline: [PROGRESS],
}

test('issue 13: the bench prints a progress line with the current RSS, and each run as soon as it ends', () => {
  expect(progressLine(1, PROGRESS)).toBe(
    'ingest 1 thread: 10,000 articles in 153 s, 65.2 articles/s, RSS 431 MB (peak 440 MB), main heap 36 MB',
  )
  expect(runLine(RUN)).toBe(
    'ingest 2 threads done: 10,000 articles in 154.1 s, 64.9 articles/s, 13.41 ms CPU/article, peak RSS 440 MB (428 MB after warm-up, 433 MB at the end)',
  )
})

test('under --json the same reports are one JSON object a line, the timeline left to the final report', () => {
  const lines: string[] = []
  const reporter = ingestReporter(true, (line) => lines.push(line))
  reporter.onProgress(2, PROGRESS)
  reporter.onRun(RUN)
  const [progress, run] = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
  expect(progress).toEqual({ ingest: { threads: 2 }, progress: PROGRESS })
  const { timeline: _timeline, ...figures } = RUN
  expect(run).toEqual({ ingest: { threads: 2 }, run: figures })
})

test("the ingest child's progress lines are passed on as they come, split across chunks, and its run kept", () => {
  const heard: number[] = []
  const lines = childLines((p) => heard.push(p.articles))
  const text = [{ progress: PROGRESS }, { progress: { ...PROGRESS, articles: 20_000 } }, { run: RUN }]
    .map((m) => JSON.stringify(m) + '\n')
    .join('')
  const cut = text.indexOf('20000') + 2
  lines.add(text.slice(0, 10))
  expect(heard).toEqual([])
  lines.add(text.slice(10, cut))
  expect(heard).toEqual([10_000])
  lines.add(text.slice(cut))
  expect(heard).toEqual([10_000, 20_000])
  expect(lines.end()).toEqual(RUN)
})
