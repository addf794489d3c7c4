import type { Article, Doc } from './document.js'
import { code } from './coding/index.js'
import { docFromArticle } from './document.js'
import { relate } from './facts/index.js'
import { loadKb } from './kb/index.js'
import { clean } from './nlp/clean/index.js'
import { createCoref, createRecognize } from './nlp/entities/index.js'
import { segment } from './nlp/segment/index.js'
import { resolveTimes } from './nlp/time/index.js'
import { createPipeline, type Pipeline } from './pipeline.js'

/** The default pipeline. Order matters: each stage needs the layers of the ones before it. */
export function createDefaultPipeline(): Pipeline {
  const kb = loadKb()
  return createPipeline([
    clean, // zones: headline, byline, body, debris
    segment, // sentences and tokens of the headline and body
    resolveTimes, // time expressions against the publication date
    createRecognize(kb), // mentions, linked to the KB with roles at the publication date
    createCoref(kb), // pronouns and descriptions → entities
    code, // events: CAMEO + PLOVER, negation, modality, date, place
    relate, // facts with validity intervals, from mentions, roles and events
  ])
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
