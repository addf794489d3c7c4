/** Kept values of learned triples, by the triples' shared part (relation, side, id, limit), then by the other side. */
export interface KeptTriples<T> {
  readonly groups: Map<string, Map<string, T>>
  /** How many values are kept, over every group. */
  size: number
  /** At most this many are kept: the oldest are dropped first. */
  readonly max: number
}

/** An empty memo that keeps at most `max` values. */
export function keptTriples<T>(max: number): KeptTriples<T> {
  return { groups: new Map(), size: 0, max }
}

/** The group's kept values (empty when none is kept). */
export function keptGroup<T>(memo: KeptTriples<T>, group: string): ReadonlyMap<string, T> {
  return memo.groups.get(group) ?? new Map()
}

/**
 * Keeps the group's values, then drops the oldest kept while over `max` (a Map iterates in insertion order). A group
 * is made only when it has a value, and dropped with its last one, so every group counted holds what it counts.
 */
export function keepTriples<T>(memo: KeptTriples<T>, group: string, values: Iterable<[string, T]>): void {
  for (const [other, value] of values) {
    let kept = memo.groups.get(group)
    if (kept === undefined) {
      kept = new Map()
      memo.groups.set(group, kept)
    }
    if (!kept.has(other)) memo.size++
    kept.set(other, value)
  }
  while (memo.size > memo.max) {
    const [oldest, first] = memo.groups.entries().next().value as [string, Map<string, T>]
    first.delete(first.keys().next().value as string)
    memo.size--
    if (first.size === 0) memo.groups.delete(oldest)
  }
}
