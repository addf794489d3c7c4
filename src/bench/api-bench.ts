import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { openSqliteStore } from '../store/index.js'
import { BULK_ACTORS, BULK_ORGS, fillBulk } from './store-bulk.js'

/** The part of autocannon's answer the bench reads (the package ships no types). */
interface LoadResult {
  latency: { p50: number; p99: number; average: number }
  requests: { average: number; total: number }
  non2xx: number
  errors: number
  timeouts: number
}
interface LoadRequest {
  method: string
  path: string
}
type Autocannon = (options: {
  url: string
  connections: number
  duration: number
  requests: { setupRequest: (request: LoadRequest) => LoadRequest }[]
}) => Promise<LoadResult>
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

export interface ApiBenchOptions {
  /** Events in the generated store (default 1,000,000). */
  readonly events?: number
  /** Concurrent connections (default 50). */
  readonly connections?: number
  /** Seconds of load per route (default 10). */
  readonly seconds?: number
  /**
   * The generated store's file: reused when it exists (upgraded to the current schema, then only read), else
   * generated there and kept. By default one is generated in a temporary folder and removed after.
   */
  readonly store?: string
  /** Processes serving (`entente serve --workers`; default 1). */
  readonly workers?: number
  /** Only these routes (names as in the report: dossier, members, dyad, events page, events all). */
  readonly routes?: readonly string[]
  readonly log?: (line: string) => void
}

/** One load run of a route's mix of URLs. */
export interface LoadFigures {
  readonly p50Ms: number
  readonly p99Ms: number
  readonly requestsPerSecond: number
  readonly requests: number
  /** Answers that were not 2xx, errors and timeouts: 0 when the run is valid. */
  readonly failed: number
}

export interface ApiRouteLoad {
  readonly name: string
  /** One of the route's URLs (the mix varies actors, dyads and dates; see `urls`). */
  readonly path: string
  /** How many different URLs the load draws from. */
  readonly urls: number
  /** Median of 9 different URLs asked one after another, before the load, each asked once: no cache helps. */
  readonly aloneMs: number
  /** Load on a server without the response cache: every request asks the store. */
  readonly cold: LoadFigures
  /** Load on a fresh server with the cache, starting empty: each URL's first request still asks the store. */
  readonly cached: LoadFigures
}

export interface ApiBenchResult {
  readonly events: number
  readonly workers: number
  readonly connections: number
  readonly seconds: number
  readonly routes: readonly ApiRouteLoad[]
}

/** A small deterministic generator (mulberry32), so every run asks the same sequence of URLs. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** 48 days a quarter apart, April 2013 to January 2025: around the generated store's ten years (2015-2024). */
const DAYS = Array.from({ length: 48 }, (_, i) => {
  const month = 3 + i * 3
  return `${2013 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`
})

/** The pairs of the generated store's actors (the first 16, both orders: 240 dyads). */
const PAIRS = BULK_ACTORS.slice(0, 16).flatMap((a) =>
  BULK_ACTORS.slice(0, 16)
    .filter((b) => b !== a)
    .map((b) => [a, b] as const),
)

/**
 * What the bench asks, as analysts' screens do: many actors, organizations, dyads and dates, not one URL over
 * and over (which a response cache would answer from memory alone).
 */
const ROUTES: readonly { name: string; urls: readonly string[] }[] = [
  { name: 'dossier', urls: BULK_ACTORS.flatMap((actor) => DAYS.map((day) => `/api/actors/${actor}?at=${day}`)) },
  { name: 'members', urls: BULK_ORGS.flatMap((org) => DAYS.map((day) => `/api/orgs/${org}/members?at=${day}`)) },
  {
    name: 'dyad',
    urls: PAIRS.flatMap(([a, b], i) =>
      ['month', 'year'].map(
        (by, j) => `/api/dyads/${a}/${b}?from=${2015 + ((i + j) % 4)}&to=${2020 + (i % 5)}&by=${by}`,
      ),
    ),
  },
  {
    name: 'events page',
    urls: BULK_ACTORS.flatMap((actor, i) =>
      DAYS.slice(0, 12).map(
        (day, j) => `/api/events?${(i + j) % 2 ? 'actor' : 'involving'}=${actor}&to=${day}&limit=50`,
      ),
    ),
  },
  { name: 'events, all', urls: DAYS.map((day) => `/api/events?to=${day}&limit=50`) },
]

/**
 * API latency under load: `entente serve` over a generated store in a child process, loaded from this one with
 * autocannon on loopback, a fixed time per route. Run from dist (it starts dist/cli/main.js).
 */
