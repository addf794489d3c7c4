import { statSync } from 'node:fs'
import { afterAll, describe, expect, test } from 'vitest'
import { allDocs } from '../../test/store/fixtures.js'
import { cleanup, DATABASES } from '../../test/store/helpers.js'
import { createMetrics, storeBytes } from './metrics.js'

afterAll(cleanup)

describe('issue 11: entente_store_bytes measures the store on either database', () => {
  for (const db of DATABASES) {
    test(`${db.name}: the size is that of the database and grows as articles are stored`, async () => {
      const store = await db.open()
      try {
        const empty = await storeBytes(store)
        expect(empty).toBeGreaterThan(0)
        for (const doc of allDocs()) await store.putDoc(doc)
        const full = await storeBytes(store)
        expect(full).toBeGreaterThan(empty)
        if (db.name === 'sqlite') {
          // the file and its write-ahead log, as before
          const wal = (() => {
            try {
              return statSync(`${store.location}-wal`).size
            } catch {
              return 0
            }
          })()
          expect(full).toBe(statSync(store.location).size + wal)
        }
        const text = createMetrics().render({ bytes: full, articles: 1, events: 2 })
        expect(text).toContain(`\nentente_store_bytes ${full}\n`)
      } finally {
        await store.close()
      }
    })
  }
})
