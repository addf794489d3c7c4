import { docFromArticle } from '../document.js'
import { articleId } from '../ingest/index.js'
import type { Pipeline } from '../pipeline.js'
import { generateCorpus } from './corpus.js'

/** One long article: the time to analyze it, stage by stage. */
export interface LongArticleRun {
  readonly megabytes: number
  readonly seconds: number
  /** Processor time of this thread's process: what the growth is computed from, as other work on the machine does not count. */
  readonly cpuSeconds: number
  readonly stageSeconds: Readonly<Record<string, number>>
}

/** How the time for one article grows with its length: work that grows faster than the text shows here. */
export interface LongArticleResult {
  readonly runs: readonly LongArticleRun[]
  /** Processor time(2 MB) / time(1 MB): 2 when the pipeline is linear in the length of one article. */
  readonly growth: number
}

/**
 * Paragraphs whose references look far back or find nothing: a lone surname never named in full, a description of
 * an organization or a minister with no antecedent of its kind, a pronoun opening a sentence. Look-ups that scan
 * every earlier mention make such an article quadratic in its length.
 */
const FAR_REFERENCES = [
  'Halvorsen told reporters that the talks had gone well. He said the bloc would meet again soon.',
  'The agency said the minister had not been informed. It gave no further details.',
  'Officials from the union declined to comment. Vasquez said the alliance had not been consulted.',
]

/** One article of about `bytes`: generated articles joined as paragraphs, with far references between them. */
export function longArticle(bytes: number): { text: string; published: string } {
  const parts = generateCorpus(bytes * 0.97, 11)
  const paragraphs = parts.map((part, i) => `${part.text}\n${FAR_REFERENCES[i % FAR_REFERENCES.length]}\n`)
  return { text: paragraphs.join('\n'), published: '2023-06-01' }
}

/** Analyzes one long article of each size, one after another. */
export function benchLongArticle(pipeline: Pipeline, sizes: readonly number[]): LongArticleResult {
  const runs = sizes.map((megabytes) => {
    const article = longArticle(megabytes * 1e6)
    const doc = docFromArticle({ ...article, id: articleId(article.text), source: { kind: 'text', path: 'bench' } })
    const timing = new Map<string, number>()
    const start = process.hrtime.bigint()
    const cpu = process.cpuUsage()
    pipeline.run(doc, { timing })
    const used = process.cpuUsage(cpu)
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    const stageSeconds = Object.fromEntries([...timing].map(([name, ms]) => [name, round(ms / 1000)]))
    const size = round(Buffer.byteLength(article.text) / 1e6)
    return {
      megabytes: size,
      seconds: round(seconds),
      cpuSeconds: round((used.user + used.system) / 1e6),
      stageSeconds,
    }
  })
  const one = runs.find((run) => Math.round(run.megabytes) === 1)
  const two = runs.find((run) => Math.round(run.megabytes) === 2)
  return { runs, growth: one && two ? round(two.cpuSeconds / one.cpuSeconds) : Number.NaN }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
