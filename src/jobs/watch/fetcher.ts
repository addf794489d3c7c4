import { EntenteError } from '../../errors.js'
import { checkHost, type AddressPolicy, type CheckedAddress } from './address.js'
import { FetchError } from './fetch-error.js'
import { checkScheme, fetchHop, type Expect, type Hop } from './fetch-once.js'
import { createHostGate } from './host-gate.js'
import { withRetries } from './retry.js'
import { createRobots } from './robots.js'
import type { Sleep } from './sleep.js'

/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 5

export interface FetcherOptions extends AddressPolicy {
  /** A URL or address where site owners can reach whoever runs this watch; named in the User-Agent. */
  readonly contact?: string
  /** Pause between two requests to one host (default 1000 ms; longer when its robots.txt sets a Crawl-delay). */
  readonly delayMs?: number
  /** Longest wait for headers or the next piece of body (default 15 s). */
  readonly timeoutMs?: number
  /** Largest body, after decompression (default 5 MiB). */
  readonly maxBytes?: number
  readonly retries?: number
  readonly backoffMs?: number
  /** Obey robots.txt (default true). */
  readonly robots?: boolean
  readonly signal?: AbortSignal
  readonly beforeConnect?: (url: URL, address: CheckedAddress) => void
  /** How pauses (between requests, before retries) are taken; tests pass one that records them. */
  readonly sleep?: Sleep
}

export interface Fetcher {
  readonly userAgent: string
  /** GET with redirects followed by hand (each hop checked again), robots.txt obeyed, retries on failures. */
  fetch(url: string, expect: Expect, headers?: Readonly<Record<string, string>>): Promise<Hop>
}

/** The User-Agent: the product, then the contact, as crawlers conventionally write it. */
export function userAgentOf(contact: string | undefined): string {
  return `entente/0.1 (news watcher${contact ? `; +${contact}` : ''})`
}

/** A polite, SSRF-safe HTTP client for feeds and article pages. */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const delayMs = options.delayMs ?? 1000
  const crawlDelays = new Map<string, number>() // a host's robots.txt may ask for a longer pause
  const gate = createHostGate((host) => Math.max(delayMs, crawlDelays.get(host) ?? 0), options.sleep)
  const userAgent = userAgentOf(options.contact)
  const hopOptions = {
    ...options,
    userAgent,
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
  }
  const retry = {
    retries: options.retries ?? 3,
    backoffMs: options.backoffMs ?? 1000,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  }

  async function follow(start: string, expect: Expect, headers: Readonly<Record<string, string>>, obey: boolean) {
    let url = parseUrl(start)
    for (let redirects = 0; ; redirects++) {
      // the URL's own host is judged first, so a refusal names it rather than its robots.txt
      if (obey) {
        checkScheme(url)
        await checkHost(url, options)
        crawlDelays.set(url.host, await robots.check(url))
      }
      const current = url
      const hop = await withRetries(
        () => gate(current.host, () => fetchHop(current, { ...hopOptions, expect, headers })),
        retry,
      )
      if (hop.location === undefined) {
        if (hop.status >= 300 && hop.status < 400 && hop.status !== 304) {
          throw new FetchError(`Cannot fetch "${url.href}": a ${hop.status} redirect without a Location`, {
            input: start,
          })
        }
        return hop
      }
      if (redirects >= MAX_REDIRECTS) {
        throw new FetchError(`Cannot fetch "${start}": more than ${MAX_REDIRECTS} redirects`, { input: start })
      }
      url = parseUrl(hop.location, url)
    }
  }

  const robots = createRobots((url) => follow(url, 'robots', {}, false), userAgent)
  return {
    userAgent,
    fetch: (url, expect, headers = {}) => follow(url, expect, headers, options.robots !== false),
  }
}

function parseUrl(value: string, base?: URL): URL {
  try {
    return new URL(value, base)
  } catch {
    throw new EntenteError('fetch.refused', `Cannot fetch "${value}": it is not a URL`, {
      input: value,
      hint: 'Pass a full URL such as https://example.org/feed.xml',
    })
  }
}
