import { bodyText, sketchSeed } from '../../dedup/index.js'
import type { Doc } from '../../document.js'
import { withFields } from '../../objects.js'

/**
 * The document with its body's near-duplicate signature made here (`doc.sketch`): ~1 ms of hashing an article
 * that the analysis threads do in parallel instead of the one thread that stores.
 */
export function withSketch(doc: Doc): Doc {
  return withFields(doc, { sketch: sketchSeed(bodyText(doc)) })
}
