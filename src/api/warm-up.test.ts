import { afterAll, expect, test } from 'vitest'
import { allDocs } from '../../test/store/fixtures.js'
import { cleanup, DATABASES } from '../../test/store/helpers.js'
import { busiest, loadQueryKb } from '../query/index.js'
import { buildApp } from './index.js'
import { warmUp } from './warm-up.js'

afterAll(cleanup)

test('issue 11: the warm-up asks the busiest actors, and its requests are neither counted nor rate-limited', async () => {
  const store = await (DATABASES.find((db) => db.name === 'sqlite') as (typeof DATABASES)[number]).open()
  try {
    for (const doc of allDocs()) await store.putDoc(doc)
    const kb = await loadQueryKb()
    const { actors } = await busiest({ store }, 64)
    expect(actors.length).toBeGreaterThan(1)
    const plain = await buildApp({ store, kb, rateLimit: false, cache: false })
    try {
      // every request the warm-up makes is answered, and there are many more than the limit below (with no time
      // limit: on a loaded machine the server's 5 s would cut the count short)
      expect(await warmUp(plain, { store, kb }, { maxMs: Infinity })).toBeGreaterThan(actors.length + 8)
    } finally {
      await plain.close()
    }
    const app = await buildApp({ store, kb, rateLimit: 3, cache: false, warmUp: true })
    try {
      // a client's first three requests are answered: the warm-up's (many more) used none of the limit
      for (let i = 0; i < 2; i++) expect((await app.inject(`/api/actors/${actors[0]}`)).statusCode).toBe(200)
      const metrics = (await app.inject('/metrics')).body
      expect((await app.inject(`/api/actors/${actors[0]}`)).statusCode).toBe(429)
      const counted = [...metrics.matchAll(/^entente_http_requests_total\{[^}]*\} (\d+)$/gm)].reduce(
        (n, m) => n + Number(m[1]),
        0,
      )
      expect(counted).toBe(2)
    } finally {
      await app.close()
    }
  } finally {
    await store.close()
  }
})
