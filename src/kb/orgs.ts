/** Organizations from data/kb/organizations.json: names, descriptions, dated memberships, presidencies. */
import type { AliasTable } from './aliases.js'
import { worldCountries } from './countries.js'
import { normalizeSurface } from './normalize.js'
import type { OrgEntry } from './schema.js'
import type { AliasForm, KbEntity, Membership, Presidency } from './types.js'

export interface OrgBuild {
  readonly entities: KbEntity[]
  readonly presidencies: Presidency[]
  /** Lower-case generic description ("the alliance") → organization ids, in file order. */
  readonly descriptors: Map<string, string[]>
}

/** Builds organization entities and adds their surfaces to the alias table. */
export function buildOrgs(entries: readonly OrgEntry[], table: AliasTable): OrgBuild {
  const result: OrgBuild = { entities: [], presidencies: [], descriptors: new Map() }
  for (const entry of entries) {
    const ambiguous = new Map(Object.entries(entry.ambiguous ?? {}).map(([k, v]) => [normalizeSurface(k), v]))
    const surfaces: [string, AliasForm][] = [
      [entry.name, 'name'],
      ...(entry.aliases ?? []).map((s): [string, AliasForm] => [s, 'name']),
      ...(entry.abbreviations ?? []).map((s): [string, AliasForm] => [s, 'abbreviation']),
      ...(entry.descriptions ?? []).map((s): [string, AliasForm] => [s, 'description']),
      ...(entry.metonyms ?? []).map((s): [string, AliasForm] => [s, 'metonym']),
    ]
    for (const [surface, form] of surfaces) {
      table.add(surface, entry.id, 'organization', form, ambiguous.get(normalizeSurface(surface)))
    }
    for (const descriptor of entry.descriptors ?? []) {
      const key = descriptorKey(descriptor)
      result.descriptors.set(key, [...(result.descriptors.get(key) ?? []), entry.id])
    }
    for (const { holder, from, to, note } of entry.presidencies ?? []) {
      result.presidencies.push({ org: entry.id, holder, from, to, ...(note ? { note } : {}) })
    }
    result.entities.push({
      id: entry.id,
      kind: 'organization',
      name: entry.name,
      aliases: [...new Set(surfaces.map(([surface]) => surface))].filter((surface) => surface !== entry.name),
      orgKind: entry.kind,
      ...(entry.partOf ? { partOf: entry.partOf } : {}),
      members: membersOf(entry),
      ...(entry.cameo ? { codes: [{ code: entry.cameo }] } : {}),
      ...(entry.note ? { note: entry.note } : {}),
    })
  }
  return result
}

/** Descriptor keys: lower case, normalized, with "the" ("The alliance" → "the alliance"). */
export function descriptorKey(text: string): string {
  return `the ${normalizeSurface(text).toLowerCase()}`
}

function membersOf(entry: OrgEntry): Membership[] {
  const members: Membership[] = []
  if (entry.generated === 'un-members') {
    const exclude = new Set(entry.exclude ?? [])
    for (const country of worldCountries()) {
      if (country.unMember && !exclude.has(country.cca3)) members.push({ member: country.cca3, org: entry.id })
    }
  }
  for (const member of entry.members ?? []) {
    if (typeof member === 'string') {
      members.push({ member, org: entry.id })
      continue
    }
    const { from, to, status, note } = member
    members.push({
      member: member.member,
      org: entry.id,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(status ? { status } : {}),
      ...(note ? { note } : {}),
    })
  }
  return members
}
