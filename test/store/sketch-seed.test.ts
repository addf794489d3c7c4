import { afterAll, describe, expect, test } from 'vitest'
import { generateCorpus } from '../../src/bench/corpus.js'
import { bodyText, sketch, sketchSeed, signatureText } from '../../src/dedup/index.js'
import { docOf, type Doc } from '../../src/document.js'
import { runSql } from '../../src/store/sql-text.js'
import type { Store } from '../../src/store/index.js'
import { cleanup, DATABASES } from './helpers.js'

afterAll(cleanup)

const [first, second] = generateCorpus(20_000, 41).map((article) => article.text) as [string, string]
const COPY = `${first.replace(/\.\n/, '. Officials declined to comment.\n')}\nReporting by a wire service.`

async function storedSignature(store: Store, id: string): Promise<string | undefined> {
  const rows = await runSql<{ signature: string }>(
    store.db,
    'select signature from article_sketches where article_id = ?',
    [id],
  )
  return rows[0]?.signature
}

function seeded(doc: Doc, from: string): Doc {
  return { ...doc, sketch: sketchSeed(from) }
}

for (const db of DATABASES) {
  describe(db.name, () => {
    test("issue 13: the writer takes the body's signature from the analysis threads' seed", async () => {
      const store = await db.open()
      try {
        const doc = docOf(first)
        const seed = sketchSeed(bodyText(doc))
        // a seed made from this very body but carrying another signature: stored as given, so it was not made again
        const other = sketch(bodyText(docOf(second))).signature as Uint32Array
        const { id } = await store.putDoc({ ...doc, sketch: { ...seed, signature: other } })
        expect(await storedSignature(store, id)).toBe(signatureText(other))
      } finally {
        await store.close()
      }
    })

    test('issue 13: seeded or not, a copy is found and the same signatures are stored', async () => {
      const store = await db.open()
      try {
        const original = docOf(first)
        const stored = await store.putDoc(seeded(original, bodyText(original)))
        const copy = docOf(COPY)
        const found = await store.putDoc(seeded(copy, bodyText(copy)))
        expect(found.nearDuplicateOf).toBe(stored.id)
        expect(await storedSignature(store, stored.id)).toBe(
          signatureText(sketch(bodyText(original)).signature as Uint32Array),
        )
        // a seed made from another text is not used: the article's own signature is stored
        const wrong = await store.putDoc(seeded(docOf(second), first))
        expect(await storedSignature(store, wrong.id)).toBe(
          signatureText(sketch(bodyText(docOf(second))).signature as Uint32Array),
        )
      } finally {
        await store.close()
      }
    })
  })
}
