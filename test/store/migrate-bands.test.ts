import { sql } from 'kysely'
import { afterAll, describe, expect, test } from 'vitest'
import { generateCorpus } from '../../src/bench/corpus.js'
import { bodyText, sketch } from '../../src/dedup/index.js'
import { docOf } from '../../src/document.js'
import { SCHEMA_VERSION } from '../../src/store/index.js'
import { bandRows, beforeLshBands, cleanup, DATABASES } from './helpers.js'

afterAll(cleanup)

const [a, b, c] = generateCorpus(4 * 4500, 31).map((article) => docOf(article.text))
if (!a || !b || !c) throw new Error('the generator gave fewer than three articles')
const copyOfA = docOf(`${a.text.replace(/\.\n/, '. Officials declined to comment.\n')}\nReporting by a wire service.`)

/** The band rows as schema 11 (and every earlier one) stored them: the band's number and its hashes as hex text, by article id. */
function oldBands(id: string, text: string) {
  return sketch(bodyText(docOf(text))).bands.map((hash, band) => ({ article_id: id, band, hash }))
}

for (const db of DATABASES) {
  describe(db.name, () => {
    test('migration 12 converts the band keys of a store written by schema 11, and copies are still found', async () => {
      let store = await db.open()
      const ids = [(await store.putDoc(a)).id, (await store.putDoc(b)).id]
      // make it the store schema 11 wrote: article_bands, no lsh_bands; its rows as the old code wrote them
      await beforeLshBands(store)
      const old = [...oldBands(ids[0] as string, a.text), ...oldBands(ids[1] as string, b.text)]
      const stored = await sql<{
        article_id: string
        band: number
        hash: string
      }>`select article_id, band, hash from article_bands`.execute(store.db)
      const byBand = (x: { article_id: string; band: number }, y: { article_id: string; band: number }) =>
        x.article_id.localeCompare(y.article_id) || x.band - y.band
      expect(stored.rows.map((row) => ({ ...row, band: Number(row.band) })).sort(byBand)).toEqual([...old].sort(byBand))
      expect(await store.schemaVersion()).toBe(11)
      await store.close()

      store = await db.reopen(store)
      expect(await store.schemaVersion()).toBe(SCHEMA_VERSION)
      const tables = (await store.db.introspection.getTables()).map((table) => table.name)
      expect(tables).not.toContain('article_bands')
      expect(old.length).toBe(64)
      const expected = old.map((row) => ({
        article_id: row.article_id,
        key: row.band.toString(16).padStart(2, '0') + row.hash,
      }))
      const byKey = (x: { article_id: string; key: string }, y: { article_id: string; key: string }) =>
        x.article_id.localeCompare(y.article_id) || x.key.localeCompare(y.key)
      expect((await bandRows(store.db)).sort(byKey)).toEqual(expected.sort(byKey))
      expect(await store.db.selectFrom('articles').select('id').orderBy('seq').execute()).toEqual(
        ids.map((id) => ({ id })),
      )
      // the converted keys are the keys the store writes and looks up now
      expect(await store.putDoc(copyOfA)).toMatchObject({ status: 'stored', nearDuplicateOf: ids[0] })
      const fresh = await store.putDoc(c)
      expect(fresh.nearDuplicateOf).toBeUndefined()
      await store.close()
    }, 60_000)
  })
}
