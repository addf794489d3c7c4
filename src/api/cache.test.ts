import type { FastifyInstance } from 'fastify'
import { afterAll, describe, expect, test } from 'vitest'
import { japanNato, japanNatoLater, russiaUkraine } from '../../test/store/fixtures.js'
import { cleanup, DATABASES } from '../../test/store/helpers.js'
import { openStore, type Store } from '../store/index.js'
import { cacheKey, matchesEtag } from './cache.js'
import { buildApp } from './index.js'

afterAll(async () => {
  await cleanup()
})

/** The ids of the events page, newest first. */
async function eventIds(app: FastifyInstance, url = '/api/events?limit=50') {
  const response = await app.inject({ method: 'GET', url })
  expect(response.statusCode).toBe(200)
  return {
    ids: (response.json().events as { id: string }[]).map((e) => e.id),
    etag: String(response.headers['etag']),
    cache: response.headers['x-cache'],
  }
}

describe('issue 11: the response cache', () => {
  test('keys are the path and the query in a fixed order, with the day', () => {
    expect(cacheKey('/api/events?to=2023&actor=JPN', '2026-01-01')).toBe(
      cacheKey('/api/events?actor=JPN&to=2023', '2026-01-01'),
    )
    expect(cacheKey('/api/events?actor=JPN', '2026-01-01')).not.toBe(cacheKey('/api/events?actor=JPNX', '2026-01-01'))
    expect(cacheKey('/api/actors/JPN', '2026-01-01')).not.toBe(cacheKey('/api/actors/JPN', '2026-01-02'))
    expect(matchesEtag('W/"a", "b"', '"b"')).toBe(true)
    expect(matchesEtag('"a"', '"b"')).toBe(false)
    expect(matchesEtag(undefined, '"b"')).toBe(false)
  })

  for (const database of DATABASES) {
    test(`${database.name}: a repeated request is a hit with the same ETag, and If-None-Match gets 304`, async () => {
      const store = await database.open()
      const app = await buildApp({ store })
      try {
        await store.putDoc(japanNato())
        const first = await eventIds(app, '/api/events?limit=50&actor=JPN')
        const second = await eventIds(app, '/api/events?actor=JPN&limit=50')
        expect(first.cache).toBe('miss')
        expect(second).toEqual({ ...first, cache: 'hit' })
        const revalidated = await app.inject({
          method: 'GET',
          url: '/api/events?actor=JPN&limit=50',
          headers: { 'if-none-match': first.etag },
        })
        expect(revalidated.statusCode).toBe(304)
        expect(revalidated.body).toBe('')
        const stale = await app.inject({
          method: 'GET',
          url: '/api/events?actor=JPN&limit=50',
          headers: { 'if-none-match': '"an-old-tag"' },
        })
        expect(stale.statusCode).toBe(200)
        // a bad request is answered as before, never from the cache
        expect((await app.inject({ method: 'GET', url: '/api/events?limit=0' })).statusCode).toBe(400)
      } finally {
        await app.close()
        await store.close()
      }
    })

    test(`${database.name}: a write on the server's own connection invalidates the cache`, async () => {
      const store = await database.open()
      const app = await buildApp({ store })
      try {
        await store.putDoc(japanNato())
        const before = await eventIds(app)
        expect((await eventIds(app)).cache).toBe('hit')
        await store.putDoc(russiaUkraine())
        const after = await eventIds(app)
        expect(after.cache).toBe('miss')
        expect(after.ids.length).toBe(before.ids.length + 1)
        expect(after.etag).not.toBe(before.etag)
        const revalidated = await app.inject({
          method: 'GET',
          url: '/api/events?limit=50',
          headers: { 'if-none-match': before.etag },
        })
        expect(revalidated.statusCode).toBe(200)
      } finally {
        await app.close()
        await store.close()
      }
    })

    test(`${database.name}: a write from another connection (a worker, an ingest) invalidates the cache`, async () => {
      const store = await database.open()
      const app = await buildApp({ store })
      const writer: Store = await openStore(store.location)
      try {
        await store.putDoc(japanNato())
        const before = await eventIds(app)
        expect((await eventIds(app)).cache).toBe('hit')
        await writer.putDoc(japanNatoLater())
        const after = await eventIds(app)
        expect(after.cache).toBe('miss')
        expect(after.ids.length).toBe(before.ids.length + 1)
      } finally {
        await writer.close()
        await app.close()
        await store.close()
      }
    })
  }

  test('a server without the cache answers every request from the store', async () => {
    const database = DATABASES.find((db) => db.name === 'sqlite') as (typeof DATABASES)[number]
    const store = await database.open()
    const app = await buildApp({ store, cache: false })
    try {
      await store.putDoc(japanNato())
      const response = await app.inject({ method: 'GET', url: '/api/events?limit=50' })
      expect(response.statusCode).toBe(200)
      expect(response.headers['x-cache']).toBeUndefined()
    } finally {
      await app.close()
      await store.close()
    }
  })
})
