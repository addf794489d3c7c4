import { inputName, type ReadResult } from '../../ingest/index.js'
import type { Store } from '../../store/index.js'
import type { Analyzer } from '../ingest/analyzer.js'
import { ingestItems } from '../ingest/ingest.js'
import { enqueueItems } from '../queue/enqueue.js'
import type { IngestQueue } from '../queue/ingest-queue.js'
import { createFetcher, type FetcherOptions } from './fetcher.js'
import { pollFeed, type PollOutcome, type PolledItem } from './poll-feed.js'
import { sleep as realSleep } from './sleep.js'
import { storeWatchState, type WatchState } from './watch-state.js'

/** What became of one new article: stored (or queued for the workers), already there, or failed. */
export interface WatchResult {
  readonly status: 'stored' | 'queued' | 'duplicate' | 'failed'
  readonly id: string | null
  readonly input: string
  readonly reason?: string
}

export interface WatchOptions extends FetcherOptions {
  /** The store the articles go to, and where what was seen is remembered (also with a queue). */
  readonly store: Store
  /** Analyze and store here, in this process … */
  readonly analyzer?: Analyzer
  /** … or put the articles on the queue for `entente worker` (the workers fill the same store). */
  readonly queue?: IngestQueue
  /** One round of polls, then stop. */
  readonly once?: boolean
  /** Pause between rounds (default 15 minutes). */
  readonly everyMs?: number
  /** Items with less text than this are followed to their page (default FOLLOW_BELOW). */
  readonly followBelow?: number
  /** Each feed polled: unchanged (304), fetched (with its new items), or failed. */
  readonly onFeed?: (outcome: PollOutcome) => void
  readonly onResult?: (result: WatchResult) => void
}

export interface WatchSummary {
  readonly rounds: number
  readonly stored: number
  readonly queued: number
  readonly duplicate: number
  /** Articles and feeds that failed. */
  readonly failed: number
}

type Totals = { -readonly [K in keyof WatchSummary]: number }

/**
 * Watches feeds: every round polls each feed (side by side, one request at a time per host), then stores the
 * new articles feed by feed in the order given, and remembers what it stored, so a restart fetches nothing
 * twice. A feed's validators are kept only when all its new items are done, so a timeout is retried next round.
 */
export async function watchFeeds(feeds: readonly string[], options: WatchOptions): Promise<WatchSummary> {
  const fetcher = createFetcher(options)
  const state = storeWatchState(options.store)
  const totals: Totals = { rounds: 0, stored: 0, queued: 0, duplicate: 0, failed: 0 }
  const follow = options.followBelow ? { followBelow: options.followBelow } : {}
  while (!options.signal?.aborted) {
    const outcomes = await Promise.all(feeds.map((feed) => pollFeed(feed, { fetcher, state, ...follow })))
    for (const outcome of outcomes) {
      options.onFeed?.(outcome)
      if (outcome.status === 'failed') totals.failed++
      if (outcome.status !== 'fetched' || options.signal?.aborted) continue
      const done = await deliver(outcome.feed, outcome.items, options, state, totals)
      if (done) await state.saveValidators(outcome.feed, outcome.validators)
    }
    totals.rounds++
    if (options.once || options.signal?.aborted) break
    const pause = options.everyMs ?? 15 * 60 * 1000
    await (options.sleep ?? realSleep)(pause, options.signal).catch(() => undefined)
  }
  return totals
}

/** Stores (or enqueues) one feed's new items; true when each is delivered or final (nothing to retry). */
async function deliver(
  feed: string,
  items: readonly PolledItem[],
  options: WatchOptions,
  state: WatchState,
  totals: Totals,
): Promise<boolean> {
  const byInput = new Map(items.map((item) => [inputOf(item.result), item]))
  let done = items.every((item) => item.final)
  const marks: Promise<void>[] = []
  const onResult = (result: WatchResult) => {
    totals[result.status]++
    const item = byInput.get(result.input)
    if (item?.result.ok && result.status !== 'failed') marks.push(state.markSeen(item.key, feed, result.id))
    if (item?.result.ok && result.status === 'failed') done = false
    options.onResult?.(result)
  }
  const results = toAsync(items.map((item) => item.result))
  const signal = options.signal ? { signal: options.signal } : {}
  if (options.queue) await enqueueItems(options.queue, results, { onResult, ...signal })
  else if (options.analyzer)
    await ingestItems(options.store, results, { analyzer: options.analyzer, onResult, ...signal })
  else throw new Error('watchFeeds needs an analyzer or a queue')
  await Promise.all(marks)
  return done && !options.signal?.aborted
}

function inputOf(result: ReadResult): string {
  return result.ok ? inputName(result.article) : result.input
}

async function* toAsync<T>(values: readonly T[]): AsyncGenerator<T> {
  yield* values
}
