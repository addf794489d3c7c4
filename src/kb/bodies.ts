/** Named government bodies from data/kb/bodies.json: each stands for its country, with its sector. */
import type { AliasTable } from './aliases.js'
import { normalizeSurface } from './normalize.js'
import type { BodyEntry } from './schema.js'

/**
 * Adds every body's names to the alias table as metonyms of its country carrying the body's sector: "the Pentagon"
 * links to USA like "Washington" does, and its events keep USAMIL as their actor code.
 */
export function buildBodies(entries: readonly BodyEntry[], table: AliasTable): number {
  for (const entry of entries) {
    const ambiguous = new Map(Object.entries(entry.ambiguous ?? {}).map(([k, v]) => [normalizeSurface(k), v]))
    for (const surface of [entry.name, ...(entry.aliases ?? [])]) {
      table.add(surface, entry.country, 'country', 'metonym', ambiguous.get(normalizeSurface(surface)), entry.sector)
    }
  }
  return entries.length
}
