import type { Article } from '../../document.js'
import { EntenteError } from '../../errors.js'
import { readFeed, readHtml, type ReadResult } from '../../ingest/index.js'
import { isRetryable } from './fetch-error.js'
import type { Fetcher } from './fetcher.js'
import type { Validators, WatchState } from './watch-state.js'

/** An item whose text is shorter than this (title aside) is taken for a summary, and its link is followed. */
export const FOLLOW_BELOW = 1000

/** One new item of a feed: the key it is remembered by (its link, else its content hash) and what was read. */
export interface PolledItem {
  readonly key: string
  readonly result: ReadResult
  /** False when it failed for a reason that may pass (a timeout): it is tried again at the next poll. */
  readonly final: boolean
}

export type PollOutcome =
  | { readonly feed: string; readonly status: 'unchanged' }
  | {
      readonly feed: string
      readonly status: 'fetched'
      readonly items: readonly PolledItem[]
      readonly skipped: number
      readonly validators: Validators
    }
  | { readonly feed: string; readonly status: 'failed'; readonly error: EntenteError }

export interface PollOptions {
  readonly fetcher: Fetcher
  readonly state: WatchState
  readonly followBelow?: number
}

/**
 * Polls one feed: a conditional request with the validators of the last answer (a 304 costs nothing), then
 * the items not seen before, each followed to its article page when the feed gives only a summary.
 */
export async function pollFeed(feed: string, options: PollOptions): Promise<PollOutcome> {
  const { fetcher, state } = options
  try {
    const known = await state.validators(feed)
    const conditional = {
      ...(known.etag ? { 'if-none-match': known.etag } : {}),
      ...(known.lastModified ? { 'if-modified-since': known.lastModified } : {}),
    }
    const hop = await fetcher.fetch(feed, 'feed', conditional)
    if (hop.status === 304) return { feed, status: 'unchanged' }
    const validators = {
      ...(hop.headers['etag'] ? { etag: hop.headers['etag'] } : {}),
      ...(hop.headers['last-modified'] ? { lastModified: hop.headers['last-modified'] } : {}),
    }
    const read = readFeed(hop.body, feed).map((result) => ({ key: keyOf(result, feed), result }))
    const seen = await state.seen(read.map((item) => item.key))
    const fresh = read.filter((item) => !seen.has(item.key))
    const items: PolledItem[] = []
    for (const item of fresh) items.push(await follow(item, fetcher, options.followBelow ?? FOLLOW_BELOW))
    return { feed, status: 'fetched', items, skipped: read.length - fresh.length, validators }
  } catch (error) {
    if (!(error instanceof EntenteError)) throw error
    return { feed, status: 'failed', error }
  }
}

/** An item is remembered by its link; one without a link by its feed and content hash. */
function keyOf(result: ReadResult, feed: string): string {
  if (!result.ok) return `${result.input}#unreadable`
  return result.article.url ?? `${feed}#${result.article.id}`
}

/** The article page for an item that carries only a summary; the summary when the page may not be read. */
async function follow(
  item: { key: string; result: ReadResult },
  fetcher: Fetcher,
  followBelow: number,
): Promise<PolledItem> {
  if (!item.result.ok) return { ...item, final: true } // a broken item stays broken: reported, not retried
  const summary = item.result.article
  const link = summary.url
  if (link === undefined || summary.text.length - (summary.title?.length ?? 0) >= followBelow) {
    return { ...item, final: true }
  }
  try {
    const hop = await fetcher.fetch(link, 'page')
    return { key: item.key, result: { ok: true, article: pageArticle(readHtml(hop.body, link), summary) }, final: true }
  } catch (error) {
    if (!(error instanceof EntenteError)) throw error
    if (isRetryable(error)) {
      return { key: item.key, result: { ok: false, input: link, error }, final: false }
    }
    // robots.txt, a refused address, a 404, a page too large or without text: the summary is all there is
    const note = { severity: 'warning' as const, code: 'watch.summary-only', message: error.message }
    const article = { ...summary, diagnostics: [...(summary.diagnostics ?? []), note] }
    return { key: item.key, result: { ok: true, article }, final: true }
  }
}

/** The page's article, keeping what the feed knew better: its link, its name, and its date when the page has none. */
function pageArticle(page: Article, summary: Article): Article {
  const published = page.published ?? summary.published
  return {
    ...page,
    url: summary.url ?? page.url ?? page.source.path,
    source: { ...page.source, ...(summary.source.name ? { name: summary.source.name } : {}) },
    ...(published ? { published } : {}),
  }
}
