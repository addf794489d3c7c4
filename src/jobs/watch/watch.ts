import { setTimeout as sleep } from 'node:timers/promises'
import { inputName, type ReadResult } from '../../ingest/index.js'
import type { Store } from '../../store/index.js'
import type { Analyzer } from '../ingest/analyzer.js'
import { ingestItems, type IngestResult } from '../ingest/ingest.js'
import { createFetcher, type FetcherOptions } from './fetcher.js'
import { pollFeed, type PollOutcome, type PolledItem } from './poll-feed.js'
import { storeWatchState } from './watch-state.js'

export interface WatchOptions extends FetcherOptions {
  readonly store: Store
  readonly analyzer: Analyzer
  /** One round of polls, then stop. */
  readonly once?: boolean
  /** Pause between rounds (default 15 minutes). */
  readonly everyMs?: number
  /** Items with less text than this are followed to their page (default FOLLOW_BELOW). */
  readonly followBelow?: number
  /** Each feed polled: unchanged (304), fetched (with how many new items), or failed. */
  readonly onFeed?: (outcome: PollOutcome) => void
  /** Each new article stored, found a duplicate, or failed. */
  readonly onResult?: (result: IngestResult) => void
}

export interface WatchSummary {
  readonly rounds: number
  readonly stored: number
  readonly duplicate: number
  readonly failed: number
}

/**
 * Watches feeds: every round polls each feed (side by side, one request at a time per host), then stores the
 * new articles feed by feed in the order given, and remembers what it stored, so a restart fetches nothing
 * twice. A feed's validators are kept only when all its new items are done, so a timeout is retried next round.
 */
export async function watchFeeds(feeds: readonly string[], options: WatchOptions): Promise<WatchSummary> {
  const fetcher = createFetcher(options)
  const state = storeWatchState(options.store)
  const totals = { rounds: 0, stored: 0, duplicate: 0, failed: 0 }
  while (!options.signal?.aborted) {
    const outcomes = await Promise.all(
      feeds.map((feed) =>
        pollFeed(feed, { fetcher, state, ...(options.followBelow ? { followBelow: options.followBelow } : {}) }),
      ),
    )
    for (const outcome of outcomes) {
      options.onFeed?.(outcome)
      if (outcome.status === 'failed') totals.failed++
      if (outcome.status !== 'fetched' || options.signal?.aborted) continue
      const done = await storeItems(outcome.feed, outcome.items, options, state, totals)
      if (done) await state.saveValidators(outcome.feed, outcome.validators)
    }
    totals.rounds++
    if (options.once) break
    await sleep(options.everyMs ?? 15 * 60 * 1000, undefined, options.signal ? { signal: options.signal } : {}).catch(
      () => undefined,
    )
  }
  return totals
}

/** Ingests one feed's new items; true when every one is stored or is final (nothing to retry). */
async function storeItems(
  feed: string,
  items: readonly PolledItem[],
  options: WatchOptions,
  state: ReturnType<typeof storeWatchState>,
  totals: { stored: number; duplicate: number; failed: number },
): Promise<boolean> {
  const byInput = new Map(items.map((item) => [inputOf(item.result), item]))
  let done = items.every((item) => item.final)
  const marks: Promise<void>[] = []
  await ingestItems(options.store, toAsync(items.map((item) => item.result)), {
    analyzer: options.analyzer,
    ...(options.signal ? { signal: options.signal } : {}),
    onResult: (result) => {
      totals[result.status]++
      const item = byInput.get(result.input)
      if (item && result.status !== 'failed' && item.result.ok) marks.push(state.markSeen(item.key, feed, result.id))
      if (result.status === 'failed' && item?.result.ok) done = false
      options.onResult?.(result)
    },
  })
  await Promise.all(marks)
  return done && !options.signal?.aborted
}

function inputOf(result: ReadResult): string {
  return result.ok ? inputName(result.article) : result.input
}

async function* toAsync<T>(values: readonly T[]): AsyncGenerator<T> {
  yield* values
}
