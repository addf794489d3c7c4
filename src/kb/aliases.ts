/** The alias table: normalized surface → hits, built once, looked up per token through Maps. */
import { isAllCaps, normalizeSurface } from './normalize.js'
import type { AliasForm, AliasHit, EntityKind } from './types.js'

interface Slot {
  /** The surfaces as written in the data, first one first. */
  surfaces: string[]
  hits: AliasHit[]
  readonly allCaps: boolean
}

/**
 * Collects surfaces while the KB is built; `freeze()` marks names shared by several entities as ambiguous, and is the
 * last change: after it the table is only read.
 */
export class AliasTable {
  private readonly exact = new Map<string, Slot>()
  private readonly folded = new Map<string, Slot[]>()

  /**
   * Adds one surface; an entity keeps the first form it was added with. `sector` is the CAMEO sector of a body
   * named by the surface ("the Pentagon": MIL), kept on the hit even when the surface was added before without one.
   * `city` marks a town of the gazetteer (data/kb/cities.json).
   */
  add(
    surface: string,
    entity: string,
    kind: EntityKind,
    form: AliasForm,
    ambiguous?: string,
    sector?: string,
    city?: AliasHit['city'],
  ): void {
    this.addKey(normalizeSurface(surface), surface, entity, kind, form, ambiguous, sector, city)
  }

  /** `add` for a surface already in normal form (the gazetteer's 13,000 towns skip normalizing twice). */
  addKey(
    key: string,
    surface: string,
    entity: string,
    kind: EntityKind,
    form: AliasForm,
    ambiguous?: string,
    sector?: string,
    city?: AliasHit['city'],
  ): void {
    if (key === '') return
    let slot = this.exact.get(key)
    if (!slot) {
      slot = { surfaces: [], hits: [], allCaps: isAllCaps(key) }
      this.exact.set(key, slot)
      const lower = key.toLowerCase()
      const same = this.folded.get(lower)
      if (same) same.push(slot)
      else this.folded.set(lower, [slot])
    }
    if (!slot.surfaces.includes(surface)) slot.surfaces.push(surface)
    const existing = slot.hits.findIndex((hit) => hit.entity === entity)
    if (existing >= 0) {
      const old = slot.hits[existing]
      if (ambiguous !== undefined && old && old.ambiguous === undefined) slot.hits[existing] = { ...old, ambiguous }
      if (sector !== undefined && old && old.sector === undefined)
        slot.hits[existing] = { ...slot.hits[existing]!, sector }
      return
    }
    // fields set one by one: spreading conditional literals costs more than the rest of a town's loading
    const hit: { -readonly [K in keyof AliasHit]: AliasHit[K] } = { entity, kind, form }
    if (ambiguous !== undefined) hit.ambiguous = ambiguous
    if (sector !== undefined) hit.sector = sector
    if (city !== undefined) hit.city = city
    slot.hits.push(hit)
  }

  /** Bounds the dates at which a surface added before reads as this entity ("IRA": the armed group until 2005). */
  date(
    surface: string,
    entity: string,
    window: { readonly from?: string | undefined; readonly to?: string | undefined },
  ): void {
    const slot = this.exact.get(normalizeSurface(surface))
    const index = slot?.hits.findIndex((hit) => hit.entity === entity) ?? -1
    if (!slot || index < 0) throw new Error(`No surface "${surface}" for ${entity} to date`)
    const { from, to } = window
    slot.hits[index] = { ...slot.hits[index]!, ...(from ? { from } : {}), ...(to ? { to } : {}) }
  }

  /** Whether a surface already names an entity of this kind (territories yield to countries). */
  claimed(surface: string, kind: EntityKind): boolean {
    return this.exact.get(normalizeSurface(surface))?.hits.some((hit) => hit.kind === kind) ?? false
  }

  /**
   * Marks every surface naming more than one non-place entity as ambiguous, but one: when all the others mark the
   * surface ambiguous with a reason of their own, the one that does not is its default reading ("Congolese": DR
   * Congo; the Republic of the Congo marks it).
   */
  freeze(): void {
    for (const slot of this.exact.values()) {
      const named = slot.hits.filter((hit) => hit.kind !== 'place')
      const entities = named.map((hit) => hit.entity)
      if (entities.length < 2) continue
      const plain = named.filter((hit) => hit.ambiguous === undefined)
      if (plain.length === 1 && new Set(entities).size === entities.length) continue
      const reason = `shared by ${entities.join(', ')}`
      slot.hits.forEach((hit, index) => {
        if (hit.kind !== 'place' && hit.ambiguous === undefined) slot.hits[index] = { ...hit, ambiguous: reason }
      })
    }
    // each list grew by push from empty, which leaves room for 17 entries: lists of one or two names or hits, two a
    // slot, held ~5.4 MB of that room in every pipeline (each worker thread of an ingest has one); a copy has none
    for (const slot of this.exact.values()) {
      slot.surfaces = slot.surfaces.slice()
      slot.hits = slot.hits.slice()
    }
  }

  /**
   * Exact lookup on the normal form; failing that, case-insensitive when the surface is capitalized
   * ("Nato", "GERMANY"), but an all-caps alias only matches a short capitalized word when it is all caps
   * too, so "Us" and "Who" stay words.
   */
  lookup(surface: string): readonly AliasHit[] {
    return this.lookupKey(normalizeSurface(surface))
  }

  /** `lookup` for a surface already in normal form. */
  lookupKey(key: string): readonly AliasHit[] {
    const slot = this.exact.get(key)
    if (slot) return slot.hits
    if (!/^\p{Lu}/u.test(key)) return []
    const upper = isAllCaps(key)
    const hits: AliasHit[] = []
    for (const candidate of this.folded.get(key.toLowerCase()) ?? []) {
      if (candidate.allCaps && !upper && key.length < 4) continue
      for (const hit of candidate.hits) if (!hits.some((seen) => seen.entity === hit.entity)) hits.push(hit)
    }
    return hits
  }

  /** Every surface as written in the data, with the hits of its normal form. */
  *entries(): Iterable<[surface: string, hits: readonly AliasHit[]]> {
    for (const slot of this.exact.values()) for (const surface of slot.surfaces) yield [surface, slot.hits]
  }

  get size(): number {
    return this.exact.size
  }
}
