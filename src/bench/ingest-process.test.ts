import { expect, test } from 'vitest'
import { warmUpCorpus } from './ingest-process.js'

const bytes = (articles: readonly { text: string }[]) => articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0)

test('issue 13: the ingest warm-up gives every analysing thread a megabyte, as the one-thread ingest gets', () => {
  const one = warmUpCorpus(1)
  const two = warmUpCorpus(2)
  expect(bytes(one)).toBeGreaterThanOrEqual(0.99e6)
  expect(bytes(one)).toBeLessThan(1.1e6)
  expect(bytes(two)).toBeGreaterThanOrEqual(2 * 0.99e6)
  // the same articles first (seed 7): the one-thread warm-up is the start of the two-thread one
  expect(two.slice(0, one.length)).toEqual(one)
})

test('the warm-up of the one-thread ingest is unchanged, and no job count reads less than one thread', () => {
  expect(bytes(warmUpCorpus(0))).toBe(bytes(warmUpCorpus(1)))
})
