import { brotliCompressSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { rss, startServer, type LocalServer } from '../../../test/jobs/watch-server.js'
import type { Resolver } from './address.js'
import { createFetcher, type FetcherOptions } from './fetcher.js'
import type { Sleep } from './sleep.js'

let server: LocalServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server.close())

const FEED = rss([{ title: 'Envoys meet', link: 'http://example.test/a', description: 'Two envoys met.' }])
/** A sleep that returns at once and writes each wait it was asked for into `log` ("wait 300"), in order. */
function recording(log: string[]): Sleep {
  return async (ms) => void log.push(`wait ${ms}`)
}

// no test here takes a real pause: the waits asked for are recorded and asserted, never timed
const LOCAL = {
  allowPrivate: true,
  delayMs: 0,
  timeoutMs: 2000,
  retries: 0,
  backoffMs: 10,
  robots: false,
  sleep: (async () => {}) satisfies Sleep,
}

function fetcher(options: FetcherOptions = {}) {
  return createFetcher({ ...LOCAL, ...options })
}

function serveFeed(path: string, body = FEED) {
  server.route(path, (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body)
  })
}

function redirect(from: string, to: string, status = 302) {
  server.route(from, (_request, response) => response.writeHead(status, { location: to }).end())
}

describe('fetching from a local server (allowPrivate)', () => {
  test('issue 12: a redirect chain is followed by hand to the feed, each hop requested once', async () => {
    serveFeed('/chain/feed.xml')
    redirect('/chain/1', '/chain/2', 301)
    redirect('/chain/2', `${server.origin}/chain/3`, 307)
    redirect('/chain/3', 'feed.xml', 302)
    const hop = await fetcher().fetch(`${server.origin}/chain/1`, 'feed')
    expect(hop.status).toBe(200)
    expect(hop.url).toBe(`${server.origin}/chain/feed.xml`)
    expect(hop.body.toString()).toBe(FEED)
    expect(server.log.filter((line) => line.includes('/chain/'))).toEqual([
      'GET /chain/1',
      'GET /chain/2',
      'GET /chain/3',
      'GET /chain/feed.xml',
    ])
  })

  test('more than five redirects are refused', async () => {
    for (let i = 0; i < 7; i++) redirect(`/loop/${i}`, `/loop/${i + 1}`)
    await expect(fetcher().fetch(`${server.origin}/loop/0`, 'feed')).rejects.toThrow(
      `Cannot fetch "${server.origin}/loop/0": more than 5 redirects`,
    )
    expect(server.log.filter((line) => line.startsWith('GET /loop/'))).toHaveLength(6)
  })

  test('issue 12: a 500 is retried after a pause, and the second answer is used', async () => {
    const log: string[] = []
    server.route('/flaky.xml', (_request, response) => {
      log.push('GET /flaky.xml')
      if (log.length === 1) response.writeHead(500).end('busy')
      else response.writeHead(200, { 'content-type': 'text/xml' }).end(FEED)
    })
    const hop = await fetcher({ retries: 2, sleep: recording(log) }).fetch(`${server.origin}/flaky.xml`, 'feed')
    expect(hop.body.toString()).toBe(FEED)
    expect(log).toEqual(['GET /flaky.xml', 'wait 10', 'GET /flaky.xml'])
  })

  test('a 500 that lasts fails after the retries, naming the status; each pause is twice the one before', async () => {
    const log: string[] = []
    server.route('/down.xml', (_request, response) => void (log.push('GET /down.xml'), response.writeHead(503).end()))
    await expect(
      fetcher({ retries: 2, sleep: recording(log) }).fetch(`${server.origin}/down.xml`, 'feed'),
    ).rejects.toThrow(`Cannot fetch "${server.origin}/down.xml": the server answered 503`)
    expect(log).toEqual(['GET /down.xml', 'wait 10', 'GET /down.xml', 'wait 20', 'GET /down.xml'])
  })

  test('a 404 is not retried', async () => {
    await expect(fetcher({ retries: 3 }).fetch(`${server.origin}/missing.xml`, 'feed')).rejects.toMatchObject({
      code: 'fetch.failed',
      status: 404,
    })
    expect(server.log.filter((line) => line === 'GET /missing.xml')).toHaveLength(1)
  })

  test('issue 12: a server that never answers times out', async () => {
    server.route('/slow.xml', () => {}) // accepts the request and says nothing
    await expect(fetcher({ timeoutMs: 200 }).fetch(`${server.origin}/slow.xml`, 'feed')).rejects.toThrow(
      `Cannot fetch "${server.origin}/slow.xml": timed out after 200 ms`,
    )
  })

  test('a body that stalls halfway times out', async () => {
    server.route('/stall.xml', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/xml' })
      response.write('<?xml version="1.0"?><rss>')
    })
    await expect(fetcher({ timeoutMs: 200 }).fetch(`${server.origin}/stall.xml`, 'feed')).rejects.toThrow(
      'timed out after 200 ms',
    )
  })

  test('issue 12: a gzip bomb is refused at the cap, after decompression', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, ' ')) // 20 MB of spaces in about 20 KB
    expect(bomb.length).toBeLessThan(100_000)
    server.route('/bomb.xml', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/xml', 'content-encoding': 'gzip' }).end(bomb)
    })
    await expect(fetcher({ maxBytes: 1024 * 1024 }).fetch(`${server.origin}/bomb.xml`, 'feed')).rejects.toMatchObject({
      code: 'fetch.too-large',
      message: `Cannot fetch "${server.origin}/bomb.xml": it is larger than 1048576 bytes once decompressed`,
    })
  })

  test('a brotli bomb is refused at the cap; a small brotli feed is read', async () => {
    const bomb = brotliCompressSync(Buffer.alloc(20 * 1024 * 1024, ' '))
    server.route('/bomb.br', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/xml', 'content-encoding': 'br' }).end(bomb)
    })
    server.route('/small.br', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/xml', 'content-encoding': 'br' }).end(brotliCompressSync(FEED))
    })
    const small = fetcher({ maxBytes: 1024 * 1024 })
    await expect(small.fetch(`${server.origin}/bomb.br`, 'feed')).rejects.toMatchObject({ code: 'fetch.too-large' })
    expect((await small.fetch(`${server.origin}/small.br`, 'feed')).body.toString()).toBe(FEED)
  })

  test('a declared length over the cap is refused before the body is read', async () => {
    server.route('/big.xml', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(2048) }).end(' '.repeat(2048))
    })
    await expect(fetcher({ maxBytes: 1000 }).fetch(`${server.origin}/big.xml`, 'feed')).rejects.toMatchObject({
      code: 'fetch.too-large',
    })
  })

  test('a content type that is not a feed is refused', async () => {
    server.route('/image.xml', (_request, response) => {
      response.writeHead(200, { 'content-type': 'image/png' }).end('not really a png')
    })
    await expect(fetcher().fetch(`${server.origin}/image.xml`, 'feed')).rejects.toMatchObject({
      code: 'fetch.content-type',
      message: `Cannot fetch "${server.origin}/image.xml": its content type "image/png" is not a feed`,
    })
  })

  test('issue 12: robots.txt that disallows a path is obeyed (read once), and other paths are fetched', async () => {
    const site = await startServer()
    try {
      site.route('/robots.txt', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n')
      })
      site.route('/public/feed.xml', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/xml' }).end(FEED)
      })
      const polite = fetcher({ robots: true })
      await expect(polite.fetch(`${site.origin}/private/feed.xml`, 'feed')).rejects.toMatchObject({
        code: 'fetch.robots',
        message: `Did not fetch "${site.origin}/private/feed.xml": robots.txt of 127.0.0.1:${site.port} disallows it`,
      })
      expect((await polite.fetch(`${site.origin}/public/feed.xml`, 'feed')).status).toBe(200)
      expect(site.log).toEqual(['GET /robots.txt', 'GET /public/feed.xml'])
    } finally {
      await site.close()
    }
  })

  test('robots.txt rules written for entente apply to it; a 404 robots.txt allows everything', async () => {
    const site = await startServer()
    try {
      site.route('/robots.txt', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: entente\nDisallow: /\n')
      })
      await expect(fetcher({ robots: true }).fetch(`${site.origin}/feed.xml`, 'feed')).rejects.toMatchObject({
        code: 'fetch.robots',
      })
    } finally {
      await site.close()
    }
    serveFeed('/open/feed.xml')
    expect((await fetcher({ robots: true }).fetch(`${server.origin}/open/feed.xml`, 'feed')).status).toBe(200)
  })

  test('a Crawl-delay in robots.txt lengthens the pause between requests to that host', async () => {
    const site = await startServer()
    try {
      const log: string[] = []
      site.route('/robots.txt', (_request, response) => {
        log.push('GET /robots.txt')
        response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nCrawl-delay: 0.3\n')
      })
      site.route('/feed.xml', (_request, response) => {
        log.push('GET /feed.xml')
        response.writeHead(200, { 'content-type': 'text/xml' }).end(FEED)
      })
      const polite = fetcher({ robots: true, delayMs: 0, sleep: recording(log) })
      await Promise.all([1, 2].map(() => polite.fetch(`${site.origin}/feed.xml`, 'feed')))
      // no pause was asked for (delayMs 0) until robots.txt set one: then 300 ms after each request to the host
      expect(log).toEqual(['GET /robots.txt', 'GET /feed.xml', 'wait 300', 'GET /feed.xml', 'wait 300'])
    } finally {
      await site.close()
    }
  })

  test('a 429 with Retry-After is tried again after the wait the server asked for; a long one is not', async () => {
    const log: string[] = []
    server.route('/busy.xml', (_request, response) => {
      log.push('GET /busy.xml')
      if (log.length === 1) response.writeHead(429, { 'retry-after': '1' }).end()
      else response.writeHead(200, { 'content-type': 'text/xml' }).end(FEED)
    })
    const busy = fetcher({ retries: 1, backoffMs: 1, sleep: recording(log) })
    expect((await busy.fetch(`${server.origin}/busy.xml`, 'feed')).status).toBe(200)
    expect(log).toEqual(['GET /busy.xml', 'wait 1000', 'GET /busy.xml']) // the server's second, not the backoff
    log.length = 0
    server.route('/later.xml', (_request, response) => {
      log.push('GET /later.xml')
      response.writeHead(503, { 'retry-after': '3600' }).end()
    })
    const later = fetcher({ retries: 3, sleep: recording(log) }).fetch(`${server.origin}/later.xml`, 'feed')
    await expect(later).rejects.toMatchObject({ status: 503, retryAfterMs: 3_600_000 })
    expect(log).toEqual(['GET /later.xml']) // an hour is past MAX_RETRY_WAIT_MS: no wait, no second request
  })

  test('the User-Agent names entente and the contact URL', async () => {
    serveFeed('/ua.xml')
    await fetcher({ contact: 'https://example.org/contact' }).fetch(`${server.origin}/ua.xml`, 'feed')
    expect(server.headers.get('/ua.xml')?.['user-agent']).toBe(
      'entente/0.1 (news watcher; +https://example.org/contact)',
    )
  })

  test('requests to one host go one at a time, a pause apart', async () => {
    let inFlight = 0
    let most = 0
    const log: string[] = []
    server.route('/polite.xml', (_request, response) => {
      inFlight++
      most = Math.max(most, inFlight)
      log.push('GET /polite.xml')
      setTimeout(() => {
        inFlight--
        response.writeHead(200, { 'content-type': 'text/xml' }).end(FEED)
      }, 20) // answers late, so requests sent side by side would overlap
    })
    const polite = fetcher({ delayMs: 100, sleep: recording(log) })
    await Promise.all([1, 2, 3].map(() => polite.fetch(`${server.origin}/polite.xml`, 'feed')))
    expect(most).toBe(1)
    expect(log).toEqual(['GET /polite.xml', 'wait 100', 'GET /polite.xml', 'wait 100', 'GET /polite.xml', 'wait 100'])
  })

  test('the connection goes to the address checked, not to a second DNS answer', async () => {
    serveFeed('/pinned.xml')
    const answers = ['127.0.0.1', '10.0.0.1'] // a rebinding resolver: the second answer points elsewhere
    const asked: string[] = []
    const resolver: Resolver = async (host) => {
      asked.push(host)
      return [answers.shift() ?? '10.0.0.1']
    }
    const connected: string[] = []
    const hop = await fetcher({
      resolver,
      allowPrivate: false,
      allowAddresses: ['127.0.0.1'],
      beforeConnect: (_url, checked) => connected.push(checked.address),
    }).fetch(`http://news.test:${server.port}/pinned.xml`, 'feed')
    expect(hop.status).toBe(200)
    expect(asked).toEqual(['news.test'])
    expect(connected).toEqual(['127.0.0.1'])
    expect(server.headers.get('/pinned.xml')?.host).toBe(`news.test:${server.port}`)
  })
})

