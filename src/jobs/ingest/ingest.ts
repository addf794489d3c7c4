import { articleId as contentHash, inputName, type ReadResult } from '../../ingest/index.js'
import type { Store } from '../../store/index.js'
import type { Analyzer } from './analyzer.js'

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
  readonly onResult?: (result: IngestResult) => void
  /** When aborted, no further article is started; what is stored stays stored. */
  readonly signal?: AbortSignal
}

export interface IngestSummary {
  readonly stored: number
  readonly duplicate: number
  readonly failed: number
  readonly nearDuplicates: number
  readonly interrupted: boolean
}

/**
 * Analyzes and stores articles: analysis runs ahead on the pool, storing happens one article at a time in input
 * order (so the store is the same whatever the number of jobs), each in its own transaction. Articles already
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
  const window = Math.max(2, options.analyzer.jobs * 2)
  const pending: Promise<() => Promise<void>>[] = []
  for await (const item of items) {
    if (options.signal?.aborted) break
    pending.push(prepare(store, item, options.analyzer, emit))
    while (pending.length >= window) await (await (pending.shift() as Promise<() => Promise<void>>))()
  }
  while (pending.length > 0 && !options.signal?.aborted)
    await (
      await (pending.shift() as Promise<() => Promise<void>>)
    )()
  return { ...counts, interrupted: options.signal?.aborted === true }
}

type Emit = (result: IngestResult) => void

/** Starts the analysis of one item; resolves to the step that stores it (run in input order). */
async function prepare(store: Store, item: ReadItem, analyzer: Analyzer, emit: Emit): Promise<() => Promise<void>> {
  if (!item.ok) return async () => emit({ status: 'failed', id: null, input: item.input, reason: item.error.message })
  const input = inputName(item.article)
  const id = contentHash(item.article.text)
  try {
    if (await store.hasArticle(id)) return async () => emit({ status: 'duplicate', id, input })
    const doc = await analyzer.analyze(item.article)
    return async () => {
      try {
        const put = await store.putDoc(doc)
        emit({
          status: put.status,
          id,
          input,
          ...(put.nearDuplicateOf ? { nearDuplicateOf: put.nearDuplicateOf } : {}),
        })
      } catch (error) {
        emit({ status: 'failed', id, input, reason: reasonOf(error) })
      }
    }
  } catch (error) {
    return async () => emit({ status: 'failed', id, input, reason: reasonOf(error) })
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
