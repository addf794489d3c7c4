/**
 * The edge's default pipeline: the package's own KB, dictionary and code tables, loaded once per process, or the
 * ones named by --kb / --dictionary. Stages never load resources themselves; only this module and the CLI do.
 */
import type { Article, Doc } from './document.js'
import { docFromArticle } from './document.js'
import { createPipeline, type Pipeline } from './pipeline.js'
import { loadResources, type ResourcePaths } from './resources.js'

/** The default pipeline, or one over the KB and dictionary the paths name. */
export function createDefaultPipeline(paths: ResourcePaths = {}): Pipeline {
  return createPipeline(loadResources(paths))
}

let shared: Pipeline | undefined

/** The default pipeline of this process, built once. */
export function defaultPipeline(): Pipeline {
  shared ??= createDefaultPipeline()
  return shared
}

/** Runs the default pipeline over one article. */
export function analyze(article: Article): Doc {
  return defaultPipeline().run(docFromArticle(article))
}

/** Runs the default pipeline over a batch of articles, stage by stage (faster than one by one; same results). */
export function analyzeAll(articles: readonly Article[]): Doc[] {
  return defaultPipeline().runAll(articles.map(docFromArticle))
}
