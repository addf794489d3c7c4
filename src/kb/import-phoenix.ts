/**
 * Converts a Phoenix/TABARI actor dictionary (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt) into
 * a people file of our KB (data/kb/people/*.json): each record with dated role codes (`[USAGOV 010120-090120]`) is
 * a person whose offices are the dated roles of a country. What has no place in our people files is reported, by
 * reason with examples: country-level records (the KB has its own countries), elite and other non-office codes,
 * codes of organizations, undated roles, synonyms carrying a title (our recognizer reads titles itself).
 */
import { Tally, type ImportIssue } from '../import-tally.js'
import { isPartialDate } from './dates.js'
import { normalizeSurface } from './normalize.js'

/** A person as the people files hold one. */
export interface ImportedPerson {
  id: string
  name: string
  aliases?: string[]
  roles: { title: string; of: string; from: string; to?: string; note: string }[]
}

export interface PhoenixImport {
  readonly people: readonly ImportedPerson[]
  readonly read: { records: number; synonyms: number; restrictions: number }
  readonly roles: number
  readonly skipped: ReadonlyMap<string, ImportIssue>
}

interface PhoenixRecord {
  readonly names: string[]
  readonly code?: string
  readonly restrictions: { code: string; dates: string; line: number }[]
  readonly line: number
}

/** Sectors that are offices, and the title each role gets; the full Phoenix code stays in the role's note. */
const OFFICE_TITLES: readonly [prefix: string, title: string][] = [
  ['GOVMIL', 'Military official'],
  ['GOVLEG', 'Legislator'],
  ['GOVJUD', 'Judicial official'],
  ['GOVCOP', 'Police official'],
  ['GOV', 'Government official'],
  ['MIL', 'Military official'],
  ['LEG', 'Legislator'],
  ['JUD', 'Judicial official'],
  ['COP', 'Police official'],
  ['SPY', 'Intelligence official'],
]

/** Words that make a synonym a title or an office rather than a name ("PRESIDENT_BARACK_OBAMA", "OBAMA_ADMINISTRATION"). */
const TITLE_WORDS = new Set(
  'PRESIDENT PRESIDENT-ELECT MINISTER ADMINISTRATION GOVERNMENT REGIME CABINET SENATOR GOVERNOR VICE VICE-PRESIDENT MR MR. MRS MRS. MS KING QUEEN PRIME SECRETARY SECRETARY-GENERAL GENERAL GEN. CHANCELLOR PREMIER AMBASSADOR THE LEADER CHIEF SHEIKH EMIR PRINCE DR DR.'.split(
    ' ',
  ),
)

/** Reads the records: a phrase (maybe `[CODE]`), `+` synonyms, tab-indented `[CODE dates]` restrictions. */
export function readPhoenixActors(text: string): PhoenixRecord[] {
  const records: PhoenixRecord[] = []
  let current: PhoenixRecord | undefined
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    const content = raw.replace(/[#;].*$/, '').trimEnd()
    if (!content.trim()) return
    if (/^\s/.test(content)) {
      const restriction = /\[\s*([^\s\]]*)\s*([^\]]*)\]/.exec(content)
      if (current && restriction)
        current.restrictions.push({ code: restriction[1]!, dates: restriction[2]!.trim(), line })
      return
    }
    const code = /\[([^\]]*)\]/.exec(content)?.[1]?.trim()
    const phrase = content.replace(/\[[^\]]*\]/, '').trim()
    if (phrase.startsWith('+') && current) {
      current.names.push(phrase.slice(1).trim())
      return
    }
    current = { names: [phrase], ...(code ? { code } : {}), restrictions: [], line }
    records.push(current)
  })
  return records
}

/** "GEORGE_W._BUSH_" → "George W. Bush". */
function nameOf(phrase: string): string {
  return phrase
    .replace(/_+$/, '')
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
    .map((word) => word.replace(/-(\p{L})/gu, (_, letter: string) => `-${letter.toUpperCase()}`))
    .join(' ')
}

/** "person:george-w-bush": ascii letters and digits between hyphens. */
function personId(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `person:${slug}`
}

