/** `entente kb show|search|check`: look into the knowledge base from the command line. */
import type { Command } from 'commander'
import { EntenteError } from '../errors.js'
import { isDay, loadKb, type Kb, type KbEntity, type KbRole, type Membership } from '../kb/index.js'

export interface ShowResult {
  readonly entity: KbEntity
  readonly at: string
  /** Other entities the query could name, when it was an ambiguous alias. */
  readonly alternatives: readonly string[]
  readonly members?: readonly Membership[]
  readonly presidency?: string
  readonly memberships?: readonly Membership[]
  readonly officeHolders?: readonly KbRole[]
  readonly roles?: readonly KbRole[]
  readonly regionMembers?: readonly string[]
}

function checkAt(at: string): string {
  if (!isDay(at)) {
    throw new EntenteError('date.malformed', `Cannot read --at "${at}": expected a date like 2023-04-05`, {
      input: at,
      hint: 'Write the date as YYYY-MM-DD',
    })
  }
  return at
}

/** The entity an id or name stands for: an id first (any case), then an alias; the rest of an alias's hits as alternatives. */
export function resolveEntity(kb: Kb, query: string): { entity: KbEntity; alternatives: string[] } {
  const direct = kb.entity(query) ?? kb.entity(query.toUpperCase())
  if (direct) return { entity: direct, alternatives: [] }
  const ids = [...new Set(kb.lookup(query).map((hit) => hit.entity))]
  const entity = ids.map((id) => kb.entity(id)).find((found) => found !== undefined)
  if (!entity) {
    throw new EntenteError('kb.unknown', `Cannot find "${query}" in the knowledge base`, {
      input: query,
      hint: `Try \`entente kb search ${JSON.stringify(query)}\` to find its id`,
    })
  }
  return { entity, alternatives: ids.filter((id) => id !== entity.id) }
}

/** Everything `kb show` prints for one entity at a date (YYYY-MM-DD). */
export function showEntity(kb: Kb, query: string, options: { at: string }): ShowResult {
  const at = checkAt(options.at)
  const { entity, alternatives } = resolveEntity(kb, query)
  return describe(kb, entity, at, alternatives)
}

function describe(kb: Kb, entity: KbEntity, at: string, alternatives: string[]): ShowResult {
  const base = { entity, at, alternatives }
  switch (entity.kind) {
    case 'organization': {
      const presidency = kb.presidencyAt(entity.id, at)
      return { ...base, members: kb.membersAt(entity.id, at, { all: true }), ...(presidency ? { presidency } : {}) }
    }
    case 'country':
      return { ...base, memberships: kb.membershipsOf(entity.id, at), officeHolders: kb.officeHoldersAt(entity.id, at) }
    case 'person':
      return { ...base, roles: kb.roles(entity.id) }
    case 'region':
      return { ...base, regionMembers: kb.regionMembers(entity.id)?.members ?? [] }
    default:
      return base
  }
}

function dated(item: { from?: string; to?: string }): string {
  if (!item.from && !item.to) return ''
  return ` (${item.from ?? '…'} – ${item.to ?? ''})`.replace(' – )', ' –)')
}

/** `kb show` as text, one fact a line. */
export function formatShow(result: ShowResult, kb: Kb): string {
  const { entity } = result
  const name = (id: string) => kb.entity(id)?.name ?? id
  const lines = [`${entity.id}  ${entity.name}  (${entity.orgKind ?? entity.kind})`]
  if (entity.aliases.length > 0) lines.push(`aliases: ${entity.aliases.join(', ')}`)
  if (entity.country) lines.push(`country: ${entity.country} (${name(entity.country)})`)
  if (entity.capitals) lines.push(`capitals: ${entity.capitals.map(name).join(', ')}`)
  if (entity.seatOf) lines.push(`seat of: ${entity.seatOf.join(', ')}`)
  if (entity.note) lines.push(`note: ${entity.note}`)
  if (result.alternatives.length > 0) lines.push(`also named so: ${result.alternatives.join(', ')}`)
  if (result.members) {
    const full = result.members.filter((member) => member.status === undefined).length
    lines.push(
      `members on ${result.at}: ${full}${full === result.members.length ? '' : ` (+${result.members.length - full} other)`}`,
    )
    for (const member of result.members) {
      const status = member.status ? ` [${member.status}]` : ''
      lines.push(`  ${member.member}  ${name(member.member)}${dated(member)}${status}`)
    }
  }
  if (result.presidency) lines.push(`presidency on ${result.at}: ${result.presidency} (${name(result.presidency)})`)
  if (result.memberships) {
    lines.push(`memberships on ${result.at}: ${result.memberships.map((m) => m.org).join(', ') || 'none'}`)
  }
  if (result.officeHolders) {
    lines.push(`office holders on ${result.at}: ${result.officeHolders.length}`)
    for (const role of result.officeHolders) lines.push(`  ${role.title}: ${name(role.person)} (${role.person})`)
  }
  if (result.roles) for (const role of result.roles) lines.push(`  ${role.title} of ${role.of}${dated(role)}`)
  if (result.regionMembers) lines.push(`members: ${result.regionMembers.join(', ') || 'none listed'}`)
  return lines.join('\n')
}

