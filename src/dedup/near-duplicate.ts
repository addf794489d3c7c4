import { bandKeys, signature } from './minhash.js'
import { containment, jaccard, shingles } from './shingles.js'

/** Confirmation thresholds on exact shingle sets, after LSH has proposed a candidate. */
export const NEAR_DUPLICATE = { jaccard: 0.6, containment: 0.75, minShingles: 8 } as const

export interface Sketch {
  readonly shingles: ReadonlySet<string>
  /** LSH band keys; empty for texts too short to judge. */
  readonly bands: readonly string[]
}

/** The shingles and LSH band keys of a text. */
export function sketch(text: string): Sketch {
  const set = shingles(text)
  return { shingles: set, bands: set.size >= NEAR_DUPLICATE.minShingles ? bandKeys(signature(set)) : [] }
}

/** True when two texts are near-duplicates: Jaccard ≥ 0.6 (a lightly re-edited copy), or the smaller is ≥ 75% contained in the larger (a trimmed one). */
export function isNearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (Math.min(a.size, b.size) < NEAR_DUPLICATE.minShingles) return false
  return jaccard(a, b) >= NEAR_DUPLICATE.jaccard || containment(a, b) >= NEAR_DUPLICATE.containment
}
