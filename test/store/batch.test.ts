import { afterAll, describe, expect, test } from 'vitest'
import { allDocs, japanNato, japanNatoCopy, russiaUkraine } from './fixtures.js'
import { cleanup, DATABASES, storeSnapshot } from './helpers.js'

afterAll(cleanup)

/** The fixtures, a copy of an article in the same batch, and an exact duplicate of one. */
function corpus() {
  return [...allDocs(), japanNatoCopy(), russiaUkraine()]
}

for (const db of DATABASES) {
  describe(db.name, () => {
    test('storing several articles in one transaction gives what storing them one by one gives', async () => {
      const one = await db.open()
      const alone = []
      for (const doc of corpus()) alone.push(await one.putDoc(doc))
      const batched = await db.open()
      const together = await batched.putDocs(corpus())
      expect(together).toEqual(alone)
      expect(together.map((r) => r.status)).toContain('duplicate')
      const [a, b] = [await storeSnapshot(one), await storeSnapshot(batched)]
      // numbers come from PostgreSQL's identity columns in the order rows are inserted, as one by one
      expect(b).toEqual(a)
      await one.close()
      await batched.close()
    })

    test('a batch with one bad article stores none of them', async () => {
      const store = await db.open()
      const good = japanNato()
      const bad = { ...good, text: `${good.text} Again.`, events: [good.events[0], { ...good.events[0] }] }
      await expect(store.putDocs([russiaUkraine(), bad as never])).rejects.toThrow()
      const empty = await storeSnapshot(store)
      for (const rows of Object.values(empty)) expect(rows).toEqual([])
      expect((await store.putDocs([russiaUkraine(), good])).map((r) => r.status)).toEqual(['stored', 'stored'])
      await store.close()
    })
  })
}
