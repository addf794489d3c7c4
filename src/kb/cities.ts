/**
 * Towns from data/kb/cities.json (GeoNames, chosen by src/tools/build-cities.ts): each stands for its country
 * as a place ("shelling in Kharkiv" → UKR) and carries coordinates for the GDELT export.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { AliasTable } from './aliases.js'
import { normalizeSurface } from './normalize.js'
import { entryLabel, kbInvalid } from './read.js'
import type { GeoPoint, KbEntity } from './types.js'

/** One line of data/kb/cities.json. */
export interface CityRecord {
  readonly name: string
  readonly country: string
  readonly lat: number
  readonly lon: number
  readonly population: number
  readonly geonames: number
  /** Under the build's major threshold: linked only after a place cue. */
  readonly minor?: true
  /** Towns of the name in other countries, read when the document names their country and not this one's. */
  readonly namesakes?: readonly CityNamesake[]
}

/** A town abroad that shares a kept town's name ("Hyderabad" in Pakistan beside India's, "London" in Canada). */
export interface CityNamesake {
  readonly country: string
  readonly lat: number
  readonly lon: number
  readonly population: number
  readonly geonames: number
}

export interface CityBuild {
  readonly entities: KbEntity[]
  /** Coordinates for places the KB already had (capitals, curated places), by place id. */
  readonly geo: Map<string, GeoPoint>
}

/**
 * Reads the file by hand rather than through zod: it holds some 13,000 entries and the KB is loaded by every
 * worker, so each entry gets a cheap shape check that still names the entry and the field.
 */
export function readCities(file: string): CityRecord[] {
  if (!existsSync(file)) return []
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw kbInvalid(file, (error as Error).message)
  }
  if (!Array.isArray(raw)) throw kbInvalid(file, 'expected a JSON array of cities')
  raw.forEach((entry: unknown, index) => {
    const problem = cityProblem(entry)
    if (problem) throw kbInvalid(file, `${entryLabel(index, entry)}: ${problem}`)
  })
  return raw as CityRecord[]
}

function cityProblem(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return 'expected an object'
  const city = entry as Record<string, unknown>
  if (typeof city.name !== 'string' || city.name === '') return 'name: Expected a non-empty string'
  if (typeof city.country !== 'string' || !/^[A-Z]{3}$/.test(city.country))
    return 'country: Expected an ISO 3166-1 alpha-3 code'
  if (typeof city.lat !== 'number' || Math.abs(city.lat) > 90) return 'lat: Expected degrees between -90 and 90'
  if (typeof city.lon !== 'number' || Math.abs(city.lon) > 180) return 'lon: Expected degrees between -180 and 180'
  if (city.namesakes === undefined) return undefined
  if (!Array.isArray(city.namesakes)) return 'namesakes: Expected an array'
  for (const [k, namesake] of city.namesakes.entries()) {
    const problem = namesake === city ? undefined : cityProblem({ name: city.name, ...namesake })
    if (problem) return `namesakes[${k}].${problem}`
  }
  return undefined
}

/**
 * Adds the towns whose names nothing else in the KB claims. A name the KB already gives a place of the same
 * country (a capital, a curated city) only lends that place its coordinates; a name that is a country, an
 * organization, a region, another country's place or a KB person's given name or surname is left out, so
 * curated data and people always win over the gazetteer.
 */
export function buildCities(
  records: readonly CityRecord[],
  table: AliasTable,
  places: ReadonlyMap<string, KbEntity>,
  personWords: ReadonlySet<string>,
  countries: ReadonlySet<string>,
): CityBuild {
  const result: CityBuild = { entities: [], geo: new Map() }
  const ids = new Set(places.keys())
  for (const city of records) {
    if (!countries.has(city.country)) continue
    const geo: GeoPoint = { lat: city.lat, lon: city.lon, geonames: city.geonames, population: city.population }
    // the build script writes names in normal form (ASCII, no dots), so they are looked up and added as keys
    const hits = table.lookupKey(city.name)
    const base = `place:${city.name
      .toLowerCase()
      .replace(/'/g, '')
      .replace(/[^a-z0-9]+/g, '-')}`
    if (hits.length > 0) {
      const same = hits.find((hit) => hit.kind === 'place' && places.get(hit.entity)?.country === city.country)
      if (same && !result.geo.has(same.entity)) result.geo.set(same.entity, geo)
      // a capital's namesakes are left out: a text naming another country still means the capital, where envoys go
      if (same && same.form !== 'capital') addNamesakes(city, base, { table, places, ids, countries, result })
      continue
    }
    if (personWords.has(city.name)) continue
    let id = base
    if (ids.has(id)) id = `${id}-${city.country.toLowerCase()}`
    if (ids.has(id)) continue
    ids.add(id)
    table.addKey(city.name, city.name, id, 'place', 'name', undefined, undefined, city.minor ? 'minor' : 'major')
    result.entities.push({ id, kind: 'place', name: city.name, aliases: [], country: city.country, geo })
    addNamesakes(city, base, { table, places, ids, countries, result })
  }
  return result
}

interface NamesakeContext {
  readonly table: AliasTable
  readonly places: ReadonlyMap<string, KbEntity>
  readonly ids: Set<string>
  readonly countries: ReadonlySet<string>
  readonly result: CityBuild
}

/**
 * Adds a kept town's namesakes abroad, each marked ambiguous: the name links to the kept town by default, and to a
 * namesake in a document that names the namesake's country and not the town's (see disambiguate.ts), as "Tripoli"
 * does with Lebanon's port. A namesake the KB already holds (a curated place of that country) is left to it.
 */
function addNamesakes(city: CityRecord, base: string, context: NamesakeContext): void {
  const { table, places, ids, countries, result } = context
  for (const namesake of city.namesakes ?? []) {
    if (!countries.has(namesake.country) || namesake.country === city.country) continue
    const held = table
      .lookupKey(city.name)
      .some((hit) => hit.kind === 'place' && places.get(hit.entity)?.country === namesake.country)
    const id = `${base}-${namesake.country.toLowerCase()}`
    if (held || ids.has(id)) continue
    ids.add(id)
    const reason = `a namesake: ${city.country}'s ${city.name} is read by default`
    table.addKey(city.name, city.name, id, 'place', 'name', reason, undefined, city.minor ? 'minor' : 'major')
    const geo: GeoPoint = {
      lat: namesake.lat,
      lon: namesake.lon,
      geonames: namesake.geonames,
      population: namesake.population,
    }
    result.entities.push({ id, kind: 'place', name: city.name, aliases: [], country: namesake.country, geo })
  }
}

/** Given names and surnames of the KB's people ("Jackson" of any Jackson keeps Jackson, Mississippi out). */
export function personWordsOf(people: readonly KbEntity[]): Set<string> {
  const words = new Set<string>()
  for (const person of people) {
    for (const name of [person.name, ...person.aliases]) {
      const parts = normalizeSurface(name).split(' ')
      words.add(parts[0]!)
      if (parts.length > 1) words.add(parts.at(-1)!)
    }
  }
  return words
}
