import { inputName, type ReadResult } from '../../ingest/index.js'
import type { IngestQueue } from './ingest-queue.js'

/** The outcome for one article put on the queue (or one input that could not be read). */
export interface EnqueueResult {
  /** 'duplicate': a job of the same text is already queued (or was completed within the hour). */
  readonly status: 'queued' | 'duplicate' | 'failed'
  readonly id: string | null
  readonly input: string
  readonly reason?: string
}

export interface EnqueueSummary {
  readonly queued: number
  readonly duplicate: number
  readonly failed: number
  readonly interrupted: boolean
}

/** Puts every article read on the queue, one job per distinct text; a reader error is that input's result. */
export async function enqueueItems(
  queue: IngestQueue,
  items: AsyncIterable<ReadResult>,
  options: { onResult?: (result: EnqueueResult) => void; signal?: AbortSignal } = {},
): Promise<EnqueueSummary> {
  const counts = { queued: 0, duplicate: 0, failed: 0 }
  for await (const item of items) {
    if (options.signal?.aborted) break
    const result: EnqueueResult = item.ok
      ? { ...(await queue.enqueue(item.article)), input: inputName(item.article) }
      : { status: 'failed', id: null, input: item.input, reason: item.error.message }
    counts[result.status]++
    options.onResult?.(result)
  }
  return { ...counts, interrupted: options.signal?.aborted === true }
}
