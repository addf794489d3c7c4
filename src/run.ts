import type { Article, Doc } from './document.js'
import { docFromArticle } from './document.js'
import { createPipeline, type Pipeline } from './pipeline.js'

/** The default pipeline, stages in order. Stages are added here as they land. */
export function createDefaultPipeline(): Pipeline {
  return createPipeline([])
}

let shared: Pipeline | undefined

/** Runs the default pipeline over one article. */
export function analyze(article: Article): Doc {
  shared ??= createDefaultPipeline()
  return shared.run(docFromArticle(article))
}