/** YYMMDD (00–30 → 20YY, else 19YY, as TABARI reads it) or YYYYMMDD → YYYY-MM-DD, or undefined. */
function isoDate(value: string): string | undefined {
  const digits = value.trim()
  let year: number
  let rest: string
  if (/^\d{8}$/.test(digits)) {
    year = Number(digits.slice(0, 4))
    rest = digits.slice(4)
  } else if (/^\d{6}$/.test(digits)) {
    const yy = Number(digits.slice(0, 2))
    year = yy <= 30 ? 2000 + yy : 1900 + yy
    rest = digits.slice(2)
  } else return undefined
  const iso = `${year}-${rest.slice(0, 2)}-${rest.slice(2)}`
  return isPartialDate(iso) ? iso : undefined
}

/** Converts the records; `countries` says which three-letter codes are countries of our KB. */
export function convertPhoenix(records: readonly PhoenixRecord[], countries: ReadonlySet<string>): PhoenixImport {
  const skipped = new Tally()
  const byId = new Map<string, ImportedPerson>()
  let roles = 0
  for (const record of records) {
    const where = `line ${record.line}: ${record.names[0]}`
    const dated = record.restrictions.filter((r) => r.dates !== '')
    if (!dated.length) {
      skipped.add(
        record.code && countries.has(record.code)
          ? 'country-level record (the KB has its own countries and their names)'
          : 'record with no dated role (a title, a description or an organization)',
        `${where}${record.code ? ` [${record.code}]` : ''}`,
      )
      continue
    }
    const name = nameOf(record.names[0]!)
    const id = personId(name)
    const person = byId.get(id) ?? { id, name, roles: [] }
    for (const restriction of dated) {
      const role = roleOf(restriction, countries, skipped)
      if (role) person.roles.push(role)
    }
    if (!person.roles.length) {
      skipped.add('person with no office among their roles', where)
      continue
    }
    const aliases = new Set(person.aliases ?? [])
    for (const synonym of record.names.slice(1)) {
      const words = synonym.replace(/_+$/, '').split(/[_\s]+/)
      if (words.some((word) => TITLE_WORDS.has(word.toUpperCase())))
        skipped.add(
          'synonym with a title or office word (our recognizer reads titles itself)',
          `line ${record.line}: +${synonym}`,
        )
      else if (normalizeSurface(nameOf(synonym)) !== normalizeSurface(name)) aliases.add(nameOf(synonym))
    }
    if (aliases.size) person.aliases = [...aliases]
    byId.set(id, person)
  }
  for (const person of byId.values()) roles += person.roles.length
  return {
    people: [...byId.values()],
    read: {
      records: records.length,
      synonyms: records.reduce((n, r) => n + r.names.length - 1, 0),
      restrictions: records.reduce((n, r) => n + r.restrictions.length, 0),
    },
    roles,
    skipped: skipped.issues,
  }
}

function roleOf(
  restriction: { code: string; dates: string; line: number },
  countries: ReadonlySet<string>,
  skipped: Tally,
): ImportedPerson['roles'][number] | undefined {
  const { code, dates, line } = restriction
  const example = `line ${line}: [${code} ${dates}]`
  const country = code.slice(0, 3)
  if (!countries.has(country)) {
    skipped.add(
      code.startsWith('IGO') || code.startsWith('NGO')
        ? 'role code of an organization (no map from Phoenix codes to our organization ids)'
        : 'role code of no country our KB has',
      example,
    )
    return undefined
  }
  const sector = code.slice(3)
  const title = OFFICE_TITLES.find(([prefix]) => sector.startsWith(prefix))?.[1]
  if (!title) {
    skipped.add(
      sector.startsWith('ELI')
        ? 'elite (ELI): not an office, acts for no government'
        : 'other sector (opposition, rebels, territories, none): not an office of the country',
      example,
    )
    return undefined
  }
  const after = /^>\s*(\d+)$/.exec(dates)
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(dates)
  const from = after ? isoDate(after[1]!) : range ? isoDate(range[1]!) : undefined
  const to = range ? isoDate(range[2]!) : undefined
  if (!from || (range && !to)) {
    skipped.add(dates.startsWith('<') ? 'role with no start (<date)' : 'date we cannot read', example)
    return undefined
  }
  if (to && to < from) {
    skipped.add('role that ends before it starts', example)
    return undefined
  }
  return { title, of: country, from, ...(to ? { to } : {}), note: `Phoenix ${code} ${dates}` }
}