/** `kb search` as text: id, kind and name per line. */
export function formatSearch(entities: readonly KbEntity[]): string {
  return entities.map((entity) => `${entity.id}\t${entity.kind}\t${entity.name}`).join('\n')
}

/** Today as YYYY-MM-DD (UTC), the default for --at. */
function today(): string {
  return new Date().toISOString().slice(0, 10)
}

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
}

/** Registers `entente kb …`. */
export function registerKb(program: Command): void {
  const kb = program.command('kb').description('look into the knowledge base: countries, organizations, people')
  kb.command('show <id-or-name>')
    .description('an entity with its aliases, and its members, memberships, office holders or roles at a date')
    .option('--at <date>', 'the date (YYYY-MM-DD) for members and roles; default today')
    .option('--json', 'print JSON')
    .option('--kb <dir>', 'a knowledge-base folder other than data/kb')
    .action((query: string, options: { at?: string; json?: boolean; kb?: string }) => {
      const base = loadKb(options.kb)
      const result = showEntity(base, query, { at: options.at ?? today() })
      print(options.json ? JSON.stringify(result, null, 2) : formatShow(result, base))
    })
  kb.command('search <text>')
    .description('entities whose id, name or alias matches the text, best first')
    .option('--json', 'print JSON')
    .option('--kb <dir>', 'a knowledge-base folder other than data/kb')
    .action((text: string, options: { json?: boolean; kb?: string }) => {
      const found = loadKb(options.kb).search(text)
      print(options.json ? JSON.stringify(found, null, 2) : formatSearch(found) || `No entity matches "${text}"`)
    })
  kb.command('import <file>')
    .description(
      'convert a Phoenix/TABARI actor dictionary into a people file (an agents dictionary into an agents file) that --kb reads, reporting what could not be',
    )
    .requiredOption('--from <format>', 'the format of FILE: phoenix (e.g. Phoenix.Countries.actors.txt)')
    .option('--out <file>', 'the people file to write (default: phoenix-people.json)', 'phoenix-people.json')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options: { from: string; out: string; json?: boolean }) => {
      if (options.from !== 'phoenix') {
        throw new EntenteError('usage', `Cannot import from "${options.from}": the one format known is phoenix`)
      }
      const { importPhoenixActors, formatPhoenixImport } = await import('../kb/write-import.js')
      const countries = new Set(
        loadKb()
          .entities('country')
          .map((entity) => entity.id),
      )
      const result = importPhoenixActors(file, options.out, countries)
      if (!options.json) return print(formatPhoenixImport(result, options.out))
      const counts =
        'agents' in result ? { agents: result.agents.length } : { people: result.people.length, roles: result.roles }
      const report = { out: options.out, read: result.read, ...counts, skipped: Object.fromEntries(result.skipped) }
      print(JSON.stringify(report, null, 2))
    })
  kb.command('check')
    .description('load and validate every knowledge-base file, and print counts')
    .option('--json', 'print JSON')
    .option('--kb <dir>', 'a knowledge-base folder other than data/kb')
    .action((options: { json?: boolean; kb?: string }) => {
      const base = loadKb(options.kb)
      const stats = base.stats()
      print(options.json ? JSON.stringify({ ...stats, problems: base.problems }, null, 2) : formatStats(stats))
      for (const problem of base.problems) process.stderr.write(`entente: ${problem}\n`)
      if (base.problems.length > 0) process.exitCode = 1
    })
}

function formatStats(stats: Record<string, number>): string {
  return Object.entries(stats)
    .map(([key, value]) => `${key.padEnd(14)}${value}`)
    .join('\n')
}
