import robotsModule from 'robots-parser'
import { EntenteError } from '../../errors.js'
import { FetchError } from './fetch-error.js'
import type { Hop } from './fetch-once.js'

/** How long a site's robots.txt is trusted before it is read again; an unreadable one is tried sooner. */
const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000
const UNREADABLE_TTL_MS = 10 * 60 * 1000

/** The package's types declare an ES default export, but it is CommonJS: the import is the function itself. */
const robotsParser = robotsModule as unknown as (
  url: string,
  text: string,
) => { isAllowed(url: string, agent?: string): boolean | undefined; getCrawlDelay(agent?: string): number | undefined }

/** The longest Crawl-delay honoured; a site asking for more is still polled, this far apart. */
const MAX_CRAWL_DELAY_MS = 60_000

interface Rules {
  readonly allows: (url: string) => boolean
  /** The site's Crawl-delay for entente, in ms (0 when it sets none). */
  readonly crawlDelayMs: number
  readonly expires: number
  /** Why everything is refused: robots.txt could not be read. */
  readonly unreadable?: string
}

/**
 * robots.txt per origin (RFC 9309): a 4xx means no rules; a 5xx or no answer means "do not crawl" until it is
 * read again, so a site in trouble is left alone.
 */
export function createRobots(fetchRobots: (url: string) => Promise<Hop>, userAgent: string) {
  const cache = new Map<string, Promise<Rules>>()
  const agent = userAgent.split('/')[0] ?? 'entente'

  async function read(origin: string): Promise<Rules> {
    const url = `${origin}/robots.txt`
    try {
      const hop = await fetchRobots(url)
      const robots = robotsParser(url, hop.body.toString('utf8'))
      const crawlDelayMs = Math.min(MAX_CRAWL_DELAY_MS, (robots.getCrawlDelay(agent) ?? 0) * 1000)
      return {
        allows: (page) => robots.isAllowed(page, agent) !== false,
        crawlDelayMs,
        expires: Date.now() + ROBOTS_TTL_MS,
      }
    } catch (error) {
      if (error instanceof FetchError && error.status !== undefined && error.status < 500) {
        return { allows: () => true, crawlDelayMs: 0, expires: Date.now() + ROBOTS_TTL_MS }
      }
      if (error instanceof EntenteError && error.code === 'fetch.refused') throw error
      const unreadable = error instanceof Error ? error.message : String(error)
      return { allows: () => false, crawlDelayMs: 0, expires: Date.now() + UNREADABLE_TTL_MS, unreadable }
    }
  }

  return {
    /**
     * The site's Crawl-delay in ms when robots.txt allows the URL for entente; throws 'fetch.robots' when it
     * disallows it (or cannot be read).
     */
    async check(url: URL): Promise<number> {
      let pending = cache.get(url.origin)
      if (pending === undefined || (await pending).expires < Date.now()) {
        pending = read(url.origin)
        cache.set(url.origin, pending)
      }
      const rules = await pending
      if (rules.allows(url.href)) return rules.crawlDelayMs
      const why = rules.unreadable
        ? `robots.txt of ${url.host} could not be read (${rules.unreadable})`
        : `robots.txt of ${url.host} disallows it`
      throw new EntenteError('fetch.robots', `Did not fetch "${url.href}": ${why}`, {
        input: url.href,
        hint: rules.unreadable
          ? 'It is read again in 10 minutes'
          : 'The site asks crawlers to stay away; entente obeys',
      })
    },
  }
}
