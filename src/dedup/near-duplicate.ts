import { createHash } from 'node:crypto'
import { bandKeys, estimateSimilarity, NUM_HASHES, signature } from './minhash.js'
import { containment, jaccard, shingles } from './shingles.js'

/** Confirmation thresholds on exact shingle sets, after LSH has proposed a candidate. */
export const NEAR_DUPLICATE = { jaccard: 0.6, containment: 0.75, minShingles: 8 } as const

export interface Sketch {
  readonly shingles: ReadonlySet<string>
  /** How many shingles the text has. */
  readonly size: number
  /** LSH band keys; empty for texts too short to judge. */
  readonly bands: readonly string[]
  /** The MinHash signature the bands are cut from; undefined for texts too short to judge. */
  readonly signature?: Uint32Array
}

/** The shingles, MinHash signature and LSH band keys of a text. */
export function sketch(text: string): Sketch {
  const set = shingles(text)
  if (set.size < NEAR_DUPLICATE.minShingles) return { shingles: set, size: set.size, bands: [] }
  const sig = signature(set)
  return { shingles: set, size: set.size, bands: bandKeys(sig), signature: sig }
}

/**
 * The costly part of a text's sketch (its MinHash signature: 128 hashes of every shingle), worked out by the
 * ingest's analysis threads so the one thread that stores does not: `sketchWith` makes the sketch from it.
 */
export interface SketchSeed {
  /** The text's SHA-256 (hex): a seed is used only with the text it was made from. */
  readonly digest: string
  readonly size: number
  /** Undefined for texts too short to judge. */
  readonly signature?: Uint32Array
}

export function sketchSeed(text: string): SketchSeed {
  const made = sketch(text)
  return { digest: digestOf(text), size: made.size, ...(made.signature ? { signature: made.signature } : {}) }
}

/**
 * The sketch of a text, from its seed when the seed was made from this very text, else worked out here: the same
 * either way. The shingle set is made only when asked for (confirming a candidate needs it; most articles have none).
 */
export function sketchWith(text: string, seed: SketchSeed | undefined): Sketch {
  if (seed === undefined || seed.digest !== digestOf(text)) return sketch(text)
  const { size, signature: sig } = seed
  const judged = size >= NEAR_DUPLICATE.minShingles
  if (judged !== (sig instanceof Uint32Array && sig.length === NUM_HASHES)) return sketch(text)
  let set: ReadonlySet<string> | undefined
  return {
    get shingles() {
      return (set ??= shingles(text))
    },
    size,
    bands: judged && sig ? bandKeys(sig) : [],
    ...(judged && sig ? { signature: sig } : {}),
  }
}

function digestOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/**
 * Looser bars than NEAR_DUPLICATE's, for estimates from signatures: a candidate below both cannot be a
 * near-duplicate but for a 1-in-thousands estimation error (128 hashes estimate Jaccard within ±0.05 or so),
 * so its text need not be read. Candidates above them are confirmed on their exact shingles.
 */
export const MAY_BE_NEAR_DUPLICATE = { jaccard: 0.45, containment: 0.62 } as const

/** Whether a candidate's signature and size leave it possibly a near-duplicate of the sketched text. */
export function mayBeNearDuplicate(text: Sketch, candidate: { signature: Uint32Array; size: number }): boolean {
  if (text.signature === undefined) return false
  const estimate = estimateSimilarity({ signature: text.signature, size: text.size }, candidate)
  return estimate.jaccard >= MAY_BE_NEAR_DUPLICATE.jaccard || estimate.containment >= MAY_BE_NEAR_DUPLICATE.containment
}

/** True when two texts are near-duplicates: Jaccard ≥ 0.6 (a lightly re-edited copy), or the smaller is ≥ 75% contained in the larger (a trimmed one). */
export function isNearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (Math.min(a.size, b.size) < NEAR_DUPLICATE.minShingles) return false
  return jaccard(a, b) >= NEAR_DUPLICATE.jaccard || containment(a, b) >= NEAR_DUPLICATE.containment
}
