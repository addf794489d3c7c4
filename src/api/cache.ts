import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { today } from '../query/index.js'
import { dataVersion, type Store } from '../store/index.js'

export { dataVersion }

/**
 * A response cache for the read routes, correct under writes: an answer is kept under its route, its normalized
 * query, the day (defaults such as `at` are today) and the store's data version, and every entry is dropped as
 * soon as the version moves. Identical requests that arrive while one is being answered wait for that answer
 * instead of asking the store again. Every cached answer carries an ETag; a client sending it back in
 * If-None-Match gets 304 Not Modified while the data has not changed.
 */
export interface ResponseCacheOptions {
  /** Most answers kept (default 2,000). */
  readonly maxEntries?: number
  /** Most bytes of answers kept (default 64 MB). */
  readonly maxBytes?: number
}

export interface CachedAnswer {
  readonly body: string
  readonly etag: string
  readonly contentType: string
}

interface Pending {
  readonly key: string
  readonly version: string
  settle(answer: CachedAnswer | undefined): void
}

/** Request state between the hooks: the key looked up, and the promise that identical requests wait on. */
const PENDING = Symbol('entente.cache')
type CachedRequest = FastifyRequest & { [PENDING]?: Pending }

/** The cache key of a request: its path and its query parameters in a fixed order, with the day. */
export function cacheKey(url: string, day: string): string {
  const [path = '', query = ''] = url.split('?', 2)
  const params = [...new URLSearchParams(query)].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : 1))
  return `${day} ${path}?${new URLSearchParams(params).toString()}`
}

/** Whether an If-None-Match header names this ETag (weak or strong, in a list, or `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t.replace(/^W\//, '') === etag
  })
}

/** Adds the cache to the GET routes under /api whose path passes `cacheable`; call before the routes register. */
export function addResponseCache(
  app: FastifyInstance,
  store: Store,
  cacheable: (path: string) => boolean,
  options: ResponseCacheOptions = {},
): void {
  const maxEntries = options.maxEntries ?? 2000
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024
  // insertion order is recency order: a hit moves its entry to the end, the oldest go first
  const entries = new Map<string, CachedAnswer>()
  const inFlight = new Map<string, Promise<CachedAnswer | undefined>>()
  let bytes = 0
  let version = ''

  const remember = (key: string, answer: CachedAnswer): void => {
    const old = entries.get(key)
    if (old) bytes -= old.body.length
    entries.delete(key)
    entries.set(key, answer)
    bytes += answer.body.length
    for (const [oldest, value] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break
      entries.delete(oldest)
      bytes -= value.body.length
    }
  }

  const send = (request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer) => {
    reply.header('etag', answer.etag).header('cache-control', 'no-cache').header('x-cache', 'hit')
    if (matchesEtag(request.headers['if-none-match'], answer.etag)) return reply.code(304).send()
    return reply.type(answer.contentType).send(answer.body)
  }

  // after validation (a bad request never reaches the cache) and before the handler
  app.addHook('preHandler', async (request: CachedRequest, reply) => {
    if (request.method !== 'GET' || !cacheable(request.url.split('?')[0] ?? '')) return
    const current = await dataVersion(store)
    if (current !== version) {
      // the store changed: nothing kept answers for it any more
      entries.clear()
      inFlight.clear()
      bytes = 0
      version = current
    }
    const key = `${current} ${cacheKey(request.url, today())}`
    const hit = entries.get(key)
    if (hit) {
      entries.delete(key)
      entries.set(key, hit)
      return send(request, reply, hit)
    }
    const waiting = inFlight.get(key)
    if (waiting) {
      const answer = await waiting
      if (answer) return send(request, reply, answer)
      return // the first one failed: answer this one on its own
    }
    let settle: (answer: CachedAnswer | undefined) => void = () => {}
    const promise = new Promise<CachedAnswer | undefined>((resolve) => (settle = resolve))
    inFlight.set(key, promise)
    request[PENDING] = { key, version: current, settle }
  })

  app.addHook('onSend', async (request: CachedRequest, reply, payload) => {
    const pending = request[PENDING]
    if (!pending) return payload
    delete request[PENDING]
    inFlight.delete(pending.key)
    if (reply.statusCode !== 200 || typeof payload !== 'string') {
      pending.settle(undefined)
      return payload
    }
    const etag = `"${createHash('sha1').update(payload).digest('base64url')}"`
    const answer = { body: payload, etag, contentType: String(reply.getHeader('content-type') ?? 'application/json') }
    // an answer computed while the store changed is not kept: its version is already gone
    if (pending.version === version) remember(pending.key, answer)
    pending.settle(answer)
    reply.header('etag', etag).header('cache-control', 'no-cache').header('x-cache', 'miss')
    if (matchesEtag(request.headers['if-none-match'], etag)) {
      reply.code(304)
      return ''
    }
    return payload
  })

  // an answer that never reached onSend (the connection closed, an error before serialization) releases waiters
  app.addHook('onResponse', async (request: CachedRequest) => {
    const pending = request[PENDING]
    if (!pending) return
    delete request[PENDING]
    inFlight.delete(pending.key)
    pending.settle(undefined)
  })
}
