/** loadKb(): reads and validates data/kb once per folder, builds the indexes, and caches the result. */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import type { z } from 'zod'
import { buildAgents } from './agents.js'
import { AliasTable } from './aliases.js'
import { buildBodies } from './bodies.js'
import { buildCities, personWordsOf, readCities } from './cities.js'
import { buildCountries, worldCountries } from './countries.js'
import { buildEthnicGroups, EthnicGroupEntry } from './ethnic-groups.js'
import { Kb } from './kb.js'
import { buildGroups } from './groups.js'
import { buildOrgs } from './orgs.js'
import { buildPeople } from './people.js'
import { buildPlaces } from './places.js'
import { defaultKbDir, entryLabel, kbInvalid, readEntries } from './read.js'
import { buildRegions } from './regions.js'
import { readTitleTable, titleTable } from './title-table.js'
import { AgentEntry, BodyEntry, CountryEntry, GroupEntry, OrgEntry, PlaceEntry, RegionEntry } from './schema.js'
import type { DatedActorCode } from './actor-code.js'
import type { KbEntity, KbRole } from './types.js'

const CACHE = new Map<string, Kb>()

export interface KbOptions {
  /**
   * KB folders (data/kb's layout, every file optional) or people files that extend the KB: their entries add to
   * its own, an entry with an id it has replaces that entry, and a person it has gains the names and roles given.
   */
  readonly extend?: readonly string[]
}

/** The KB in `dataDir` (default: the package's data/kb), loaded once and cached; a broken file throws kb.invalid. */
export function loadKb(dataDir?: string, options: KbOptions = {}): Kb {
  const extend = (options.extend ?? []).map((path) => resolve(path))
  const own = dataDir === undefined && extend.length === 0
  if (own && defaultKb) return defaultKb
  const dir = resolve(dataDir ?? defaultKbDir())
  const key = [dir, ...extend].join('\n')
  let kb = CACHE.get(key)
  if (!kb) {
    kb = buildKb(dir, { cities: true, extend })
    CACHE.set(key, kb)
  }
  if (own) defaultKb = kb
  return kb
}

/** The package's own KB once loaded: most callers ask for it, many times per document. */
let defaultKb: Kb | undefined

/** The KB in `dataDir` without the GeoNames towns of cities.json, uncached: what src/tools/build-cities.ts filters against. */
export function loadCuratedKb(dataDir?: string): Kb {
  return buildKb(resolve(dataDir ?? defaultKbDir()), { cities: false })
}

/** Forgets cached KBs (tests that rewrite a data folder). */
export function clearKbCache(): void {
  CACHE.clear()
  defaultKb = undefined
}

/** Entries of a base file with those of the extensions: an extension's entry replaces the base's of the same id. */
function layered<T>(base: readonly T[], extensions: readonly (readonly T[])[]): T[] {
  const idOf = (entry: T) => (entry as { id?: unknown }).id
  const added = extensions.flat()
  const replaced = new Set<unknown>(added.map(idOf).filter((id) => id !== undefined))
  return [...base.filter((entry) => !replaced.has(idOf(entry))), ...added]
}

/** Whether a JSON file holds agent nouns (entries with `nouns`) rather than people. */
function isAgentsFile(path: string): boolean {
  try {
    const entries = JSON.parse(readFileSync(path, 'utf8')) as unknown
    return Array.isArray(entries) && typeof entries[0] === 'object' && entries[0] !== null && 'nouns' in entries[0]
  } catch {
    return false
  }
}

function isFolder(path: string): boolean {
  if (!existsSync(path)) throw kbInvalid(path, 'file not found')
  return statSync(path).isDirectory()
}

