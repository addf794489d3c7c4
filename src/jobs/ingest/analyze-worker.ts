import type { Article, Doc } from '../../document.js'
import { workerData } from 'node:worker_threads'
import type { ResourcePaths } from '../../resources.js'
import { analyze } from '../../run.js'
import { withSketch } from './with-sketch.js'

const resources = (workerData as { resources?: ResourcePaths } | null)?.resources ?? {}

/**
 * Piscina worker: runs the pipeline over the pool's resources (by default the package's) on one article. Loaded from dist (workers cannot load .ts). Tokens are
 * not stored, so they are not sent back (nor the index over them): copying them between threads would cost more
 * than the storing.
 */
export default function analyzeInWorker(article: Article): Doc {
  // the index is a view over the tokens, for the stages only: not sent either
  const { index: _index, view: _view, ...doc } = analyze(article, resources)
  return withSketch({ ...doc, tokens: [] })
}
