import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { normalizeSurface } from './normalize.js'
import { defaultKbDir } from './read.js'

/**
 * The one table of person titles (data/kb/titles.json, issue 9), read with the KB (`kb.titles`). Each title a text writes before a name
 * is listed once, with its other spellings and, for an office the KB compares by meaning, that office; the
 * recognizer's titles (`written`) and the KB's offices (`offices`) both derive from it, so a written form has one
 * meaning. Beside them: the modifiers and role nouns the recognizer reads, and the words that make a title before a
 * name for the coder.
 */
const TitleFile = z.object({
  note: z.string().optional(),
  titles: z.array(
    z.object({
      title: z.string().min(1),
      written: z.array(z.string().min(1)).optional(),
      /** false: the title is given only for its other spellings ("Rep."), not read as itself. */
      writtenAsIs: z.boolean().optional(),
      office: z.string().min(1).optional(),
    }),
  ),
  honorifics: z.array(z.string().min(1)),
  offices: z.record(z.string(), z.array(z.string().min(1))),
  modifiers: z.array(z.string().min(1)),
  roleNouns: z.array(z.string().regex(/^[^\sA-Z]+$/, 'a role noun is one lower-case word')),
  beforeName: z.array(z.string().regex(/^[^\sA-Z]+$/, 'a title word is one lower-case word')),
})
type TitleFile = z.infer<typeof TitleFile>

/** A written title as the recognizer matches it: its words, and the title it gives the person. */
export interface WrittenTitle {
  readonly words: readonly string[]
  readonly title: string
}

export interface TitleTable {
  /** Each office the KB compares by meaning, with every other way it is written (lower case). */
  readonly offices: Readonly<Record<string, readonly string[]>>
  /** A title as a text writes it before a name, and the title the recognizer gives the person ('' for an honorific). */
  readonly written: readonly (readonly [phrase: string, title: string])[]
  /** Written titles by their first word without a final period, longest first: one Map look-up per token. */
  readonly byFirst: ReadonlyMap<string, readonly WrittenTitle[]>
  /** The title a written form gives, by its lower case. */
  readonly titleOf: ReadonlyMap<string, string>
  /** Capitalized words a title takes before its head ("Deputy Secretary"), for the recognizer. */
  readonly modifiers: ReadonlySet<string>
  /** Lower-case role nouns that put the name after them in a person's mouth ("spokesman John Kirby"). */
  readonly roleNouns: ReadonlySet<string>
  /** Lower-case words that make a title before a name for the coder ("Vice Foreign Minister Sun Weidong"). */
  readonly beforeName: ReadonlySet<string>
  /** The canonical lower-case office of a title ("Defense Secretary" → "defence minister"), or the title. */
  office(title: string): string
}

/** The tokens a title's words come as: each hyphen and the parts it joins count. */
function tokensOf(words: readonly string[]): number {
  return words.reduce((sum, word) => sum + 2 * word.split('-').length - 1, 0)
}

/** The derived views of a title file; a form with two meanings, or an office not listed, is named. */
function deriveTable(file: TitleFile): TitleTable {
  const meaning = new Map<string, string>()
  const mean = (form: string, what: string): void => {
    const key = form.toLowerCase()
    const other = meaning.get(key)
    if (other !== undefined && other !== what) throw new Error(`"${form}" means both ${other} and ${what}`)
    meaning.set(key, what)
  }
  const written: (readonly [string, string])[] = []
  const offices = new Map(Object.keys(file.offices).map((office) => [office, [] as string[]]))
  for (const { title, written: others = [], writtenAsIs = true, office } of file.titles) {
    const what = office ? `the title ${title} (office ${office})` : `the title ${title}`
    const forms = writtenAsIs ? [title, ...others] : others
    for (const form of forms) {
      mean(form, what)
      written.push([form, title])
    }
    if (!office) continue
    const spellings = offices.get(office)
    if (!spellings) throw new Error(`title ${title}: office "${office}" is not one of offices`)
    for (const form of forms) if (form.toLowerCase() !== office) spellings.push(form.toLowerCase())
  }
  for (const honorific of file.honorifics) {
    mean(honorific, 'an honorific')
    written.push([honorific, ''])
  }
  for (const [office, spellings] of Object.entries(file.offices)) {
    for (const spelling of spellings) mean(spelling, `the office ${office}`)
    offices.get(office)?.push(...spellings)
  }
  const canonical = new Map<string, string>()
  for (const [office, spellings] of offices) {
    canonical.set(office, office)
    for (const spelling of spellings) canonical.set(spelling, office)
  }
  const byFirst = new Map<string, WrittenTitle[]>()
  const longestFirst = written
    .map(([phrase, title]) => ({ words: phrase.split(' '), title }))
    .sort((a, b) => tokensOf(b.words) - tokensOf(a.words))
  for (const entry of longestFirst) {
    // a hyphenated title comes as its parts ("Secretary-General": Secretary, -, General), keyed by the first
    const key = (entry.words[0] ?? '').split('-')[0]!.replace(/\.$/, '')
    byFirst.set(key, [...(byFirst.get(key) ?? []), entry])
  }
  return {
    offices: Object.fromEntries(offices),
    written,
    byFirst,
    titleOf: new Map(written.map(([phrase, title]) => [phrase.toLowerCase(), title])),
    modifiers: new Set(file.modifiers),
    roleNouns: new Set(file.roleNouns),
    beforeName: new Set(file.beforeName),
    office(title) {
      const key = normalizeSurface(title).toLowerCase().replace(/\s+/g, ' ')
      return canonical.get(key) ?? key
    },
  }
}

let shared: TitleTable | undefined

/** The package's title table (data/kb/titles.json); a broken file is named with its problem. */
export function titleTable(): TitleTable {
  shared ??= readTitleTable(join(defaultKbDir(), 'titles.json'))
  return shared
}

/** Reads a title table file; a file that is not JSON or not a title table is named with its problem. */
export function readTitleTable(file: string): TitleTable {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file}: not a title table (${(error as Error).message})`, { cause: error })
  }
  const parsed = TitleFile.safeParse(json)
  if (!parsed.success) {
    const problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`${file}: not a title table (${problem})`)
  }
  try {
    return deriveTable(parsed.data)
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error })
  }
}