function buildKb(dir: string, options: { cities: boolean; extend?: readonly string[] } = { cities: true }): Kb {
  const extend = options.extend ?? []
  const folders = extend.filter(isFolder)
  const given = extend.filter((path) => !folders.includes(path))
  // a file given alone is a people file, or an agents file (what `kb import` writes from a Phoenix agents dictionary)
  const agentFiles = given.filter(isAgentsFile)
  const peopleFiles = given.filter((path) => !agentFiles.includes(path))
  const more = <T>(name: string, schema: z.ZodType<T>) =>
    folders.map((folder) => readOptional(join(folder, name), schema))
  const files = {
    countries: join(dir, 'countries.json'),
    organizations: join(dir, 'organizations.json'),
    regions: join(dir, 'regions.json'),
    places: join(dir, 'places.json'),
    groups: join(dir, 'groups.json'),
    bodies: join(dir, 'bodies.json'),
    agents: join(dir, 'agents.json'),
    ethnicGroups: join(dir, 'ethnic-groups.json'),
  }
  const countryEntries = layered(readEntries(files.countries, CountryEntry), more('countries.json', CountryEntry))
  const orgEntries = layered(readEntries(files.organizations, OrgEntry), more('organizations.json', OrgEntry))
  const regionEntries = layered(readEntries(files.regions, RegionEntry), more('regions.json', RegionEntry))
  const placeEntries = layered(readEntries(files.places, PlaceEntry), more('places.json', PlaceEntry))
  // groups, bodies and agents came later: a KB folder written before them still loads
  // each file keeps its own path, so a broken entry is named in the file it is in
  const groupFiles = fileLayers(files.groups, folders, GroupEntry)
  const bodyFiles = fileLayers(files.bodies, folders, BodyEntry)
  const groupEntries = layered(
    groupFiles[0]![1],
    groupFiles.slice(1).map(([, entries]) => entries),
  )
  const bodyEntries = layered(
    bodyFiles[0]![1],
    bodyFiles.slice(1).map(([, entries]) => entries),
  )
  // agent nouns have no id: each file is checked on its own, and an extension's noun replaces the package's
  const agents = new Map(
    buildAgents(readOptional(files.agents, AgentEntry), (problem) => kbInvalid(files.agents, problem)),
  )
  folders.forEach((folder, k) => {
    const file = join(folder, 'agents.json')
    for (const [noun, agent] of buildAgents(more('agents.json', AgentEntry)[k]!, (p) => kbInvalid(file, p))) {
      agents.set(noun, agent)
    }
  })
  for (const file of agentFiles) {
    for (const [noun, agent] of buildAgents(readEntries(file, AgentEntry), (p) => kbInvalid(file, p))) {
      agents.set(noun, agent)
    }
  }
  checkCountries(files.countries, countryEntries)

  const table = new AliasTable()
  const countries = buildCountries(countryEntries, placeEntries, table)
  const orgs = buildOrgs(orgEntries, table)
  const groups = buildGroups(groupEntries, table)
  buildBodies(bodyEntries, table)
  const regions = buildRegions(regionEntries, table)
  const places = buildPlaces([...placeEntries, ...countries.places], table)
  const people = buildPeople(
    [join(dir, 'people'), ...folders.map((folder) => join(folder, 'people')), ...peopleFiles],
    table,
  )
  // last: every curated name and every person is in the table, so the gazetteer never takes their names
  const cities = buildCities(
    options.cities ? readCities(join(dir, 'cities.json')) : [],
    table,
    new Map(places.map((place) => [place.id, place])),
    personWordsOf(people.entities),
    new Set(countries.entities.map((entity) => entity.id)),
  )
  table.freeze()

  const located = places.map((place) => {
    const geo = cities.geo.get(place.id)
    return geo ? { ...place, geo } : place
  })
  const entities = [
    ...countries.entities,
    ...orgs.entities,
    ...groups,
    ...regions.entities,
    ...located,
    ...cities.entities,
    ...people.entities,
  ]
  const ids = new Set<string>()
  for (const entity of entities) {
    if (entity.kind === 'person' || !ids.has(entity.id)) ids.add(entity.id)
    else throw kbInvalid(dir, `duplicate id "${entity.id}"`)
  }
  const countryIds = new Set(countries.entities.map((entity) => entity.id))
  checkOrgs(files.organizations, orgEntries, ids, countryIds)
  // a group's code may start with the code its country takes in CAMEO where that is not the id (Kosovo: UNK, KSV)
  const countryCodes = new Set([...countryIds, ...countries.entities.flatMap((entity) => codePrefixes(entity.codes))])
  for (const [file, entries] of groupFiles) checkGroups(file, entries, countryCodes)
  for (const [file, entries] of bodyFiles) checkRefs(file, entries, (entry) => [['country', entry.country]], countryIds)
  checkRefs(
    files.regions,
    regionEntries,
    (entry) => [
      ...(entry.members ?? []).map((member, i): Ref => [
        `members.${i}`,
        typeof member === 'string' ? member : member.member,
      ]),
      ...(entry.country ? [['country', entry.country] as Ref] : []),
    ],
    countryIds,
  )
  checkRefs(
    files.places,
    placeEntries,
    (entry) => [['country', entry.country], ...(entry.seatOf ?? []).map((org, i): Ref => [`seatOf.${i}`, org])],
    ids,
  )
  const problems = [...people.problems, ...unknownRoleTargets(people.roles, ids)]
  return new Kb({
    entities: withCountries(entities, people.roles, countryIds),
    table,
    descriptors: orgs.descriptors,
    adjectives: regions.adjectives,
    regions: regions.members,
    roles: people.roles,
    presidencies: orgs.presidencies,
    problems,
    peopleFiles: people.files,
    agents,
    ethnicGroups: buildEthnicGroups(files.ethnicGroups, readOptional(files.ethnicGroups, EthnicGroupEntry), countryIds),
    // a KB folder written before the title table (or a test's) takes the package's
    titles: existsSync(join(dir, 'titles.json')) ? readTitleTable(join(dir, 'titles.json')) : titleTable(),
  })
}

