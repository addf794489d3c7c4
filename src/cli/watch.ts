import { readFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { EntenteError } from '../errors.js'
import {
  createAnalyzer,
  defaultJobs,
  capJobs,
  openIngestQueue,
  parseQueueUrl,
  watchFeeds,
  type PollOutcome,
  type WatchResult,
} from '../jobs/index.js'
import { DEFAULT_DB, openStore } from '../store/index.js'
import { positiveFlag } from './read-flags.js'

interface WatchFlags {
  feeds?: string
  every: string
  once?: boolean
  db: string
  queue?: string
  allowPrivate?: boolean
  contact?: string
  delay: string
  timeout: string
  maxBytes?: string
  jobs?: string
  json?: boolean
}

/** `entente watch URL… | --feeds FILE`: polls news feeds and stores (or enqueues) what is new. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds over HTTP(S) and store (or enqueue) each new article, politely and safely')
    .argument('[urls...]', 'feed URLs (http or https)')
    .option('--feeds <file>', 'a file of feed URLs, one a line (# starts a comment)')
    .option('--every <duration>', 'pause between polls: 30s, 15m, 1h', '15m')
    .option('--once', 'poll each feed once, then exit')
    .option(
      '--db <store>',
      'the store (a SQLite file or a postgres:// URL); it also remembers what was seen',
      DEFAULT_DB,
    )
    .option('--queue <url>', 'put new articles on a Redis queue for `entente worker` instead: redis://host:port')
    .option('--allow-private', 'allow loopback and intranet addresses (refused by default: SSRF)')
    .option('--contact <url>', 'a URL or e-mail address for site owners, sent in the User-Agent')
    .option('--delay <duration>', 'pause between two requests to one host', '1s')
    .option('--timeout <duration>', 'longest wait for an answer, or for the next part of one', '15s')
    .option('--max-bytes <n>', 'largest feed or page read, after decompression (default 5 MB)')
    .option('--jobs <n>', 'analysis threads when storing here (default: the cores, as free memory allows)')
    .option('--json', 'print one JSON line per article: {status, id, input, reason?}')
    .addHelpText(
      'after',
      '\nExamples:\n  entente watch https://example.org/world.rss --db world.db --contact https://example.org/about' +
        '\n  entente watch --feeds feeds.txt --every 15m --queue redis://127.0.0.1:6379 --db postgres://localhost/entente\n',
    )
    .action(async (urls: string[], flags: WatchFlags) => {
      const feeds = [...urls, ...(flags.feeds ? await feedsFile(flags.feeds) : [])].map(checkFeedUrl)
      if (feeds.length === 0) {
        throw new EntenteError('usage', 'Cannot watch: no feed given', { hint: 'Pass feed URLs or --feeds FILE' })
      }
      const everyMs = duration(flags.every, '--every')
      const fetcher = {
        ...(flags.allowPrivate ? { allowPrivate: true } : {}),
        ...(flags.contact ? { contact: flags.contact } : {}),
        delayMs: duration(flags.delay, '--delay', true),
        timeoutMs: duration(flags.timeout, '--timeout'),
        ...(flags.maxBytes ? { maxBytes: positiveFlag(flags.maxBytes, '--max-bytes') as number } : {}),
      }
      const queue = flags.queue === undefined ? undefined : await openIngestQueue(parseQueueUrl(flags.queue))
      const store = await openStore(flags.db).catch(async (error: unknown) => {
        await queue?.close()
        throw error
      })
      const asked = positiveFlag(flags.jobs, '--jobs')
      const analyzer = queue
        ? undefined
        : createAnalyzer({ jobs: asked === undefined ? defaultJobs() : capJobs(asked).jobs })
      const abort = new AbortController()
      const stop = () => (abort.signal.aborted ? process.exit(130) : abort.abort())
      process.on('SIGINT', stop).on('SIGTERM', stop)
      try {
        const summary = await watchFeeds(feeds, {
          ...fetcher,
          store,
          ...(analyzer ? { analyzer } : {}),
          ...(queue ? { queue } : {}),
          once: flags.once === true,
          everyMs,
          signal: abort.signal,
          onFeed: (outcome) => process.stderr.write(`${feedLine(outcome)}\n`),
          onResult: (result) => printResult(result, flags.json === true),
        })
        const where = queue ? `${summary.queued} queued` : `${summary.stored} stored`
        process.stderr.write(`watch: ${where}, ${summary.duplicate} duplicate, ${summary.failed} failed\n`)
        if (flags.once && summary.failed > 0) process.exitCode = 1
      } finally {
        process.off('SIGINT', stop).off('SIGTERM', stop)
        await analyzer?.close()
        await queue?.close()
        await store.close()
      }
    })
}

/** "feed URL: 3 new, 12 seen before" — one line per feed per round, on stderr. */
function feedLine(outcome: PollOutcome): string {
  if (outcome.status === 'unchanged') return `feed ${outcome.feed}: unchanged (304)`
  if (outcome.status === 'failed') return `feed ${outcome.feed}: failed: ${outcome.error.message}`
  return `feed ${outcome.feed}: ${outcome.items.length} new, ${outcome.skipped} seen before`
}

function printResult(result: WatchResult, json: boolean): void {
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`)
  else if (result.status === 'failed') process.stderr.write(`entente: ${result.input}: ${result.reason ?? 'failed'}\n`)
}

async function feedsFile(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new EntenteError('input.not-found', `Cannot read feeds file "${path}": ${error.code ?? error.message}`, {
      input: path,
      hint: 'Pass --feeds with a text file of feed URLs, one a line',
    })
  })
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
}

function checkFeedUrl(value: string): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return url.href
  throw new EntenteError('usage', `Cannot watch "${value}": expected an http:// or https:// feed URL`, {
    hint: 'Pass the full URL of an RSS or Atom feed',
  })
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** "15m", "30s", "1h", "500ms" in milliseconds; a usage error naming the flag otherwise. */
export function duration(value: string, flag: string, zeroAllowed = false): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(value.trim())
  const ms = match ? Number(match[1]) * (UNITS[match[2] as string] as number) : NaN
  if (Number.isFinite(ms) && (ms > 0 || (zeroAllowed && ms === 0))) return Math.round(ms)
  throw new EntenteError('usage', `Cannot use ${flag} "${value}": expected a duration such as 30s, 15m or 1h`)
}
