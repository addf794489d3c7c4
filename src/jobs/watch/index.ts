/** watch: polls news feeds over HTTP(S), politely and safe from SSRF, into a store. */
export { checkHost, nonPublicRange, systemResolver, type AddressPolicy, type Resolver } from './address.js'
export { FetchError } from './fetch-error.js'
export { createFetcher, MAX_REDIRECTS, userAgentOf, type Fetcher, type FetcherOptions } from './fetcher.js'
export { FOLLOW_BELOW, pollFeed, type PollOutcome } from './poll-feed.js'
export { storeWatchState, type WatchState } from './watch-state.js'
export { watchFeeds, type WatchOptions, type WatchResult, type WatchSummary } from './watch.js'
export type { Sleep } from './sleep.js'