/** The package's file and each extension folder's file of the same name, with their entries. */
function fileLayers<T>(file: string, folders: readonly string[], schema: z.ZodType<T>): [string, T[]][] {
  const name = basename(file)
  return [file, ...folders.map((folder) => join(folder, name))].map((path) => [path, readOptional(path, schema)])
}

function readOptional<T>(file: string, schema: z.ZodType<T>): T[] {
  return existsSync(file) ? readEntries(file, schema) : []
}

/** A group's home country is known, and each of its codes starts with a country; dated codes do not end before they start. */
function checkGroups(file: string, entries: readonly GroupEntry[], countries: Set<string>): void {
  checkRefs(file, entries, (entry) => (entry.country ? [['country', entry.country]] : []), countries)
  entries.forEach((entry, index) => {
    entry.codes.forEach((code, i) => {
      const { code: value, from, to } = typeof code === 'string' ? { code } : code
      // a group at home starts every code with a country: its own, or the one it came to belong to (SPLA: SSD)
      if (entry.country && !countries.has(value.slice(0, 3))) {
        throw kbInvalid(file, `${entryLabel(index, entry)}: codes.${i}: "${value}" does not start with a country`)
      }
      if (from && to && to < from)
        throw kbInvalid(file, `${entryLabel(index, entry)}: codes.${i}.to: Ends before it starts`)
    })
  })
}

/** The country parts of an entity's codes: "KSV" of Kosovo's "KSV" from 1999. */
function codePrefixes(codes: readonly DatedActorCode[] | undefined): string[] {
  return (codes ?? []).map((code) => code.code.slice(0, 3))
}

type Ref = [field: string, id: string]

function checkRefs<T>(file: string, entries: readonly T[], refs: (entry: T) => Ref[], known: Set<string>): void {
  entries.forEach((entry, index) => {
    for (const [field, id] of refs(entry)) {
      if (!known.has(id)) throw kbInvalid(file, `${entryLabel(index, entry)}: ${field}: Unknown id "${id}"`)
    }
  })
}

function checkCountries(file: string, entries: readonly CountryEntry[]): void {
  const known = new Set(worldCountries().map((country) => country.cca3))
  entries.forEach((entry, index) => {
    if (!known.has(entry.id) && entry.name === undefined) {
      throw kbInvalid(file, `${entryLabel(index, entry)}: name: Required for a country world-countries lacks`)
    }
  })
}

function checkOrgs(file: string, entries: readonly OrgEntry[], ids: Set<string>, countries: Set<string>): void {
  checkRefs(
    file,
    entries,
    (entry) => [
      ...(entry.members ?? []).map((member, i): Ref => [
        `members.${i}.member`,
        typeof member === 'string' ? member : member.member,
      ]),
      ...(entry.presidencies ?? []).map((presidency, i): Ref => [`presidencies.${i}.holder`, presidency.holder]),
    ],
    ids,
  )
  entries.forEach((entry, index) => {
    for (const [i, member] of (entry.members ?? []).entries()) {
      if (typeof member !== 'string' && member.from && member.to && member.to < member.from) {
        throw kbInvalid(file, `${entryLabel(index, entry)}: members.${i}.to: Ends before it starts`)
      }
    }
    for (const id of entry.exclude ?? []) {
      if (!countries.has(id)) throw kbInvalid(file, `${entryLabel(index, entry)}: exclude: Unknown id "${id}"`)
    }
  })
}

function unknownRoleTargets(roles: readonly { person: string; of: string }[], ids: Set<string>): string[] {
  return roles
    .filter((role) => !ids.has(role.of))
    .map((role) => `People: ${role.person}: roles.of: Unknown id "${role.of}"`)
}

/** A person's country: the country of their latest role that belongs to a country (of roles starting the same day, the
 * first listed: Charles III is king of the United Kingdom before Canada and Australia). */
function withCountries(entities: readonly KbEntity[], roles: readonly KbRole[], countries: Set<string>): KbEntity[] {
  const latest = new Map<string, KbRole>()
  for (const role of roles) {
    const seen = latest.get(role.person)
    if (countries.has(role.of) && (!seen || (role.from ?? '') > (seen.from ?? ''))) latest.set(role.person, role)
  }
  return entities.map((entity) => {
    const role = entity.kind === 'person' ? latest.get(entity.id) : undefined
    return role ? { ...entity, country: role.of } : entity
  })
}
