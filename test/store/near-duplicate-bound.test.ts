import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { generateCorpus } from '../../src/bench/corpus.js'
import { bodyText, sketch } from '../../src/dedup/index.js'
import { docOf } from '../../src/document.js'
import { findOriginal } from '../../src/store/near-duplicates.js'
import type { Store } from '../../src/store/index.js'
import { cleanup, DATABASES } from './helpers.js'

/** Counts the rows every query returns, and the article texts among them. */
class RowCounter implements KyselyPlugin {
  rows = 0
  texts = 0
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.rows += args.result.rows.length
    this.texts += args.result.rows.filter((row) => 'text' in row).length
    return args.result
  }
}

/** Articles from one generator: the same templates and names, so many share an LSH band with any new one. */
const FILL = 800
const corpus = generateCorpus((FILL + 2) * 4500, 21).slice(0, FILL + 2)

afterAll(cleanup)

for (const db of DATABASES) {
  describe(db.name, () => {
    let store: Store
    beforeAll(async () => {
      store = await db.open()
      for (const article of corpus.slice(0, FILL)) await store.putDoc(docOf(article.text))
    }, 300_000)
    afterAll(() => store.close())

    async function lookUp(text: string) {
      const counter = new RowCounter()
      const original = await store.db
        .withPlugin(counter)
        .transaction()
        .execute((trx) => findOriginal(trx, sketch(bodyText(docOf(text)))))
      return { original, rows: counter.rows, texts: counter.texts }
    }

    test('issue 14: the near-duplicate look-up reads a bounded number of rows, and texts only of possible copies', async () => {
      const fresh = await lookUp((corpus[FILL] as { text: string }).text)
      expect(fresh.original).toBeUndefined()
      // at most 20 candidates and their 20 signatures, however many stored articles share a band; the text of a
      // look-alike is read only when its signature leaves it possibly a copy
      expect(fresh.texts).toBeLessThanOrEqual(2)
      expect(fresh.rows).toBeLessThanOrEqual(40 + fresh.texts)
    })

    test('issue 14: a copy among many look-alikes is still found, its text read to confirm it', async () => {
      const original = (corpus[7] as { text: string }).text
      const copy = `${original.replace(/\.\n/, '. Officials declined to comment.\n')}\nReporting by a wire service.`
      const found = await lookUp(copy)
      expect(found.original).toBe((await store.putDoc(docOf(original))).id)
      expect(found.texts).toBeGreaterThan(0)
      expect(found.texts).toBeLessThanOrEqual(2)
    })
  })
}
