/** Countries from the world-countries package, completed by data/kb/countries.json; capitals become places. */
import { createRequire } from 'node:module'
import type { Country } from 'world-countries'
import type { AliasTable } from './aliases.js'
import { normalizeSurface, slug } from './normalize.js'
import type { CountryEntry, PlaceEntry } from './schema.js'
import { datedCode } from './groups.js'
import type { AliasForm, KbEntity } from './types.js'

const WORLD: readonly Country[] = createRequire(import.meta.url)('world-countries/countries.json') as Country[]

/** The world-countries records (250 countries and territories), in package order. */
export function worldCountries(): readonly Country[] {
  return WORLD
}

/** Generated alternative spellings worth keeping: Latin script, no inverted "X, the" forms, no 2-letter codes. */
function usableAltSpelling(text: string): AliasForm | undefined {
  if (!/^\p{Lu}[\p{Script=Latin}\s'’.-]+$/u.test(text) || text.includes(',')) return undefined
  if (/^[A-Z]+$/.test(text)) return text.length >= 3 ? 'abbreviation' : undefined
  return 'name'
}

function demonymsOf(country: Country): string[] {
  const eng = country.demonyms?.eng
  if (!eng) return []
  return [...new Set([eng.m, eng.f].flatMap((text) => text.split(/,\s*| or /)).filter(Boolean))]
}

/** Demonyms that are adjectives only take no plural: "Chinese", "British", "French", "Swiss", "Icelandic", "Seychellois". */
const ADJECTIVE_DEMONYM = /(?:ese|ish|ic|ss|x|z|ais|ois|[^e]ch)$/
/** Nouns of a people ending in a vowel other than e mostly have a plural of their own ("Batswana", "Malagasy"). */
const IRREGULAR_DEMONYM = /(?<!in)[aouy]$/

/**
 * The plural a demonym takes for a country's people ("Palestinians", "Israelis", "Britons", "Filipinos", "Czechs",
 * "Swedes", "New Zealanders"), when it has a regular one; "Chinese", "French" and "Swiss" do not.
 */
export function pluralDemonym(demonym: string): string | undefined {
  if (ADJECTIVE_DEMONYM.test(demonym)) return undefined
  if (IRREGULAR_DEMONYM.test(demonym)) return undefined
  return `${demonym}s`
}

export interface CountryBuild {
  readonly entities: KbEntity[]
  /** Capitals that places.json does not describe. */
  readonly places: PlaceEntry[]
}

/** Builds country entities and their capital places, and adds their surfaces to the alias table. */
export function buildCountries(
  entries: readonly CountryEntry[],
  places: readonly PlaceEntry[],
  table: AliasTable,
): CountryBuild {
  const overrides = new Map(entries.map((entry) => [entry.id, entry]))
  const curated = new Map<string, PlaceEntry>()
  for (const place of places) {
    for (const name of [place.name, ...(place.aliases ?? [])]) curated.set(placeKey(place.country, name), place)
  }
  const placeIds = new Set(places.map((place) => place.id))
  const result: CountryBuild = { entities: [], places: [] }
  // Independent countries first, so a territory never takes "American" or "French" from them.
  const records = [...WORLD].sort((a, b) => Number(b.independent === true) - Number(a.independent === true))
  const known = new Set(records.map((record) => record.cca3))
  const extra = entries.filter((entry) => !known.has(entry.id))
  for (const record of [...records, ...extra]) {
    const id = 'cca3' in record ? record.cca3 : record.id
    const world = 'cca3' in record ? record : undefined
    const entry = overrides.get(id)
    const name = entry?.name ?? world?.name.common ?? id
    const independent = world?.independent === true
    const exclude = new Set((entry?.exclude ?? []).map(normalizeSurface))
    const ambiguous = new Map(Object.entries(entry?.ambiguous ?? {}).map(([k, v]) => [normalizeSurface(k), v]))
    const surfaces: [string, AliasForm][] = []
    const push = (surface: string, form: AliasForm, generated: boolean) => {
      if (generated && exclude.has(normalizeSurface(surface))) return
      if (generated && !independent && table.claimed(surface, 'country')) return
      surfaces.push([surface, form])
    }
    push(name, 'name', false)
    if (world) {
      push(world.name.common, 'name', true)
      push(world.name.official, 'name', true)
      for (const alt of world.altSpellings) {
        const form = usableAltSpelling(alt)
        if (form) push(alt, form, true)
      }
    }
    for (const alias of entry?.aliases ?? []) push(alias, 'name', false)
    for (const abbreviation of entry?.abbreviations ?? []) push(abbreviation, 'abbreviation', false)
    for (const demonym of entry?.demonyms ?? []) push(demonym, 'demonym', false)
    if (world) for (const demonym of demonymsOf(world)) push(demonym, 'demonym', true)
    const singulars = [...(entry?.demonyms ?? []), ...(world ? demonymsOf(world) : [])]
    // "Philippine" would give "Philippines", the country's own name
    const named = new Set(surfaces.map(([surface]) => normalizeSurface(surface)))
    for (const plural of new Set(singulars.map(pluralDemonym))) {
      if (plural && !named.has(normalizeSurface(plural))) push(plural, 'demonym', true)
    }
    for (const metonym of entry?.metonyms ?? []) push(metonym, 'metonym', false)

    for (const [surface, form] of surfaces) {
      table.add(surface, id, 'country', form, ambiguous.get(normalizeSurface(surface)))
    }
    const capitals: string[] = []
    const capitalNames = entry?.capitals ?? (independent ? (world?.capital ?? []) : [])
    for (const capitalName of capitalNames) {
      const place = curated.get(placeKey(id, capitalName)) ?? generatedPlace(id, capitalName, placeIds)
      if (!curated.has(placeKey(id, capitalName))) {
        result.places.push(place)
        curated.set(placeKey(id, capitalName), place)
      }
      capitals.push(place.id)
      const seat = place.governmentMetonym === false ? `also the seat of ${(place.seatOf ?? []).join(', ')}` : undefined
      for (const surface of [place.name, ...(place.aliases ?? [])]) {
        table.add(surface, id, 'country', 'capital', seat ?? ambiguous.get(normalizeSurface(surface)))
      }
    }
    const aliases = [...new Set(surfaces.map(([surface]) => surface))].filter((surface) => surface !== name)
    result.entities.push({
      id,
      kind: 'country',
      name,
      aliases,
      ...(capitals.length > 0 ? { capitals } : {}),
      ...(entry?.noStateNamesakes ? { noStateNamesakes: entry.noStateNamesakes.map(normalizeSurface) } : {}),
      ...(entry?.codes ? { codes: entry.codes.map(datedCode) } : {}),
      ...(entry?.note ? { note: entry.note } : {}),
    })
  }
  result.entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return result
}

function placeKey(country: string, name: string): string {
  return `${country} ${normalizeSurface(name).toLowerCase()}`
}

/** A capital world-countries names and places.json does not: place:<slug>, or place:<slug>-<cc> on a clash. */
function generatedPlace(country: string, name: string, taken: Set<string>): PlaceEntry {
  let id = `place:${slug(name)}`
  if (taken.has(id)) id = `${id}-${country.toLowerCase()}`
  taken.add(id)
  return { id, name, country }
}
