import { expect, test } from 'vitest'
import { rssTimeline, type IngestProgress } from './rss-timeline.js'

/** A process whose resident set grows 1 MB at each reading, with a heap of a tenth of it. */
function growing() {
  let rss = 400e6
  return () => {
    rss += 1e6
    return { rss, heapUsed: rss / 10 }
  }
}

test('issue 13: a long ingest reports its memory every N committed articles while it runs, and at the end', () => {
  const heard: IngestProgress[] = []
  const timeline = rssTimeline({ every: 250, onProgress: (p) => heard.push(p), memory: growing(), sampleMs: 60_000 })
  for (let i = 0; i < 1000; i++) {
    timeline.committed()
    // each point is heard as soon as it is made, not when the ingest ends
    if (i === 249) expect(heard.map((p) => p.articles)).toEqual([250])
  }
  expect(heard.map((p) => p.articles)).toEqual([250, 500, 750, 1000])
  const end = timeline.stop()
  // the last point was at 1,000 already: none added
  expect(end.timeline).toEqual(heard)
  expect(heard.map((p) => p.rssMB)).toEqual([402, 403, 404, 405])
  expect(heard.map((p) => p.heapMB)).toEqual([40, 40, 40, 41])
  // and a last sample when it stops
  expect(end.peak).toBe(406)
  expect(end.atEnd).toBe(406)
})

test('an ingest that stops between points gets a last one; with every 0 only that one', () => {
  const some = rssTimeline({ every: 300, memory: growing(), sampleMs: 60_000 })
  for (let i = 0; i < 700; i++) some.committed()
  expect(some.stop().timeline.map((p) => p.articles)).toEqual([300, 600, 700])
  const none = rssTimeline({ every: 0, memory: growing(), sampleMs: 60_000 })
  for (let i = 0; i < 700; i++) none.committed()
  expect(none.stop().timeline.map((p) => p.articles)).toEqual([700])
})

test('the peak is the largest resident set sampled, not the last', () => {
  const readings = [500e6, 700e6, 450e6, 460e6]
  let i = 0
  const timeline = rssTimeline({
    every: 1,
    memory: () => ({ rss: readings[Math.min(i++, readings.length - 1)] as number, heapUsed: 0 }),
    sampleMs: 60_000,
  })
  timeline.committed()
  timeline.committed()
  const end = timeline.stop()
  expect(end.timeline.map((p) => [p.rssMB, p.peakRssMB])).toEqual([
    [700, 700],
    [450, 700],
  ])
  expect(end.peak).toBe(700)
  expect(end.atEnd).toBe(460)
})
