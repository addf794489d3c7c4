import { statSync } from 'node:fs'
import { sql } from 'kysely'
import type { Store } from '../store/index.js'

/** Latency buckets in seconds, as Prometheus histograms write them. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

interface Series {
  count: number
  sum: number
  buckets: number[]
}

/** Request counts and a latency histogram per route, written in the Prometheus text format. */
export function createMetrics() {
  const requests = new Map<string, number>()
  const latency = new Map<string, Series>()
  return {
    observe(method: string, route: string, status: number, seconds: number) {
      const key = `method="${method}",route="${escape(route)}",status="${status}"`
      requests.set(key, (requests.get(key) ?? 0) + 1)
      const series = latency.get(route) ?? { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) }
      series.count++
      series.sum += seconds
      BUCKETS.forEach((bound, index) => {
        if (seconds <= bound) series.buckets[index] = (series.buckets[index] ?? 0) + 1
      })
      latency.set(route, series)
    },
    render(store: { bytes: number; articles: number; events: number }): string {
      const lines = [
        '# HELP entente_http_requests_total HTTP requests answered',
        '# TYPE entente_http_requests_total counter',
      ]
      for (const [key, n] of [...requests].sort()) lines.push(`entente_http_requests_total{${key}} ${n}`)
      lines.push(
        '# HELP entente_http_request_duration_seconds Time to answer',
        '# TYPE entente_http_request_duration_seconds histogram',
      )
      for (const [route, series] of [...latency].sort(([a], [b]) => a.localeCompare(b))) {
        const label = `route="${escape(route)}"`
        BUCKETS.forEach((bound, index) =>
          lines.push(`entente_http_request_duration_seconds_bucket{${label},le="${bound}"} ${series.buckets[index]}`),
        )
        lines.push(`entente_http_request_duration_seconds_bucket{${label},le="+Inf"} ${series.count}`)
        lines.push(`entente_http_request_duration_seconds_sum{${label}} ${series.sum}`)
        lines.push(`entente_http_request_duration_seconds_count{${label}} ${series.count}`)
      }
      lines.push(
        '# HELP entente_store_bytes Size of the store on disk',
        '# TYPE entente_store_bytes gauge',
        `entente_store_bytes ${store.bytes}`,
        '# HELP entente_articles Articles stored',
        '# TYPE entente_articles gauge',
        `entente_articles ${store.articles}`,
        '# HELP entente_events Event reports stored',
        '# TYPE entente_events gauge',
        `entente_events ${store.events}`,
      )
      return `${lines.join('\n')}\n`
    },
  }
}

export type Metrics = ReturnType<typeof createMetrics>

function escape(value: string): string {
  return value.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
}

/**
 * The size of the store in bytes: PostgreSQL's own count for the database (the location is a URL there, not a
 * file), else the SQLite file and its write-ahead log.
 */
export async function storeBytes(store: Pick<Store, 'db' | 'dialect' | 'location'>): Promise<number> {
  if (store.dialect === 'postgres') {
    const { rows } = await sql<{ n: string | number }>`select pg_database_size(current_database()) as n`.execute(
      store.db,
    )
    return Number(rows[0]?.n ?? 0)
  }
  return fileBytes(store.location)
}

function fileBytes(location: string): number {
  return ['', '-wal'].reduce((sum, suffix) => {
    try {
      return sum + statSync(`${location}${suffix}`).size
    } catch {
      return sum
    }
  }, 0)
}
