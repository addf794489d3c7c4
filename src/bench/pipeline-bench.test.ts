import { expect, test, vi } from 'vitest'
import type { Doc } from '../document.js'
import type { Pipeline } from '../pipeline.js'
import { defaultPipeline } from '../run.js'
import { generateCorpus } from './corpus.js'
import { benchPipeline } from './pipeline-bench.js'

/** A pipeline that adds nothing, recording the batch sizes it was handed. */
function recording(): Pipeline & { batches: number[] } {
  const batches: number[] = []
  const runAll = (docs: readonly Doc[]) => {
    batches.push(docs.length)
    return [...docs]
  }
  return { stages: [], batches, runAll, run: (doc) => runAll([doc])[0]! }
}

const CORPUS = generateCorpus(150_000)

test('issue 13: benchPipeline times the process’s own pipeline, the one a warm-up run warms', () => {
  const own = defaultPipeline()
  const runAll = vi.spyOn(own, 'runAll').mockImplementation((docs) => [...docs])
  try {
    benchPipeline(CORPUS)
    benchPipeline(CORPUS, { batch: 1 })
    // every article of both runs went through that one pipeline (a new pipeline per run would start cold)
    const articles = runAll.mock.calls.reduce((sum, [docs]) => sum + docs.length, 0)
    expect(articles).toBe(2 * CORPUS.length)
  } finally {
    runAll.mockRestore()
  }
})

test('benchPipeline runs a pipeline it is given, in batches of 32 or one article at a time', () => {
  expect(CORPUS.length).toBeGreaterThan(32)
  const batched = recording()
  const result = benchPipeline(CORPUS, { pipeline: batched })
  expect(batched.batches.slice(0, -1).every((size) => size === 32)).toBe(true)
  expect(batched.batches.reduce((a, b) => a + b, 0)).toBe(CORPUS.length)
  expect(result).toMatchObject({ articles: CORPUS.length, batch: 32, events: 0, mentions: 0 })
  const single = recording()
  expect(benchPipeline(CORPUS, { batch: 1, pipeline: single }).batch).toBe(1)
  expect(single.batches).toEqual(CORPUS.map(() => 1))
})
