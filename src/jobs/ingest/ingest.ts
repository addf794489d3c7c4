import { articleId as contentHash, inputName, type ReadResult } from '../../ingest/index.js'
import type { Doc } from '../../document.js'
import type { Store } from '../../store/index.js'
import type { Analyzer } from './analyzer.js'
import { batchWriter, DEFAULT_BATCH, type BatchLimits, type Step } from './batch-writer.js'

/** What a reader yields: an article, or the error for one input. */
export type ReadItem = ReadResult

/** The outcome for one article (or one input that could not be read). */
export interface IngestResult {
  readonly status: 'stored' | 'duplicate' | 'failed'
  readonly id: string | null
  readonly input: string
  readonly reason?: string
  readonly nearDuplicateOf?: string
}

export interface IngestOptions {
  readonly analyzer: Analyzer
  /** Called for each input in input order, once what it says is committed. */
  readonly onResult?: (result: IngestResult) => void
  /** When aborted, no further article is started; what is stored stays stored. */
  readonly signal?: AbortSignal
  /** How many analysed articles share a transaction, and how long the first may wait for the rest. */
  readonly batch?: Partial<BatchLimits>
}

export interface IngestSummary {
  readonly stored: number
  readonly duplicate: number
  readonly failed: number
  readonly nearDuplicates: number
  readonly interrupted: boolean
}

/**
 * Analyzes and stores articles: analysis runs ahead on the pool, a bounded window of articles at a time (so memory
 * holds no corpus, and a slow store holds the reader back); storing happens in input order (so the store is the
 * same whatever the number of jobs), several articles a transaction (see batch-writer.ts). Articles already
 * stored are skipped before analysis, so a rerun after an interruption resumes where it stopped.
 */
export async function ingestItems(
  store: Store,
  items: AsyncIterable<ReadItem>,
  options: IngestOptions,
): Promise<IngestSummary> {
  const counts = { stored: 0, duplicate: 0, failed: 0, nearDuplicates: 0 }
  const emit = (result: IngestResult) => {
    counts[result.status]++
    if (result.nearDuplicateOf) counts.nearDuplicates++
    options.onResult?.(result)
  }
  const writer = batchWriter(store, emit, options.batch)
  const window = analysisWindow(options.analyzer.jobs, options.batch?.articles)
  const pending: Promise<Step>[] = []
  const next = async () => writer.add(await writer.waitFor(pending.shift() as Promise<Step>))
  for await (const item of items) {
    if (options.signal?.aborted) break
    pending.push(prepare(store, item, options.analyzer))
    while (pending.length >= window) await next()
  }
  while (pending.length > 0 && !options.signal?.aborted) await next()
  // what was taken into the batch is stored, also when interrupted: it was analysed and is written in one go
  await writer.flush()
  return { ...counts, interrupted: options.signal?.aborted === true }
}

/** At most how many articles of a batch the analysis window covers (see analysisWindow). */
export const WINDOW_BATCH = 128

/**
 * How many articles are read ahead of the writer, in analysis or analysed and waiting: enough that the threads keep
 * busy while a batch is written, and no more, so that memory holds a fixed number of articles and their analyses
 * however long the input, and a slow store holds the reader back. Writing a batch blocks this thread (SQLite is
 * synchronous), and a worker thread gets its next article only from this thread: so each worker holds its share of
 * the window queued (see analyzer.ts), and the window covers a batch (at most WINDOW_BATCH, 128) besides 4 articles a
 * thread, enough for the workers to analyse while the writer stores the one before. A batch of 256 (the default
 * since batches grew for filled stores) does not widen it: the articles waiting in the batch are held already, and a
 * window twice as wide would hold 128 more analyses in memory for threads that already outrun the writer there.
 * With one thread the analysis runs here: 4.
 */
export function analysisWindow(jobs: number, batchArticles: number = DEFAULT_BATCH.articles): number {
  return jobs <= 1 ? 4 : jobs * 4 + Math.min(batchArticles, WINDOW_BATCH)
}

/** Starts the analysis of one item; resolves to what to do with it, in input order. */
async function prepare(store: Store, item: ReadItem, analyzer: Analyzer): Promise<Step> {
  if (!item.ok) return { result: { status: 'failed', id: null, input: item.input, reason: item.error.message } }
  const input = inputName(item.article)
  const id = contentHash(item.article.text)
  try {
    if (await store.hasArticle(id)) return { result: { status: 'duplicate', id, input } }
    const doc: Doc = await analyzer.analyze(item.article)
    return { doc, id, input }
  } catch (error) {
    return { result: { status: 'failed', id, input, reason: reasonOf(error) } }
  }
}

export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
