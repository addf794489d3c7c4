/** Places (cities) from data/kb/places.json and the generated capitals. */
import type { AliasTable } from './aliases.js'
import { normalizeSurface } from './normalize.js'
import type { PlaceEntry } from './schema.js'
import type { KbEntity } from './types.js'

/** Place entities, with their names added to the alias table. */
export function buildPlaces(entries: readonly PlaceEntry[], table: AliasTable): KbEntity[] {
  return entries.map((entry) => {
    const ambiguous = new Map(Object.entries(entry.ambiguous ?? {}).map(([k, v]) => [normalizeSurface(k), v]))
    const aliases = entry.aliases ?? []
    for (const surface of [entry.name, ...aliases]) {
      table.add(surface, entry.id, 'place', 'name', ambiguous.get(normalizeSurface(surface)))
    }
    return {
      id: entry.id,
      kind: 'place',
      name: entry.name,
      aliases,
      country: entry.country,
      ...(entry.seatOf ? { seatOf: entry.seatOf } : {}),
      ...(entry.note ? { note: entry.note } : {}),
    }
  })
}
