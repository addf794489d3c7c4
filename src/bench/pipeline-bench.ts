import type { Article } from '../document.js'
import { docFromArticle } from '../document.js'
import { articleId } from '../ingest/index.js'
import { bareNlp } from '../nlp/segment/index.js'
import { BATCH_SIZE, type Pipeline } from '../pipeline.js'
import { defaultPipeline } from '../run.js'
import type { BenchArticle } from './corpus.js'

export interface Throughput {
  readonly articles: number
  readonly megabytes: number
  readonly seconds: number
  readonly articlesPerSecond: number
  readonly megabytesPerSecond: number
}

function throughput(corpus: readonly BenchArticle[], seconds: number): Throughput {
  const megabytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1e6
  return {
    articles: corpus.length,
    megabytes: round(megabytes),
    seconds: round(seconds),
    articlesPerSecond: round(corpus.length / seconds),
    megabytesPerSecond: round(megabytes / seconds),
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

function timed(work: () => void): number {
  const start = process.hrtime.bigint()
  work()
  return Number(process.hrtime.bigint() - start) / 1e9
}

/** The floor: bare wink-nlp tokenization and sentence splitting (no POS) of each whole article. */
export function benchFloor(corpus: readonly BenchArticle[]): Throughput {
  let sink = 0
  const bare = bareNlp()
  const seconds = timed(() => {
    for (const { text } of corpus) {
      const doc = bare.readDoc(text)
      sink += doc.tokens().out(bare.its.value).length + doc.sentences().out().length
    }
  })
  if (sink < 0) throw new Error('unreachable')
  return throughput(corpus, seconds)
}

/**
 * A pipeline over the articles on this thread (one core): in batches of `BATCH_SIZE`, stage by stage, as `extract`
 * runs it, or one article at a time (`batch` 1). By default the process's own pipeline (`defaultPipeline`), the one
 * `extract` and each ingest thread keep for every article: a warm-up run then warms the pipeline that is timed. A new
 * pipeline per run started cold (its resources' look-up caches empty, and V8's code tuned to the closures and tables
 * of the pipeline before it) and cost 10-45 % more processor time over the next megabyte than the warmed one.
 */
export function benchPipeline(
  corpus: readonly BenchArticle[],
  options: { readonly batch?: number; readonly pipeline?: Pipeline } = {},
): Throughput & { batch: number; events: number; mentions: number; stageSeconds: Record<string, number> } {
  const { batch = BATCH_SIZE, pipeline = defaultPipeline() } = options
  const articles: Article[] = corpus.map((a, i) => ({
    id: articleId(a.text),
    text: a.text,
    published: a.published,
    source: { kind: 'text', path: `bench-${i}` },
  }))
  let events = 0
  let mentions = 0
  const timing = new Map<string, number>()
  const seconds = timed(() => {
    for (let i = 0; i < articles.length; i += batch) {
      for (const doc of pipeline.runAll(articles.slice(i, i + batch).map(docFromArticle), { timing })) {
        events += doc.events.length
        mentions += doc.mentions.length
      }
    }
  })
  const stageSeconds = Object.fromEntries([...timing].map(([name, ms]) => [name, round(ms / 1000)]))
  return { ...throughput(corpus, seconds), batch, events, mentions, stageSeconds }
}
