import type { LookupAddress, LookupOptions } from 'node:dns'
import { EntenteError } from '../../errors.js'
import { checkHost, type AddressPolicy, type CheckedAddress } from './address.js'
import { FetchError } from './fetch-error.js'
import { networkError, readCapped } from './read-capped.js'

/** What a fetch expects back: its content types are checked before the body is read. */
export type Expect = 'feed' | 'page' | 'robots'

const CONTENT_TYPES: Record<Expect, RegExp> = {
  feed: /^(application\/(rss\+xml|atom\+xml|rdf\+xml|xml)|text\/xml)$/,
  page: /^(text\/html|application\/xhtml\+xml)$/,
  robots: /^text\/plain$/,
}

export interface HopOptions extends AddressPolicy {
  readonly userAgent: string
  readonly expect: Expect
  /** Largest body read, after decompression. */
  readonly maxBytes: number
  /** No answer (headers, or the next piece of body) within this many ms fails the request. */
  readonly timeoutMs: number
  readonly headers?: Readonly<Record<string, string>>
  readonly signal?: AbortSignal
  /** Called with the checked address just before connecting (logging; tests prove what was connected). */
  readonly beforeConnect?: (url: URL, address: CheckedAddress) => void
}

/** One HTTP answer: a redirect (location), a 304, or a body within the cap. */
export interface Hop {
  readonly url: string
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly location?: string
  readonly body: Buffer
}

/**
 * One request, no redirect followed: the scheme and every address of the host are checked first, and the
 * connection is pinned to the checked address, so a second DNS answer cannot move it (no DNS rebinding).
 */
export async function fetchHop(url: URL, options: HopOptions): Promise<Hop> {
  // loaded on first use: an ingest into SQLite never needs it, and its modules would sit in every ingest's memory
  const { Agent, request } = await import('undici')
  checkScheme(url)
  const checked = await checkHost(url, options)
  options.beforeConnect?.(url, checked)
  const agent = new Agent({ connect: { lookup: pinnedLookup(checked), timeout: options.timeoutMs } })
  try {
    const response = await request(url, {
      dispatcher: agent,
      method: 'GET',
      headers: { 'user-agent': options.userAgent, 'accept-encoding': 'gzip, deflate, br', ...options.headers },
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      // headers and each piece of body must come within timeoutMs, and the whole answer within three times that
      signal: AbortSignal.any([
        AbortSignal.timeout(options.timeoutMs * 3),
        ...(options.signal ? [options.signal] : []),
      ]),
    }).catch((error: unknown) => {
      throw networkError(url, error, options.timeoutMs)
    })
    const headers = flatHeaders(response.headers)
    const { statusCode: status } = response
    if (status >= 300 && status < 400 && status !== 304) {
      await response.body.dump()
      const location = headers['location']
      return { url: url.href, status, headers, body: Buffer.alloc(0), ...(location ? { location } : {}) }
    }
    if (status === 304) {
      await response.body.dump()
      return { url: url.href, status, headers, body: Buffer.alloc(0) }
    }
    if (status < 200 || status >= 300) {
      await response.body.dump()
      throw new FetchError(`Cannot fetch "${url.href}": the server answered ${status}`, {
        input: url.href,
        status,
        retryable: status >= 500 || status === 429 || status === 408,
        ...retryAfter(headers['retry-after']),
      })
    }
    checkContentType(url, headers['content-type'], options.expect)
    const body = await readCapped(url, response.body, headers, options)
    return { url: url.href, status, headers, body }
  } finally {
    await agent.close().catch(() => undefined)
  }
}

/** Only http and https are fetched (no file:, ftp:, gopher: …). */
export function checkScheme(url: URL): void {
  if (url.protocol === 'http:' || url.protocol === 'https:') return
  throw new EntenteError('fetch.refused', `Refused to fetch "${url.href}": only http and https URLs are fetched`, {
    input: url.href,
    hint: 'Pass an http:// or https:// URL',
  })
}

/** A lookup that answers every question with the one address already checked. */
function pinnedLookup(checked: CheckedAddress) {
  return (
    _hostname: string,
    options: LookupOptions,
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    if (options.all) callback(null, [{ address: checked.address, family: checked.family }])
    else callback(null, checked.address, checked.family)
  }
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return flat
}

function checkContentType(url: URL, header: string | undefined, expect: Expect): void {
  if (header === undefined) return // the readers sniff content that names no type
  const type = header.split(';')[0]?.trim().toLowerCase() ?? ''
  if (CONTENT_TYPES[expect].test(type)) return
  throw new FetchError(`Cannot fetch "${url.href}": its content type "${type}" is not a ${expect}`, {
    code: 'fetch.content-type',
    input: url.href,
    hint: expect === 'feed' ? 'Pass the URL of an RSS or Atom feed' : 'Only HTML pages are followed',
  })
}

/** Retry-After in seconds or as an HTTP date, in ms from now. */
function retryAfter(header: string | undefined): { retryAfterMs?: number } {
  if (header === undefined) return {}
  const ms = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - Date.now()
  return Number.isFinite(ms) ? { retryAfterMs: Math.max(0, ms) } : {}
}
