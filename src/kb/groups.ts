/** Non-state groups from data/kb/groups.json: armed groups, militias, parties, movements, cartels. */
import type { AliasTable } from './aliases.js'
import type { DatedActorCode } from './actor-code.js'
import { normalizeSurface } from './normalize.js'
import type { DatedCode, GroupEntry } from './schema.js'
import type { AliasForm, KbEntity, Theatre } from './types.js'

/**
 * Group entities (kind organization, `orgKind` the group's kind) with their surfaces in the alias table. A group
 * with a home country carries it as `country`: the coder codes its events as that country, as CAMEO does.
 */
export function buildGroups(entries: readonly GroupEntry[], table: AliasTable): KbEntity[] {
  return entries.map((entry) => {
    const ambiguous = new Map(Object.entries(entry.ambiguous ?? {}).map(([k, v]) => [normalizeSurface(k), v]))
    const surfaces: [string, AliasForm][] = [
      [entry.name, 'name'],
      ...(entry.aliases ?? []).map((s): [string, AliasForm] => [s, 'name']),
      ...(entry.abbreviations ?? []).map((s): [string, AliasForm] => [s, 'abbreviation']),
    ]
    for (const [surface, form] of surfaces) {
      const reason =
        ambiguous.get(normalizeSurface(surface)) ?? (form === 'abbreviation' ? scopedAcronym(entry) : undefined)
      table.add(surface, entry.id, 'organization', form, reason)
    }
    for (const [surface, window] of Object.entries(entry.datedNames ?? {})) table.date(surface, entry.id, window)
    return {
      id: entry.id,
      kind: 'organization',
      name: entry.name,
      aliases: [...new Set(surfaces.map(([surface]) => surface))].filter((surface) => surface !== entry.name),
      orgKind: entry.kind,
      ...(entry.country ? { country: entry.country } : {}),
      codes: entry.codes.map(datedCode),
      ...(entry.theatre ? { theatre: theatreOf(entry.theatre) } : {}),
      ...(entry.note ? { note: entry.note } : {}),
    }
  })
}

/**
 * A party's acronym is read only in a text naming its country or the party in full: parties of many countries
 * share a few letters ("PDP", "APC", "BNP"), and a text about another country means another party or none.
 */
function scopedAcronym(entry: GroupEntry): string | undefined {
  if (entry.kind !== 'party' || !entry.country) return undefined
  return `a party's acronym: read in a text naming ${entry.country} or the party in full`
}

function theatreOf(theatre: NonNullable<GroupEntry['theatre']>): Theatre {
  return { countries: theatre.countries, ...(theatre.from ? { from: theatre.from } : {}) }
}

export function datedCode(code: DatedCode): DatedActorCode {
  if (typeof code === 'string') return { code }
  return { code: code.code, ...(code.from ? { from: code.from } : {}), ...(code.to ? { to: code.to } : {}) }
}
