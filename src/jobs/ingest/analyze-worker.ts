import type { Article, Doc } from '../../document.js'
import { workerData } from 'node:worker_threads'
import type { ResourcePaths } from '../../resources.js'
import { analyze } from '../../run.js'
import { withSketch } from './with-sketch.js'

const resources = (workerData as { resources?: ResourcePaths } | null)?.resources ?? {}

/**
 * Piscina worker: runs the pipeline over the pool's resources (by default the package's) on one article. Loaded from
 * dist (workers cannot load .ts). What comes back is what the store writes: every layer is copied to the ingest's
 * main thread, which also stores, so the layers no table keeps are not sent — the tokens (and the index and view
 * over them, for the stages only) and the time expressions (whose values the events and facts already carry).
 */
export default function analyzeInWorker(article: Article): Doc {
  const { index: _index, view: _view, ...doc } = analyze(article, resources)
  return withSketch({ ...doc, tokens: [], times: [] })
}
