import type { Redis } from 'ioredis'
import { EntenteError } from '../../errors.js'

/** The queue entente uses when the URL names none (`?name=`). */
export const DEFAULT_QUEUE = 'ingest'

/** Where a queue lives: the Redis server, and the queue's name on it. */
export interface QueueAddress {
  /** The Redis URL without the `name` parameter, for messages and for ioredis. */
  readonly redis: string
  readonly name: string
}

/**
 * Reads `--queue redis://host:port[/db][?name=QUEUE]`. The name lets several queues (or test runs) share one
 * Redis; every key lives under the `entente` prefix.
 */
export function parseQueueUrl(value: string): QueueAddress {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw queueUsage(value, 'it is not a URL')
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw queueUsage(value, 'it is not a redis:// URL')
  const name = url.searchParams.get('name') ?? DEFAULT_QUEUE
  if (!/^[\w.-]+$/.test(name)) throw queueUsage(value, `the queue name "${name}" may hold only letters, digits, . _ -`)
  url.searchParams.delete('name')
  return { redis: url.toString(), name }
}

function queueUsage(value: string, problem: string): EntenteError {
  return new EntenteError('usage', `Cannot use --queue "${value}": ${problem}`, {
    hint: 'Pass --queue redis://127.0.0.1:6379 (add ?name=QUEUE to use another queue than "ingest")',
  })
}

/**
 * A connection for BullMQ, after checking that Redis answers: a queue that cannot be reached is a clear error
 * naming the server, not a worker waiting forever. Once connected, ioredis reconnects on its own (a Redis
 * restart pauses the workers; it does not stop them).
 */
export async function connectRedis(address: QueueAddress): Promise<Redis> {
  // loaded on first use: an ingest into SQLite never needs it, and its modules would sit in every ingest's memory
  const { Redis } = await import('ioredis')
  const probe = new Redis(address.redis, { lazyConnect: true, retryStrategy: () => null, connectTimeout: 3000 })
  probe.on('error', () => {})
  try {
    await probe.connect()
    await probe.ping()
  } catch (error) {
    throw new EntenteError('queue.unreachable', `Cannot reach Redis at "${address.redis}": ${messageOf(error)}`, {
      input: address.redis,
      hint: 'Start Redis (redis-server --port 6379) or pass --queue with the host and port where it runs',
      cause: error,
    })
  } finally {
    probe.disconnect()
  }
  // BullMQ's workers block on Redis and must never give up on a command (maxRetriesPerRequest: null)
  const client = new Redis(address.redis, { maxRetriesPerRequest: null })
  client.on('error', () => {}) // reconnection is ioredis's; each failed command reports its own error
  return client
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'no answer'
}
