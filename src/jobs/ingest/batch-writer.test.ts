import { expect, test } from 'vitest'
import { docFromArticle, type Doc } from '../../document.js'
import type { Store } from '../../store/index.js'
import { batchWriter, DEFAULT_BATCH } from './batch-writer.js'
import type { IngestResult } from './ingest.js'

/** A store that records the articles of each transaction (their text sizes) and stores everything. */
function recordingStore() {
  const batches: number[][] = []
  const store = {
    async putDocs(docs: readonly Doc[]) {
      batches.push(docs.map((doc) => Buffer.byteLength(doc.text)))
      return docs.map((doc) => ({ status: 'stored' as const, id: doc.id }))
    },
    async putDoc(doc: Doc) {
      return (await this.putDocs([doc]))[0]
    },
  }
  return { store: store as unknown as Store, batches }
}

function step(i: number, bytes: number) {
  const text = `Article ${i} on the talks in Geneva. `.padEnd(bytes, 'x')
  return {
    doc: docFromArticle({ id: `a${i}`, text, source: { kind: 'text', path: `${i}.txt` } }),
    id: `a${i}`,
    input: `${i}.txt`,
  }
}

async function writeAll(sizes: readonly number[], limits: Parameters<typeof batchWriter>[2] = {}) {
  const { store, batches } = recordingStore()
  const results: IngestResult[] = []
  // a long wait, so only the article and byte limits cut batches
  const writer = batchWriter(store, (result) => results.push(result), { ms: 60_000, ...limits })
  for (const [i, bytes] of sizes.entries()) await writer.add(step(i, bytes))
  await writer.flush()
  return { batches, results }
}

test('a batch of large articles holds at most the byte limit of text', async () => {
  // 300 articles of 200 KB: 128 of them would be 25 MB in one transaction
  const { batches, results } = await writeAll(Array(300).fill(200_000))
  expect(DEFAULT_BATCH.bytes).toBe(1 << 20)
  for (const batch of batches) expect(batch.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(DEFAULT_BATCH.bytes)
  // five articles (1,000,000 bytes) a batch once the batches have grown (1, 2, 4, then 5; 3 left at the end)
  expect(batches.map((b) => b.length)).toEqual([1, 2, 4, ...Array(58).fill(5), 3])
  expect(results.map((r) => r.id)).toEqual(Array.from({ length: 300 }, (_, i) => `a${i}`))
})

test('small articles still fill a batch to its article limit', async () => {
  const { batches } = await writeAll(Array(600).fill(4_000))
  expect(batches.map((b) => b.length)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 89])
})

test('an article larger than the byte limit is a batch of its own, between its neighbours', async () => {
  const { batches } = await writeAll([4_000, 4_000, 4_000, 3_000_000, 4_000, 4_000, 4_000, 4_000], { bytes: 1 << 20 })
  expect(batches).toEqual([[4_000], [4_000, 4_000], [3_000_000], [4_000, 4_000, 4_000, 4_000]])
})
