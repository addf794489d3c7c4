import type { Article, Doc } from '../../document.js'
import { analyze } from '../../run.js'

/**
 * Piscina worker: runs the default pipeline on one article. Loaded from dist (workers cannot load .ts). Tokens are
 * not stored, so they are not sent back: copying them between threads would cost more than the storing.
 */
export default function analyzeInWorker(article: Article): Doc {
  return { ...analyze(article), tokens: [] }
}
