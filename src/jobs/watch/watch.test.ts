import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { rss, startServer, type LocalServer } from '../../../test/jobs/watch-server.js'
import { docFromArticle } from '../../document.js'
import { openStore, type Store } from '../../store/index.js'
import type { Analyzer } from '../ingest/analyzer.js'
import type { PollOutcome } from './poll-feed.js'
import { watchFeeds, type WatchOptions } from './watch.js'

/** Storing without the NLP pipeline: what watch adds is fetching and remembering, not analysis. */
const PLAIN: Analyzer = { jobs: 1, analyze: async (article) => docFromArticle(article), close: async () => {} }

const dir = mkdtempSync(join(tmpdir(), 'entente-watch-'))
let server: LocalServer
const stores: Store[] = []
beforeAll(async () => {
  server = await startServer()
})
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()))
})
afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

let count = 0
async function freshStore(): Promise<string> {
  return join(dir, `watch-${++count}.db`)
}

async function open(path: string): Promise<Store> {
  const store = await openStore(path)
  stores.push(store)
  return store
}

/** One round of watching, as `--once` runs it, with what it reported. */
async function watchOnce(feeds: string[], store: Store, options: Partial<WatchOptions> = {}) {
  const outcomes: PollOutcome[] = []
  const summary = await watchFeeds(feeds, {
    store,
    analyzer: PLAIN,
    once: true,
    allowPrivate: true,
    delayMs: 0,
    retries: 0,
    timeoutMs: 2000,
    onFeed: (outcome) => outcomes.push(outcome),
    ...options,
  })
  return { summary, outcomes }
}

async function articles(store: Store) {
  return store.db.selectFrom('articles').select(['text', 'url']).orderBy('seq').execute()
}

const LONG = (topic: string) =>
  `<p>${`The foreign ministers discussed ${topic} at length during a meeting in the capital. `.repeat(15)}</p>`

function requests(path: string): string[] {
  return server.log.filter((line) => line === `GET ${path}`)
}

test('issue 12: a feed with an ETag: the second poll sends If-None-Match, gets a 304 and stores nothing new', async () => {
  server.route('/etag.xml', (request, response) => {
    if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end()
    response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' })
    response.end(
      rss([
        { title: 'Talks in Ankara', link: `${server.origin}/a/1`, content: LONG('trade') },
        { title: 'Talks in Cairo', link: `${server.origin}/a/2`, content: LONG('water') },
      ]),
    )
  })
  const path = await freshStore()
  const first = await watchOnce([`${server.origin}/etag.xml`], await open(path))
  expect(first.summary).toMatchObject({ stored: 2, failed: 0 })
  expect(first.outcomes).toMatchObject([{ status: 'fetched', skipped: 0 }])
  const store = await open(path)
  const second = await watchOnce([`${server.origin}/etag.xml`], store)
  expect(second.summary).toMatchObject({ stored: 0, duplicate: 0, failed: 0 })
  expect(second.outcomes).toMatchObject([{ status: 'unchanged' }])
  expect(server.headers.get('/etag.xml')?.['if-none-match']).toBe('"v1"')
  expect(await articles(store)).toHaveLength(2)
  expect(requests('/a/1')).toEqual([]) // full text in the feed: no page followed
})

test('issue 12: a feed with Last-Modified: the second poll sends If-Modified-Since and gets a 304', async () => {
  const modified = 'Tue, 04 Apr 2023 10:00:00 GMT'
  server.route('/modified.xml', (request, response) => {
    if (request.headers['if-modified-since'] === modified) return void response.writeHead(304).end()
    response.writeHead(200, { 'content-type': 'text/xml', 'last-modified': modified })
    response.end(rss([{ title: 'Summit in Lima', link: `${server.origin}/b/1`, content: LONG('fisheries') }]))
  })
  const path = await freshStore()
  expect((await watchOnce([`${server.origin}/modified.xml`], await open(path))).summary.stored).toBe(1)
  const second = await watchOnce([`${server.origin}/modified.xml`], await open(path))
  expect(second.outcomes).toMatchObject([{ status: 'unchanged' }])
  expect(server.headers.get('/modified.xml')?.['if-modified-since']).toBe(modified)
  expect(requests('/modified.xml')).toHaveLength(2)
})

test('issue 12: an item with only a summary is followed to its page, and the page is what is stored', async () => {
  server.route('/summaries.xml', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' })
    response.end(
      rss([{ title: 'Ports deal signed', link: `${server.origin}/news/ports.html`, description: 'A deal…' }]),
    )
  })
  server.route('/news/ports.html', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(
      '<html><head><title>Ports deal signed</title></head><body><nav>Home · World</nav><article>' +
        '<h1>Ports deal signed</h1><p>Kenya and Tanzania signed an agreement on Monday to share the running of two ' +
        'ports on the Indian Ocean coast.</p><p>The ministers said the deal would cut waiting times for ships.</p>' +
        '</article></body></html>',
    )
  })
  const store = await open(await freshStore())
  const { summary } = await watchOnce([`${server.origin}/summaries.xml`], store)
  expect(summary.stored).toBe(1)
  const [stored] = await articles(store)
  expect(stored?.url).toBe(`${server.origin}/news/ports.html`)
  expect(stored?.text).toContain('Kenya and Tanzania signed an agreement on Monday')
  expect(stored?.text).not.toContain('A deal…')
  expect(requests('/news/ports.html')).toHaveLength(1)
})

