/** Regions from data/kb/regions.json: names, adjectives ("Scandinavian"), member countries (some loose). */
import type { AliasTable } from './aliases.js'
import { worldCountries } from './countries.js'
import { normalizeSurface } from './normalize.js'
import type { RegionEntry } from './schema.js'
import type { HeldBy, KbEntity, RegionMatch } from './types.js'

export interface RegionBuild {
  readonly entities: KbEntity[]
  /** Region id → members, strict ones first. */
  readonly members: Map<string, RegionMatch>
  /** Lower-case normalized adjective → region. */
  readonly adjectives: Map<string, RegionMatch>
}

const DESIGNATOR = / (state|province|region|governorate|district)$/

/**
 * A country's division is named with its designator lower-case or capitalized alike ("Rakhine state", "Rakhine
 * State", "Anbar Province"): each alias ending in one is also read with it capitalized.
 */
function titledDesignators(aliases: readonly string[]): string[] {
  return aliases
    .filter((alias) => DESIGNATOR.test(alias))
    .map((alias) => alias.replace(DESIGNATOR, (_, word: string) => ` ${word[0]!.toUpperCase()}${word.slice(1)}`))
}

/** Builds region entities; names become aliases, adjectives become demonym-form aliases. */
export function buildRegions(entries: readonly RegionEntry[], table: AliasTable): RegionBuild {
  const result: RegionBuild = { entities: [], members: new Map(), adjectives: new Map() }
  for (const entry of entries) {
    const ambiguous = new Map(Object.entries(entry.ambiguous ?? {}).map(([k, v]) => [normalizeSurface(k), v]))
    const aliases = [...(entry.aliases ?? []), ...(entry.collective?.names ?? [])]
    for (const surface of [entry.name, ...aliases, ...(entry.country ? titledDesignators(aliases) : [])]) {
      table.add(surface, entry.id, 'region', 'name', ambiguous.get(normalizeSurface(surface)))
    }
    for (const adjective of entry.adjectives ?? []) {
      table.add(adjective, entry.id, 'region', 'demonym', ambiguous.get(normalizeSurface(adjective)))
    }
    const match = membersOf(entry)
    result.members.set(entry.id, match)
    for (const adjective of entry.adjectives ?? []) result.adjectives.set(adjectiveKey(adjective), match)
    result.entities.push({
      id: entry.id,
      kind: 'region',
      name: entry.name,
      aliases: [...aliases, ...(entry.adjectives ?? [])],
      ...(entry.country ? { country: entry.country } : {}),
      ...(entry.collective
        ? { codes: [{ code: entry.collective.cameo }], collective: entry.collective.names.map(collectiveKey) }
        : {}),
      ...(entry.heldBy ? { heldBy: heldByOf(entry.heldBy) } : {}),
      ...(entry.note ? { note: entry.note } : {}),
    })
  }
  return result
}

/** A collective name as compared with a mention's text: normalized, lower case, without a leading "the". */
export function collectiveKey(name: string): string {
  return normalizeSurface(name).toLowerCase().replace(/^the /, '')
}

export function adjectiveKey(adjective: string): string {
  return normalizeSurface(adjective).toLowerCase()
}

function membersOf(entry: RegionEntry): RegionMatch {
  const strict: string[] = []
  const loose: string[] = []
  const { region, subregions } = entry.generated ?? {}
  if (entry.generated) {
    for (const country of worldCountries()) {
      const inRegion = region === undefined || country.region === region
      const inSubregion = subregions === undefined || subregions.includes(country.subregion)
      if (inRegion && inSubregion) strict.push(country.cca3)
    }
  }
  for (const member of entry.members ?? []) {
    if (typeof member === 'string') strict.push(member)
    else if (member.loose) loose.push(member.member)
    else strict.push(member.member)
  }
  return { region: entry.id, members: [...new Set([...strict, ...loose])], loose }
}

function heldByOf(held: NonNullable<RegionEntry['heldBy']>): HeldBy {
  return { group: held.group, ...(held.from ? { from: held.from } : {}), ...(held.to ? { to: held.to } : {}) }
}
