import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { openSqliteStore } from '../store/index.js'
import { fillBulk } from './store-bulk.js'

/** The part of autocannon's answer the bench reads (the package ships no types). */
interface LoadResult {
  latency: { p50: number; p99: number; average: number }
  requests: { average: number; total: number }
  non2xx: number
  errors: number
  timeouts: number
}
type Autocannon = (options: { url: string; connections: number; duration: number }) => Promise<LoadResult>
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

export interface ApiBenchOptions {
  /** Events in the generated store (default 1,000,000). */
  readonly events?: number
  /** Concurrent connections (default 50). */
  readonly connections?: number
  /** Seconds of load per route (default 10). */
  readonly seconds?: number
  /** A store fillBulk already generated (it is only read); by default one is generated and removed after. */
  readonly store?: string
  readonly log?: (line: string) => void
}

export interface ApiRouteLoad {
  readonly name: string
  readonly path: string
  /** Median of 5 requests one after another, before the load: the route's own latency. */
  readonly aloneMs: number
  readonly p50Ms: number
  readonly p99Ms: number
  readonly requestsPerSecond: number
  readonly requests: number
  /** Answers that were not 2xx, errors and timeouts: 0 when the run is valid. */
  readonly failed: number
}

export interface ApiBenchResult {
  readonly events: number
  readonly connections: number
  readonly seconds: number
  readonly routes: readonly ApiRouteLoad[]
}

/** What the bench asks, as an analyst's screens do: the actors are the generated store's busiest. */
const ROUTES = [
  { name: 'dossier', path: '/api/actors/JPN?at=2023-04-05' },
  { name: 'members', path: '/api/orgs/NATO/members?at=2023-04-05' },
  { name: 'dyad', path: '/api/dyads/JPN/NATO?from=2015&to=2024&by=month' },
  { name: 'events page', path: '/api/events?actor=JPN&limit=50' },
  { name: 'events, all', path: '/api/events?limit=50' },
] as const

/**
 * API latency under load: `entente serve` over a generated store in a child process, loaded from this one with
 * autocannon on loopback, a fixed time per route. Run from dist (it starts dist/cli/main.js).
 */
export async function apiBench(options: ApiBenchOptions = {}): Promise<ApiBenchResult> {
  const log = options.log ?? (() => {})
  const events = options.events ?? 1_000_000
  const connections = options.connections ?? 50
  const seconds = options.seconds ?? 10
  const dir = mkdtempSync(join(tmpdir(), 'entente-api-bench-'))
  let server: ChildProcess | undefined
  try {
    const db = options.store ?? join(dir, 'bulk.db')
    if (options.store === undefined) {
      log(`api: generating ${events} events`)
      const store = await openSqliteStore(db)
      await fillBulk(store.db, events)
      await store.close()
    }
    const routes: ApiRouteLoad[] = []
    for (const route of ROUTES) {
      // a fresh server a route: requests still queued when one route's time runs out never slow the next
      const started = await startServer(db)
      server = started.child
      const url = `${started.address}${route.path}`
      const alone = await medianMs(url, 5)
      log(`api: ${route.name}, ${connections} connections for ${seconds} s`)
      const result = await autocannon({ url, connections, duration: seconds })
      routes.push({
        ...route,
        aloneMs: alone,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        requestsPerSecond: Math.round(result.requests.average),
        requests: result.requests.total,
        failed: result.non2xx + result.errors + result.timeouts,
      })
      // the server only reads (no token: the store is open read-only), so stopping it at once loses nothing
      server.kill('SIGKILL')
    }
    return { events, connections, seconds, routes }
  } finally {
    server?.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The median time of `runs` requests one after another, in ms (after one unmeasured request). */
async function medianMs(url: string, runs: number): Promise<number> {
  const times: number[] = []
  for (let i = 0; i <= runs; i++) {
    const start = performance.now()
    await (await fetch(url)).arrayBuffer()
    if (i > 0) times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10
}

/** Starts `entente serve` on a free loopback port, without the rate limit, and waits for its address. */
function startServer(db: string): Promise<{ child: ChildProcess; address: string }> {
  const main = fileURLToPath(new URL('../cli/main.js', import.meta.url))
  const child = spawn(process.execPath, [main, 'serve', '--db', db, '--port', '0', '--rate-limit', '1000000000'], {
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
  return [
    `api        entente serve on ${result.events.toLocaleString('en')} events, ${result.connections} connections, ${result.seconds} s a route (autocannon, loopback)`,
    ...result.routes.map(
      (route) =>
        `  ${route.name.padEnd(12)} alone ${String(route.aloneMs).padStart(6)} ms  p50 ${String(route.p50Ms).padStart(4)} ms  p99 ${String(route.p99Ms).padStart(5)} ms  ${String(route.requestsPerSecond).padStart(6)} req/s${route.failed ? `  (${route.failed} failed or over 10 s)` : ''}`,
    ),
  ]
}
