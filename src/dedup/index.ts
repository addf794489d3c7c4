export { words, shingles, jaccard, containment } from './shingles.js'
export { NUM_HASHES, BANDS, ROWS, hash32, signature, estimateJaccard, bandKeys } from './minhash.js'
export { signatureText, parseSignature, estimateSimilarity } from './minhash.js'
export { NEAR_DUPLICATE, MAY_BE_NEAR_DUPLICATE, sketch, isNearDuplicate, mayBeNearDuplicate } from './near-duplicate.js'
export { sketchSeed, sketchWith } from './near-duplicate.js'
export type { Sketch, SketchSeed } from './near-duplicate.js'
export {
  CLUSTER_RULE_VERSION,
  DAY_WINDOW,
  sameHappening,
  datesCompatible,
  partition,
  canonicalOrder,
  type ClusterCandidate,
  type PartitionReport,
} from './cluster-rule.js'
export { bodyText, storedBodyText } from './body.js'