/** An agent noun entry as data/kb/agents.json holds one. */
export interface ImportedAgent {
  nouns: string[]
  sector: string
  note: string
}

export interface PhoenixAgentsImport {
  readonly agents: readonly ImportedAgent[]
  readonly read: { lines: number }
  readonly skipped: ReadonlyMap<string, ImportIssue>
}

/** Whether a Phoenix file is an agents dictionary: its codes say which side of the actor code they go (`~GOV`). */
export function isAgentsDictionary(text: string): boolean {
  const codes = text.match(/\[[^\]\s]*\]/g) ?? []
  return codes.length > 0 && codes.filter((code) => code.includes('~')).length * 2 > codes.length
}

/** "MINISTER" → "MINISTERS", "DEPUTY" → "DEPUTIES", "BOSS" → "BOSSES", as TABARI makes regular plurals. */
function plural(noun: string): string {
  if (noun.endsWith('y')) return `${noun.slice(0, -1)}ies`
  if (noun.endsWith('ss')) return `${noun}es`
  return `${noun}s`
}

/**
 * Converts a Phoenix agents dictionary (`FOREIGN_MINISTER [~GOV]`, `TROOP {} [~MIL]`, `!PERSON!` substitutions)
 * into agent nouns; `sectors` are the CAMEO sector codes our KB knows.
 */
export function convertPhoenixAgents(text: string, sectors: ReadonlySet<string>): PhoenixAgentsImport {
  const skipped = new Tally()
  const substitutions = new Map<string, string[]>()
  const agents: ImportedAgent[] = []
  const seen = new Set<string>()
  let lines = 0
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw
      .replace(/<!--.*?-->/g, '')
      .replace(/#.*$/, '')
      .trim()
    if (!line) return
    lines++
    const where = `line ${index + 1}: ${line}`
    const definition = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line)
    if (definition) {
      substitutions.set(
        definition[1]!,
        definition[2]!.split(',').map((item) => item.trim()),
      )
      return
    }
    const parsed = /^(.+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]/.exec(line)
    if (!parsed) return skipped.add('line of no known kind', where)
    const [, written = '', given, code = ''] = parsed
    // a final _ only says the phrase ends there
    const phrase = written.replace(/_+$/, '')
    const sectorCode = code.startsWith('~') ? code.slice(1) : code.endsWith('~') ? code.slice(0, -1) : ''
    const sector = sectorCode.slice(0, 3)
    if (!sectors.has(sector)) return skipped.add('code of no CAMEO sector our KB knows', where)
    // "CONGRESS!PERSON!": one noun per item of the substitution, taken as written (no plural made)
    const marker = /![A-Z]+!/.exec(phrase)?.[0]
    const items = marker ? substitutions.get(marker) : undefined
    if (marker && !items) return skipped.add('substitution marker not defined', where)
    const forms = items
      ? items.map((item) => phrase.replace(marker!, item))
      : [phrase, ...(given === undefined ? [plural(phrase.toLowerCase())] : given.trim() ? [given] : [])]
    const nouns = [...new Set(forms.map((form) => form.toLowerCase().replace(/_+/g, ' ').trim()))]
    if (!nouns.every((noun) => /^[a-z][a-z' -]*$/.test(noun)))
      return skipped.add('noun our KB cannot hold (digits, dots, symbols)', where)
    const fresh = nouns.filter((noun) => !seen.has(noun))
    if (!fresh.length) return skipped.add('duplicate noun', where)
    for (const noun of fresh) seen.add(noun)
    if (sectorCode.length > 3) skipped.add('sector narrowed to its first code (GOVMED → GOV)', where)
    agents.push({ nouns: fresh, sector, note: `Phoenix [${code}]` })
  })
  return { agents, read: { lines }, skipped: skipped.issues }
}
