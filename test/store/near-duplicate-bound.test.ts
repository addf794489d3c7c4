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
import { bandsQuery, findOriginal, MAX_PAIR_ROWS } from '../../src/store/near-duplicates.js'
import { runSql } from '../../src/store/sql-text.js'
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
      // each band's first MAX_PAIR_ROWS articles at most (the next test), then 20 signatures
      const bands = sketch(bodyText(docOf((corpus[FILL] as { text: string }).text))).bands.length
      expect(fresh.rows).toBeLessThanOrEqual(bands * MAX_PAIR_ROWS + 20 + fresh.texts)
    })

    test('issue 14: a copy among many look-alikes is still found, its text read to confirm it', async () => {
      const original = (corpus[7] as { text: string }).text
      const copy = `${original.replace(/\.\n/, '. Officials declined to comment.\n')}\nReporting by a wire service.`
      const found = await lookUp(copy)
      expect(found.original).toBe((await store.putDoc(docOf(original))).id)
      expect(found.texts).toBeGreaterThan(0)
      expect(found.texts).toBeLessThanOrEqual(2)
    })

    test('issue 14 item 7: a band that many stored articles share gives at most MAX_PAIR_ROWS of them, the first by id', async () => {
      const bands = sketch(bodyText(docOf((corpus[FILL + 1] as { text: string }).text))).bands
      const parameters = bands.flatMap((hash, band) => [hash, band])
      const postgres = db.name !== 'sqlite'
      const read = await runSql<{ article_id: string }>(store.db, bandsQuery(bands.length, postgres), parameters)
      const all = await runSql<{ article_id: string; band: number }>(
        store.db,
        `select article_id, band from article_bands where ${bands.map(() => '(hash = ? and band = ?)').join(' or ')}`,
        parameters,
      )
      const byBand = new Map<number, string[]>()
      for (const row of all) byBand.set(Number(row.band), [...(byBand.get(Number(row.band)) ?? []), row.article_id])
      const capped = [...byBand.values()].filter((ids) => ids.length > MAX_PAIR_ROWS)
      expect(capped.length, 'a band of the generated corpus must be shared by many articles').toBeGreaterThan(0)
      const expected = [...byBand.values()].flatMap((ids) => ids.sort().slice(0, MAX_PAIR_ROWS))
      expect(read.map((row) => row.article_id).sort()).toEqual(expected.sort())
      expect(read.length).toBeLessThan(all.length)
    })

    test('issue 14 item 7: a story stored in more copies than MAX_PAIR_ROWS still leads a new copy to its original', async () => {
      const original = (corpus[9] as { text: string }).text
      const first = await store.putDoc(docOf(original))
      const copy = (n: number) => `${original}\nThis report was shared ${n} times by readers.`
      for (let n = 1; n <= MAX_PAIR_ROWS + 6; n++)
        expect((await store.putDoc(docOf(copy(n)))).nearDuplicateOf).toBe(first.id)
      expect((await lookUp(copy(1000))).original).toBe(first.id)
    }, 120_000)
  })
}
