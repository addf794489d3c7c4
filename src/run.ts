/**
 * The edge's pipelines: the package's own KB, dictionary and code tables, loaded once per process, or the ones
 * named by --kb / --dictionary. Stages never load resources themselves; only this module and the CLI do.
 */
import type { Article, Doc } from './document.js'
import { docFromArticle } from './document.js'
import { createPipeline, type Pipeline } from './pipeline.js'
import { loadResources, type ResourcePaths } from './resources.js'

/** A new pipeline over the package's resources, or over the KB and dictionary the paths name. */
export function createDefaultPipeline(paths: ResourcePaths = {}): Pipeline {
  return createPipeline(loadResources(paths))
}

const built = new Map<string, Pipeline>()

/** The pipeline of this process for these resource paths (the package's own when none are given), built once. */
export function pipelineFor(paths: ResourcePaths = {}): Pipeline {
  const key = JSON.stringify([paths.kb ?? [], paths.dictionary ?? null])
  let pipeline = built.get(key)
  if (!pipeline) {
    pipeline = createDefaultPipeline(paths)
    built.set(key, pipeline)
  }
  return pipeline
}

/** The default pipeline of this process, built once. */
export function defaultPipeline(): Pipeline {
  return pipelineFor()
}

/** Runs the default pipeline (or the one over the resources named) over one article. */
export function analyze(article: Article, paths?: ResourcePaths): Doc {
  return pipelineFor(paths).run(docFromArticle(article))
}

/** Runs a pipeline over a batch of articles, stage by stage (faster than one by one; same results). */
export function analyzeAll(articles: readonly Article[], paths?: ResourcePaths): Doc[] {
  return pipelineFor(paths).runAll(articles.map(docFromArticle))
}
