import type { Doc } from '../../document.js'
import type { Store } from '../../store/index.js'
import type { IngestResult } from './ingest.js'

/** One input, in input order: an analysed article to store, or its result already known. */
export type Step =
  { readonly doc: Doc; readonly id: string; readonly input: string } | { readonly result: IngestResult }

export interface BatchLimits {
  /** Articles a transaction at most. */
  readonly articles: number
  /** How long the first article of a batch may wait for more, in ms. */
  readonly ms: number
  /**
   * Article text a transaction at most, in UTF-8 bytes (an article larger than that alone is a batch of its own).
   * The write lock is held while a batch is written and its cost grows with the text (mentions, events, facts):
   * 256 typical articles of 3–5 KB are ~1 MB, while 256 large ones (up to the 5 MB an article may have) would keep
   * another writer waiting past its 5 s busy timeout.
   */
  readonly bytes: number
}

/**
 * A commit costs more than writing a small article, so articles are stored several a transaction: a batch is
 * written when it holds `articles` articles (the first batches fewer: 1, 2, 4 …) or `bytes` of article text, or its
 * first has waited `ms`, whichever comes first, and at the end.
 * Results are reported in input order once their batch is committed, so a crash loses no article reported stored
 * (the batch being written is lost whole, and a rerun stores it). A batch that fails is written again one article
 * a transaction, so one bad article fails alone.
 * Up to 256 articles a batch (was 32, then 128): in a filled store most pages a commit writes are index leaves that
 * each article touches at random (LSH bands, the events' key and cluster indexes, reports whose cluster moves), and
 * articles of one batch share them: into a 20k-article store 139 pages an article against 176 at 128 (237 at 32).
 * The byte limit still bounds how long a batch of large articles holds the write lock.
 */
export const DEFAULT_BATCH: BatchLimits = { articles: 256, ms: 250, bytes: 1 << 20 }

export function batchWriter(store: Store, emit: (result: IngestResult) => void, limits: Partial<BatchLimits> = {}) {
  const { articles, ms, bytes: maxBytes } = { ...DEFAULT_BATCH, ...limits }
  let steps: Step[] = []
  let docs = 0
  let bytes = 0
  let since = 0
  // batches grow from one article, doubling to `articles`: the first results come at once, as before batching
  let batchSize = 1

  async function flush(): Promise<void> {
    const batch = steps
    steps = []
    docs = 0
    bytes = 0
    batchSize = Math.min(articles, batchSize * 2)
    const stored = batch.filter((step): step is Extract<Step, { doc: Doc }> => 'doc' in step)
    const results = await storeAll(
      store,
      stored.map((step) => step.doc),
    )
    let n = 0
    for (const step of batch) {
      if ('result' in step) {
        emit(step.result)
        continue
      }
      const put = results[n++] as Stored
      if (put instanceof Error) emit({ status: 'failed', id: step.id, input: step.input, reason: put.message })
      else
        emit({
          status: put.status,
          id: step.id,
          input: step.input,
          ...(put.nearDuplicateOf ? { nearDuplicateOf: put.nearDuplicateOf } : {}),
        })
    }
  }

  return {
    /** Takes the next step in input order; writes the batch when it is full or has waited long enough. */
    async add(step: Step): Promise<void> {
      if (docs === 0 && 'result' in step) {
        emit(step.result)
        return
      }
      const size = 'doc' in step ? Buffer.byteLength(step.doc.text) : 0
      // an article that would take the batch over its bytes goes into the next one
      if (docs > 0 && bytes + size > maxBytes) await flush()
      if (docs === 0) since = performance.now()
      steps.push(step)
      if ('doc' in step) docs++
      bytes += size
      if (docs >= batchSize || bytes >= maxBytes || performance.now() - since >= ms) await flush()
    },
    /** Waits for a step still being analysed; writes the waiting batch meanwhile if it is due. */
    async waitFor(step: Promise<Step>): Promise<Step> {
      if (docs === 0) return step
      let timer: NodeJS.Timeout | undefined
      const due = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), Math.max(0, since + ms - performance.now()))
      })
      const early = await Promise.race([step, due])
      clearTimeout(timer)
      if (early !== undefined) return early
      await flush()
      return step
    },
    flush: async () => {
      if (steps.length > 0) await flush()
    },
  }
}

type Stored = Awaited<ReturnType<Store['putDoc']>> | Error

/** Stores the docs in one transaction; if that fails, each in its own, so only the bad ones fail. */
async function storeAll(store: Store, docs: readonly Doc[]): Promise<Stored[]> {
  if (docs.length === 0) return []
  try {
    return await store.putDocs(docs)
  } catch (error) {
    if (docs.length === 1) return [asError(error)]
  }
  const out: Stored[] = []
  for (const doc of docs) {
    try {
      out.push(await store.putDoc(doc))
    } catch (error) {
      out.push(asError(error))
    }
  }
  return out
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}
