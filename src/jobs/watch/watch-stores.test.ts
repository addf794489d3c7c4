import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { cleanup, DATABASES } from '../../../test/store/helpers.js'
import { rss, startServer, type LocalServer } from '../../../test/jobs/watch-server.js'
import { docFromArticle } from '../../document.js'
import type { Analyzer } from '../ingest/analyzer.js'
import { parseQueueUrl } from '../queue/connection.js'
import { openIngestQueue } from '../queue/ingest-queue.js'
import { watchFeeds, type WatchOptions } from './watch.js'

const PLAIN: Analyzer = { jobs: 1, analyze: async (article) => docFromArticle(article), close: async () => {} }
const BODY = (topic: string) =>
  `<p>${`Delegations from both countries discussed ${topic} and agreed to meet again in the spring. `.repeat(15)}</p>`

let server: LocalServer
let feed: string
beforeAll(async () => {
  server = await startServer()
  feed = `${server.origin}/state.xml`
  server.route('/state.xml', (request, response) => {
    if (request.headers['if-none-match'] === '"s1"') return void response.writeHead(304).end()
    response.writeHead(200, { 'content-type': 'application/atom+xml', etag: '"s1"' })
    response.end(
      rss([
        { title: 'Fishing rights', link: `${server.origin}/n/fish`, content: BODY('fishing rights') },
        { title: 'Rail link', link: `${server.origin}/n/rail`, content: BODY('a cross-border rail link') },
      ]),
    )
  })
})
afterAll(async () => {
  await server.close()
  await cleanup()
})

const LOCAL: Partial<WatchOptions> = { once: true, allowPrivate: true, delayMs: 0, retries: 0, robots: false }

// What watch remembers lives in the store, so it must work in every dialect the store has.
for (const database of DATABASES) {
  describe(database.name, () => {
    test('the watch state survives a restart: validators and seen URLs are read back from the store', async () => {
      const store = await database.open()
      const first = await watchFeeds([feed], { ...LOCAL, store, analyzer: PLAIN })
      expect(first).toMatchObject({ stored: 2, failed: 0 })
      await store.close()
      const reopened = await database.reopen(store)
      try {
        const outcomes: string[] = []
        await watchFeeds([feed], { ...LOCAL, store: reopened, analyzer: PLAIN, onFeed: (o) => outcomes.push(o.status) })
        expect(outcomes).toEqual(['unchanged'])
        const seen = await sql<{ url: string }>`select url from watch_seen order by url`.execute(reopened.db)
        expect(seen.rows).toEqual([{ url: `${server.origin}/n/fish` }, { url: `${server.origin}/n/rail` }])
      } finally {
        await reopened.close()
      }
    })
  })
}

test('with a queue, new articles are enqueued for the workers and remembered, and not enqueued again', async () => {
  const name = `entente-watch-test-${process.pid}-${Date.now().toString(36)}`
  const queue = await openIngestQueue(parseQueueUrl(`redis://127.0.0.1:6379?name=${name}`))
  const store = await DATABASES[0]!.open()
  try {
    const statuses: string[] = []
    const onResult = (result: { status: string }) => statuses.push(result.status)
    expect(await watchFeeds([feed], { ...LOCAL, store, queue, onResult })).toMatchObject({ queued: 2, stored: 0 })
    expect((await queue.counts()).waiting).toBe(2)
    await watchFeeds([feed], { ...LOCAL, store, queue, onResult })
    expect(statuses).toEqual(['queued', 'queued'])
    expect((await queue.counts()).waiting).toBe(2)
    expect(await store.db.selectFrom('articles').select('id').execute()).toEqual([]) // the workers store them
  } finally {
    await queue.remove()
    await queue.close()
    await store.close()
  }
})
