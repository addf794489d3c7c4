/** Words of a text, lower-cased: letters and digits only, so punctuation and spacing changes do not matter. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** The set of k-word shingles of a text (k = 3 by default). A text shorter than k words has no shingles. */
export function shingles(text: string, k = 3): Set<string> {
  const list = words(text)
  const out = new Set<string>()
  for (let i = 0; i + k <= list.length; i++) out.add(list.slice(i, i + k).join(' '))
  return out
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = intersectionSize(a, b)
  const union = a.size + b.size - shared
  return union === 0 ? 0 : shared / union
}

/** |A ∩ B| / min(|A|, |B|): how much of the smaller text the larger one contains. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = Math.min(a.size, b.size)
  return smaller === 0 ? 0 : intersectionSize(a, b) / smaller
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const item of small) if (large.has(item)) shared++
  return shared
}
