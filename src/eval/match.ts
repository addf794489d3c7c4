/** How well a system item fits a gold item: 'strong' (exact, full), 'weak' (partial, root) or no match. */
export type Fit = 'strong' | 'weak' | false

/** A one-to-one pairing of gold and system items, by index. */
export interface Matching {
  /** Pairs [gold index, system index, fit]. */
  readonly pairs: readonly (readonly [gold: number, system: number, fit: 'strong' | 'weak'])[]
  readonly unmatchedGold: readonly number[]
  readonly unmatchedSystem: readonly number[]
}

/**
 * Greedy one-to-one matching: first every gold item takes the first free system item that fits strongly
 * (in gold order), then the remaining gold items take the first free item that fits weakly. Strong pairs
 * first, so a loose match never steals the system item an exact one needs.
 */
export function matchGreedy<G, S>(gold: readonly G[], system: readonly S[], fit: (g: G, s: S) => Fit): Matching {
  const goldTaken = new Map<number, readonly [number, number, 'strong' | 'weak']>()
  const systemTaken = new Set<number>()
  for (const level of ['strong', 'weak'] as const) {
    for (const [g, goldItem] of gold.entries()) {
      if (goldTaken.has(g)) continue
      const s = system.findIndex((item, index) => !systemTaken.has(index) && fitsAt(fit(goldItem, item), level))
      if (s < 0) continue
      goldTaken.set(g, [g, s, level])
      systemTaken.add(s)
    }
  }
  return {
    pairs: [...goldTaken.values()].sort((a, b) => a[0] - b[0]),
    unmatchedGold: gold.map((_, index) => index).filter((index) => !goldTaken.has(index)),
    unmatchedSystem: system.map((_, index) => index).filter((index) => !systemTaken.has(index)),
  }
}

/** A strong fit also counts at the weak level: a full CAMEO match shares its root. */
function fitsAt(fit: Fit, level: 'strong' | 'weak'): boolean {
  return level === 'strong' ? fit === 'strong' : fit !== false
}