describe('SSRF: refused before any connection when private addresses are not allowed', () => {
  const RESOLVES: Record<string, string> = {
    'intranet.test': '10.0.0.1',
    'metadata.test': '169.254.169.254',
    'loopback6.test': '::1',
    'mapped.test': '::ffff:127.0.0.1',
    'local.test': '127.0.0.1', // the local server, allowed by address in the redirect tests
  }
  const resolver: Resolver = async (host) => [RESOLVES[host] ?? '203.0.113.9']

  /** Fails the test, before a socket is opened, if anything other than the local server is about to be reached. */
  function guarded(connected: string[], options: FetcherOptions = {}) {
    return fetcher({
      allowPrivate: false,
      resolver,
      ...options,
      beforeConnect: (_url, checked) => {
        connected.push(checked.address)
        if (checked.address !== '127.0.0.1') throw new Error(`test guard: would have connected to ${checked.address}`)
      },
    })
  }

  const CASES: [host: string, message: string][] = [
    ['intranet.test', 'resolves to 10.0.0.1, which is a private (intranet) address (range private)'],
    [
      'metadata.test',
      'resolves to 169.254.169.254, which is a link-local address (cloud metadata lives there) (range linkLocal)',
    ],
    ['loopback6.test', 'resolves to ::1, which is a loopback address (range loopback)'],
    ['mapped.test', 'resolves to ::ffff:127.0.0.1, which is a loopback address (range loopback)'],
  ]
  for (const [host, message] of CASES) {
    test(`issue 12: a host that resolves to ${RESOLVES[host]} is refused`, async () => {
      const connected: string[] = []
      const refused = guarded(connected).fetch(`http://${host}/feed.xml`, 'feed')
      await expect(refused).rejects.toMatchObject({
        code: 'fetch.refused',
        message: `Refused to fetch "http://${host}/feed.xml": host "${host}" ${message}`,
        hint: 'Pass --allow-private to fetch from loopback and intranet hosts',
      })
      expect(connected).toEqual([])
    })
  }

  test('address literals and other schemes are refused too', async () => {
    const connected: string[] = []
    const client = guarded(connected)
    await expect(client.fetch('http://[::1]:8080/', 'feed')).rejects.toThrow('host "::1" is a loopback address')
    await expect(client.fetch('http://169.254.169.254/latest/meta-data/', 'page')).rejects.toThrow('link-local')
    await expect(client.fetch(`http://127.0.0.1:${server.port}/`, 'feed')).rejects.toThrow('loopback')
    await expect(client.fetch('file:///etc/passwd', 'feed')).rejects.toThrow('only http and https URLs are fetched')
    expect(connected).toEqual([])
  })

  for (const target of ['http://intranet.test/admin', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/']) {
    test(`issue 12: a redirect from the local server to ${target} is refused before following it`, async () => {
      const path = `/to/${encodeURIComponent(target)}`
      redirect(path, target)
      const connected: string[] = []
      const client = guarded(connected, { allowAddresses: ['127.0.0.1'] }) // the local server only
      await expect(client.fetch(`http://local.test:${server.port}${path}`, 'feed')).rejects.toMatchObject({
        code: 'fetch.refused',
        message: expect.stringMatching(/^Refused to fetch "[^"]+": host "[^"]+" .*(private|link-local|loopback)/),
      })
      await expect(client.fetch(`http://local.test:${server.port}${path}`, 'feed')).rejects.toThrow(
        `Refused to fetch "${new URL(target).href}"`,
      )
      expect(connected).toEqual(['127.0.0.1', '127.0.0.1'])
      expect(server.log.filter((line) => line === `GET ${path}`)).toHaveLength(2)
    })
  }
})
