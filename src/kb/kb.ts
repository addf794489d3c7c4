/** The loaded knowledge base: Map-backed lookups and dated queries over entities, memberships and roles. */
import { EntenteError } from '../errors.js'
import { codeAt, withSector } from './actor-code.js'
import type { AgentNoun } from './agents.js'
import type { EthnicGroup } from './ethnic-groups.js'
import type { AliasTable } from './aliases.js'
import { isDay, within } from './dates.js'
import { descriptorKey } from './orgs.js'
import { adjectiveKey } from './regions.js'
import { normalizeSurface } from './normalize.js'
import { searchEntities } from './search.js'
import type { TitleTable } from './title-table.js'
import type { AliasHit, EntityKind, KbEntity, KbRole, Membership, Presidency, RegionMatch } from './types.js'

/** Everything the loader assembled, handed to the Kb once. */
export interface KbParts {
  readonly entities: readonly KbEntity[]
  readonly table: AliasTable
  readonly descriptors: Map<string, string[]>
  readonly adjectives: Map<string, RegionMatch>
  readonly regions: Map<string, RegionMatch>
  readonly roles: readonly KbRole[]
  readonly presidencies: readonly Presidency[]
  readonly problems: readonly string[]
  readonly peopleFiles: number
  /** Agent nouns ("police" → COP); absent in hand-made KBs. */
  readonly agents?: ReadonlyMap<string, AgentNoun>
  /** Ethnic and religious groups by normalized surface ("Kurdish", "Kurds"). */
  readonly ethnicGroups?: ReadonlyMap<string, EthnicGroup>
  /** The title table: the KB folder's titles.json, or the package's when the folder has none. */
  readonly titles: TitleTable
}

export interface MembershipOptions {
  /** Every record, past ones too, whatever the date. */
  readonly history?: boolean
  /** Also participants, observers and invitees (the EU in the G7, Saudi Arabia in BRICS). */
  readonly all?: boolean
}

/** Included by default: full members, and members whose participation is frozen or suspended. */
const COUNTED = new Set([undefined, 'frozen', 'suspended'])

function checkDate(date: string | undefined): void {
  if (date !== undefined && !isDay(date)) {
    throw new EntenteError('date.malformed', `Cannot read date "${date}": expected YYYY-MM-DD`, {
      input: date,
      hint: 'Write the date as 2023-04-05',
    })
  }
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item])
  return map
}

function startsOf(agents: ReadonlyMap<string, AgentNoun> | undefined): Map<string, number> {
  const starts = new Map<string, number>()
  for (const noun of agents?.keys() ?? []) {
    const words = noun.split(' ')
    starts.set(words[0]!, Math.max(starts.get(words[0]!) ?? 0, words.length))
  }
  return starts
}

export class Kb {
  /** People files that failed validation and were skipped (the rest of the KB loaded). */
  readonly problems: readonly string[]
  readonly peopleFiles: number
  private readonly byId: Map<string, KbEntity>
  private readonly membersByOrg: Map<string, Membership[]>
  private readonly membersByMember: Map<string, Membership[]>
  private readonly rolesByPerson: Map<string, KbRole[]>
  private readonly rolesByOf: Map<string, KbRole[]>
  private readonly presidenciesByOrg: Map<string, Presidency[]>

  /** The title table the KB compares offices by, which the recognizer and the coder read titles from. */
  readonly titles: TitleTable

  constructor(private readonly parts: KbParts) {
    this.titles = parts.titles
    this.problems = parts.problems
    this.peopleFiles = parts.peopleFiles
    this.byId = new Map(parts.entities.map((entity) => [entity.id, entity]))
    const memberships = parts.entities.flatMap((entity) => entity.members ?? [])
    this.membersByOrg = group(memberships, (membership) => membership.org)
    this.membersByMember = group(memberships, (membership) => membership.member)
    this.rolesByPerson = group(parts.roles, (role) => role.person)
    this.rolesByOf = group(parts.roles, (role) => role.of)
    this.presidenciesByOrg = group(parts.presidencies, (presidency) => presidency.org)
  }

  /** The entity with this id (JPN, NATO, person:…, place:…, region:…). */
  entity(id: string): KbEntity | undefined {
    return this.byId.get(id)
  }

  /** Every entity, or those of one kind, in load order. */
  entities(kind?: EntityKind): KbEntity[] {
    const all = [...this.byId.values()]
    return kind === undefined ? all : all.filter((entity) => entity.kind === kind)
  }

  /** Entities a surface may name: exact alias after normalizing quotes, dots and "the"; the caller strips plurals. */
  lookup(surface: string): readonly AliasHit[] {
    return this.parts.table.lookup(surface)
  }

  /** Every alias as written in the data ("the U.S.", "Nato") with its hits, for a gazetteer or trie; lookup() ignores a leading "the". */
  aliases(): Iterable<[surface: string, hits: readonly AliasHit[]]> {
    return this.parts.table.entries()
  }

  /** Generic descriptions ("the alliance", "the bloc") → candidate organization ids, most likely first. */
  descriptors(): ReadonlyMap<string, readonly string[]> {
    return this.parts.descriptors
  }