test('a restart resumes: a feed without validators is read again, but no page already stored is fetched', async () => {
  server.route('/plain.xml', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' })
    response.end(
      rss([
        { title: 'Grain corridor', link: `${server.origin}/news/grain.html`, description: 'Ships sail.' },
        { title: 'Border talks', link: `${server.origin}/news/border.html`, description: 'Envoys meet.' },
      ]),
    )
  })
  for (const [page, sentence] of [
    ['grain', 'Ukraine and Turkey agreed to keep the grain corridor open for another four months.'],
    ['border', 'India and China held a new round of talks on their disputed border on Friday.'],
  ] as const) {
    server.route(`/news/${page}.html`, (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body><p>${sentence}</p></body></html>`)
    })
  }
  const path = await freshStore()
  expect((await watchOnce([`${server.origin}/plain.xml`], await open(path))).summary.stored).toBe(2)
  const again = await watchOnce([`${server.origin}/plain.xml`], await open(path))
  expect(again.outcomes).toMatchObject([{ status: 'fetched', items: [], skipped: 2 }])
  expect(requests('/plain.xml')).toHaveLength(2)
  expect(requests('/news/grain.html')).toHaveLength(1)
  expect(requests('/news/border.html')).toHaveLength(1)
})

test('a page that times out is not remembered: the next poll fetches the feed and the page again', async () => {
  let slow = true
  server.route('/timeout.xml', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"t1"' })
    response.end(rss([{ title: 'Late news', link: `${server.origin}/news/late.html`, description: 'Soon.' }]))
  })
  server.route('/news/late.html', (_request, response) => {
    if (slow) return // says nothing: the fetch times out
    response.writeHead(200, { 'content-type': 'text/html' })
    response.end('<html><body><p>Chile and Argentina opened a new mountain pass to trade on Sunday.</p></body></html>')
  })
  const path = await freshStore()
  const first = await watchOnce([`${server.origin}/timeout.xml`], await open(path), { timeoutMs: 600 })
  expect(first.summary).toMatchObject({ stored: 0, failed: 1 })
  slow = false
  const second = await watchOnce([`${server.origin}/timeout.xml`], await open(path))
  expect(second.summary).toMatchObject({ stored: 1, failed: 0 })
  expect(server.headers.get('/timeout.xml')?.['if-none-match']).toBeUndefined() // validators kept only when done
})

test('a page robots.txt disallows is not fetched: the summary is stored, with a warning', async () => {
  const site = await startServer()
  try {
    site.route('/robots.txt', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /members/\n')
    })
    site.route('/feed.xml', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' })
      response.end(
        rss([
          {
            title: 'Treaty ratified',
            link: `${site.origin}/members/treaty.html`,
            description: 'Norway ratified the treaty on Tuesday.',
          },
        ]),
      )
    })
    const store = await open(await freshStore())
    const { summary } = await watchOnce([`${site.origin}/feed.xml`], store, { robots: true })
    expect(summary.stored).toBe(1)
    expect(site.log).toEqual(['GET /robots.txt', 'GET /feed.xml'])
    const row = await store.db.selectFrom('articles').select(['text', 'diagnostics']).executeTakeFirstOrThrow()
    expect(row.text).toBe('Treaty ratified\n\nNorway ratified the treaty on Tuesday.')
    expect(JSON.parse(row.diagnostics)).toContainEqual(expect.objectContaining({ code: 'watch.summary-only' }))
  } finally {
    await site.close()
  }
})

test('a feed that cannot be fetched is reported failed, and the other feeds are still stored', async () => {
  server.route('/good.xml', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/xml' })
    response.end(rss([{ title: 'Aid pledged', link: `${server.origin}/c/1`, content: LONG('aid') }]))
  })
  const store = await open(await freshStore())
  const { summary, outcomes } = await watchOnce([`${server.origin}/gone.xml`, `${server.origin}/good.xml`], store)
  expect(summary).toMatchObject({ stored: 1, failed: 1 })
  expect(outcomes[0]).toMatchObject({ status: 'failed', error: { message: expect.stringContaining('answered 404') } })
})

test('without once, watch polls every round until it is stopped, and a feed that changes is read again', async () => {
  let version = 1
  server.route('/rounds.xml', (request, response) => {
    if (request.headers['if-none-match'] === `"r${version}"`) return void response.writeHead(304).end()
    response.writeHead(200, { 'content-type': 'application/rss+xml', etag: `"r${version}"` })
    const items = [{ title: 'Round one', link: `${server.origin}/r/1`, content: LONG('the first round') }]
    if (version > 1) items.push({ title: 'Round two', link: `${server.origin}/r/2`, content: LONG('a second round') })
    response.end(rss(items))
  })
  const abort = new AbortController()
  const seen: string[] = []
  const store = await open(await freshStore())
  const summary = await watchFeeds([`${server.origin}/rounds.xml`], {
    store,
    analyzer: PLAIN,
    allowPrivate: true,
    delayMs: 0,
    everyMs: 60_000,
    sleep: async (ms) => void seen.push(`wait ${ms}`), // recorded, not waited for
    signal: abort.signal,
    onFeed: (outcome) => {
      seen.push(outcome.status === 'fetched' ? `fetched ${outcome.items.length}` : outcome.status)
      if (seen.length === 3) version = 2 // the feed changes after the second poll
      if (seen.length === 7) abort.abort()
    },
  })
  // a pause of everyMs between rounds, none after the stop
  expect(seen).toEqual(['fetched 1', 'wait 60000', 'unchanged', 'wait 60000', 'fetched 1', 'wait 60000', 'unchanged'])
  expect(summary).toMatchObject({ rounds: 4, stored: 2 })
})
