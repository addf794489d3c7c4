/** MinHash signatures and LSH bands over word shingles. 128 hashes in 32 bands of 4 rows: pairs with Jaccard
 * similarity ≥ 0.8 become candidates with probability > 0.999, pairs below 0.3 rarely do. */
export const NUM_HASHES = 128
export const BANDS = 32
export const ROWS = NUM_HASHES / BANDS

/** FNV-1a over UTF-16 code units, 32 bits. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** MurmurHash3's finaliser: spreads every input bit over the output. */
function mix(x: number): number {
  x ^= x >>> 16
  x = Math.imul(x, 0x85ebca6b)
  x ^= x >>> 13
  x = Math.imul(x, 0xc2b2ae35)
  x ^= x >>> 16
  return x >>> 0
}

const SEEDS = Uint32Array.from({ length: NUM_HASHES }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9)))

/** The MinHash signature of a shingle set: for each of the 128 hash functions, the smallest value. */
export function signature(shingleSet: Iterable<string>): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff)
  for (const shingle of shingleSet) {
    const base = hash32(shingle)
    for (let i = 0; i < NUM_HASHES; i++) {
      const value = mix(base ^ (SEEDS[i] as number))
      if (value < (sig[i] as number)) sig[i] = value
    }
  }
  return sig
}

/** The estimated Jaccard similarity of two signatures: the share of equal positions. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) equal++
  return equal / NUM_HASHES
}

/** One key per band: two texts sharing any band key are candidates. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = []
  for (let band = 0; band < BANDS; band++) {
    const rows = Array.from(sig.subarray(band * ROWS, (band + 1) * ROWS), (v) => v.toString(16).padStart(8, '0'))
    keys.push(rows.join(''))
  }
  return keys
}

/** A signature as text (8 hex digits a hash), for storing. */
export function signatureText(sig: Uint32Array): string {
  return Array.from(sig, (v) => v.toString(16).padStart(8, '0')).join('')
}

/**
 * A signature read back from `signatureText`; undefined when the text is not one. Read digit by digit: every
 * stored near-duplicate candidate is parsed, so this runs for dozens of rows an article.
 */
export function parseSignature(text: string): Uint32Array | undefined {
  if (text.length !== NUM_HASHES * 8) return undefined
  const sig = new Uint32Array(NUM_HASHES)
  for (let i = 0, at = 0; i < NUM_HASHES; i++) {
    let value = 0
    for (let end = at + 8; at < end; at++) {
      const c = text.charCodeAt(at)
      const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1
      if (digit < 0) return undefined
      value = value * 16 + digit
    }
    sig[i] = value
  }
  return sig
}

/**
 * Estimated Jaccard similarity and containment (shared / smaller set) of two sets from their signatures and sizes:
 * |A ∩ B| = J (|A| + |B|) / (1 + J).
 */
export function estimateSimilarity(
  a: { readonly signature: Uint32Array; readonly size: number },
  b: { readonly signature: Uint32Array; readonly size: number },
): { jaccard: number; containment: number } {
  const jaccard = estimateJaccard(a.signature, b.signature)
  const shared = (jaccard * (a.size + b.size)) / (1 + jaccard)
  const smaller = Math.min(a.size, b.size)
  return { jaccard, containment: smaller === 0 ? 0 : Math.min(1, shared / smaller) }
}