  /** Candidates for one description, normalized ("The Alliance" = "alliance" = "the alliance"). */
  descriptor(text: string): readonly string[] {
    return this.parts.descriptors.get(descriptorKey(text)) ?? []
  }

  /** The region an adjective names ("Scandinavian" → region:scandinavia with DNK, NOR, SWE, loosely FIN). */
  regionByAdjective(adjective: string): RegionMatch | undefined {
    return this.parts.adjectives.get(adjectiveKey(adjective))
  }

  /** Members of a region by id. */
  regionMembers(region: string): RegionMatch | undefined {
    return this.parts.regions.get(region)
  }

  /**
   * Members of an organization on `date` (YYYY-MM-DD): from <= date and (no `to` or date <= to).
   * Without a date: the records still open in the KB. Participants, observers and invitees only with `all`.
   */
  membersAt(org: string, date?: string, options: MembershipOptions = {}): Membership[] {
    return this.filter(this.membersByOrg.get(org) ?? [], date, options)
  }

  /** The organizations a country (or organization) belongs to on `date`, under the rules of `membersAt`. */
  membershipsOf(member: string, date?: string, options: MembershipOptions = {}): Membership[] {
    return this.filter(this.membersByMember.get(member) ?? [], date, options)
  }

  /** The roles a person holds on `date`. */
  rolesAt(person: string, date: string): KbRole[] {
    checkDate(date)
    return (this.rolesByPerson.get(person) ?? []).filter((role) => within(date, role))
  }

  /** Every role of a person, in file order. */
  roles(person: string): KbRole[] {
    return this.rolesByPerson.get(person) ?? []
  }

  /** Who held `title` of `of` on `date` ("Foreign Minister" of JPN); titles compare by meaning. */
  peopleWithRole(of: string, title: string, date: string): KbRole[] {
    checkDate(date)
    const wanted = this.titles.office(title)
    return (this.rolesByOf.get(of) ?? []).filter(
      (role) => this.titles.office(role.title) === wanted && within(date, role),
    )
  }

  /** Every role held on `date` for a country or organization (its office holders). */
  officeHoldersAt(of: string, date: string): KbRole[] {
    checkDate(date)
    return (this.rolesByOf.get(of) ?? []).filter((role) => within(date, role))
  }

  /** Entities matching free text, ranked: id, then name, alias, prefix, substring, near spelling. */
  search(text: string, limit?: number): KbEntity[] {
    return searchEntities(this.byId.values(), text, limit)
  }

  /** The ethnic or religious group a name or adjective names ("Kurdish", "Tamils"), with where it lives. */
  ethnicGroup(surface: string): EthnicGroup | undefined {
    return this.parts.ethnicGroups?.get(normalizeSurface(surface))
  }

  /** The agent a lower-case noun phrase names: "police" → COP, "foreign ministry" → GOV. */
  agent(noun: string): AgentNoun | undefined {
    return this.parts.agents?.get(noun)
  }

  /** The most words an agent phrase starting with this lower-case word has ("foreign": 2), 0 for none. */
  agentWords(first: string): number {
    this.agentStarts ??= startsOf(this.parts.agents)
    return this.agentStarts.get(first) ?? 0
  }

  private agentStarts: Map<string, number> | undefined

  /**
   * The CAMEO actor code of an entity on a date, with an agent sector when one is known: a country and "COP" →
   * "IRQCOP"; an organization or group → its own (dated) code, or its id when it has none.
   */
  actorCode(id: string, options: { sector?: string; date?: string } = {}): string {
    const entity = this.byId.get(id)
    const own = codeAt(entity?.codes, options.date) ?? id
    return /^[A-Z]{3}$/.test(own) || entity?.kind === 'country' ? withSector(own, options.sector) : own
  }

  /** Who held the rotating presidency of `org` on `date` (G7, G20, ASEAN, EU Council). */
  presidencyAt(org: string, date: string): string | undefined {
    checkDate(date)
    return (this.presidenciesByOrg.get(org) ?? []).find((presidency) => within(date, presidency))?.holder
  }

  /** Every presidency of an organization, in date order as written. */
  presidencies(org: string): Presidency[] {
    return this.presidenciesByOrg.get(org) ?? []
  }

  /** Counts for `entente kb check`. */
  stats(): Record<string, number> {
    const kinds: Record<string, number> = {}
    for (const entity of this.byId.values()) kinds[entity.kind] = (kinds[entity.kind] ?? 0) + 1
    return {
      ...kinds,
      aliases: this.parts.table.size,
      memberships: [...this.membersByOrg.values()].reduce((sum, list) => sum + list.length, 0),
      roles: this.parts.roles.length,
      presidencies: this.parts.presidencies.length,
      descriptors: this.parts.descriptors.size,
      peopleFiles: this.peopleFiles,
    }
  }

  private filter(list: readonly Membership[], date: string | undefined, options: MembershipOptions): Membership[] {
    checkDate(date)
    return list.filter((membership) => {
      if (!options.all && !COUNTED.has(membership.status)) return false
      if (options.history) return true
      return date === undefined ? membership.to === undefined : within(date, membership)
    })
  }
}