export async function apiBench(options: ApiBenchOptions = {}): Promise<ApiBenchResult> {
  const log = options.log ?? (() => {})
  const events = options.events ?? 1_000_000
  const connections = options.connections ?? 50
  const seconds = options.seconds ?? 10
  const workers = options.workers ?? 1
  const dir = mkdtempSync(join(tmpdir(), 'entente-api-bench-'))
  let server: ChildProcess | undefined
  try {
    const db = options.store ?? join(dir, 'bulk.db')
    if (!existsSync(db)) {
      log(`api: generating ${events} events`)
      const store = await openSqliteStore(db)
      await fillBulk(store.db, events)
      await store.close()
    } else {
      // a store kept from an older build is upgraded once: the server opens it read-only, which needs the current schema
      await (await openSqliteStore(db, { mustExist: true })).close()
    }
    const routes: ApiRouteLoad[] = []
    for (const [index, route] of ROUTES.entries()) {
      if (options.routes && !options.routes.includes(route.name)) continue
      const next = random(index + 1)
      const pick = () => route.urls[Math.floor(next() * route.urls.length)] ?? route.urls[0] ?? '/'
      const load = async (cache: boolean): Promise<{ figures: LoadFigures; aloneMs: number }> => {
        // a fresh server a run: requests still queued when one run's time runs out never slow the next
        const started = await startServer(db, { cache, workers })
        server = started.child
        try {
          const aloneMs = await medianMs(
            Array.from({ length: 10 }, () => `${started.address}${pick()}`),
            started.address,
          )
          log(
            `api: ${route.name}, ${cache ? 'cache' : 'no cache'}, ${workers} worker(s), ${connections} connections for ${seconds} s`,
          )
          const result = await autocannon({
            url: started.address,
            connections,
            duration: seconds,
            // each request draws the next URL of the route's mix
            requests: [{ setupRequest: (request) => ({ ...request, method: 'GET', path: pick() }) }],
          })
          const figures = {
            p50Ms: result.latency.p50,
            p99Ms: result.latency.p99,
            requestsPerSecond: Math.round(result.requests.average),
            requests: result.requests.total,
            failed: result.non2xx + result.errors + result.timeouts,
          }
          return { figures, aloneMs }
        } finally {
          // the server only reads (no token: the store is open read-only), so stopping it at once loses nothing
          started.child.kill('SIGKILL')
        }
      }
      const cold = await load(false)
      const cached = await load(true)
      routes.push({
        name: route.name,
        path: route.urls[0] ?? '',
        urls: route.urls.length,
        aloneMs: cold.aloneMs,
        cold: cold.figures,
        cached: cached.figures,
      })
    }
    return { events, workers, connections, seconds, routes }
  } finally {
    server?.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The median time of requests to `urls`, one after another, in ms (after one unmeasured request to `warm`). */
async function medianMs(urls: readonly string[], warm: string): Promise<number> {
  await (await fetch(`${warm}/healthz`)).arrayBuffer()
  const times: number[] = []
  for (const url of new Set(urls)) {
    const start = performance.now()
    await (await fetch(url)).arrayBuffer()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10
}

/** Starts `entente serve` on a free loopback port, without the rate limit, and waits for its address. */
function startServer(
  db: string,
  options: { cache: boolean; workers: number },
): Promise<{ child: ChildProcess; address: string }> {
  const main = fileURLToPath(new URL('../cli/main.js', import.meta.url))
  const args = [
    main,
    'serve',
    '--db',
    db,
    '--port',
    '0',
    '--rate-limit',
    '1000000000',
    '--workers',
    String(options.workers),
    ...(options.cache ? [] : ['--no-cache']),
  ]
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let output = ''
  return new Promise((done, fail) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const address = /serving .* at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1]
      if (address) done({ child, address })
    })
    child.on('exit', (code) => fail(new Error(`entente serve stopped (exit ${code}): ${output.trim()}`)))
  })
}

/** The bench's lines for the report. */
export function apiLines(result: ApiBenchResult): string[] {
  const figures = (f: LoadFigures) =>
    `p50 ${String(f.p50Ms).padStart(5)} ms  p99 ${String(f.p99Ms).padStart(5)} ms  ${String(f.requestsPerSecond).padStart(6)} req/s${f.failed ? ` (${f.failed} failed or over 10 s)` : ''}`
  return [
    `api        entente serve (${result.workers} worker${result.workers === 1 ? '' : 's'}) on ${result.events.toLocaleString('en')} events, ${result.connections} connections, ${result.seconds} s a run (autocannon, loopback; each route a mix of URLs)`,
    ...result.routes.flatMap((route) => [
      `  ${route.name.padEnd(12)} ${String(route.urls).padStart(4)} URLs  alone ${String(route.aloneMs).padStart(6)} ms (median, uncached)`,
      `    no cache             ${figures(route.cold)}`,
      `    cache (starts empty) ${figures(route.cached)}`,
    ]),
  ]
}
