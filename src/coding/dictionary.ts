import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { dataPath } from './data-file.js'
import type { Lexicon } from '../nlp/syntax/index.js'
import { compilePattern, type Element } from './pattern.js'
import { loadObjectBackoff, type ObjectBackoff } from './object-backoff.js'
import { phrasalEntries, readPhrasalVerbs } from './phrasal.js'

export { compilePattern, type Element } from './pattern.js'

const Expect = z.object({
  source: z.string().nullable().optional(),
  target: z.string().nullable().optional(),
  code: z.string().regex(/^\d{2,4}$/),
  negated: z.boolean().optional(),
  modality: z.enum(['asserted', 'intent', 'reported', 'hypothetical']).optional(),
})

const Entry = z.object({
  pattern: z.string().min(1),
  code: z.string().regex(/^\d{2,4}$/),
  /** A nominal event ("the invasion of $TARGET"): the head must be a noun and the source is its possessor. */
  noun: z.boolean().optional(),
  /** Coordinated subjects with no target act on each other ("India and China held talks"). */
  mutual: z.boolean().optional(),
  /**
   * The head's default code: tried only when no other entry of the head matches at the token, coded less surely.
   * Its pattern is the head alone or head + optional preposition + `$TARGET?` (or `$TARGET`).
   */
  default: z.boolean().optional(),
  /**
   * Only an armed force does it: the doer must be troops, fighters or an armed group ("Russian forces poured into
   * Ukraine", "Iraqi troops fled Kuwait"), never refugees, tourists or a state named alone (src/coding/armed-actor.ts).
   */
  armed: z.boolean().optional(),
  /**
   * Only an actor does it: in the active voice the subject must be an actor or agents of some side ("Police barred
   * …"); a cause as the subject ("High prices stopped Kenyan students from …") codes nothing (src/coding/doer.ts).
   */
  doer: z.boolean().optional(),
  /** Entries of a head are tried by priority (higher first), then by length. */
  priority: z.number().int().optional(),
  example: z.string().min(1),
  expect: Expect,
  /** A sentence of ours where the entry must not fire: a plausible misuse its exclusions or part of speech keep out. */
  counter: z.string().min(1).optional(),
  note: z.string().optional(),
})

const DICTIONARY_VERSION = 'entente dictionary 2'

/** A dictionary file: its entries are checked one by one, so that an error can name the entry. */
const DictionaryFile = z.object({ version: z.literal(DICTIONARY_VERSION), entries: z.array(z.unknown()) })

export type VerbEntry = z.infer<typeof Entry>

/** Where an entry was read: named in load errors. */
export interface EntryOrigin {
  readonly file: string
  /** 1-based position in the file's entry list. */
  readonly number: number
}

export interface CompiledEntry {
  readonly entry: VerbEntry
  readonly elements: readonly Element[]
  /** Words that must match: longer patterns are tried first. */
  readonly weight: number
}

export interface VerbDictionary {
  /** The entries as written (the phrasal verbs' readings of another verb's entries are in `byHead` only). */
  readonly entries: readonly CompiledEntry[]
  /**
   * Entries by each lemma their head word accepts: one Map lookup per token. Ordered by priority, then weight;
   * a head's default entries come last.
   */
  readonly byHead: ReadonlyMap<string, readonly CompiledEntry[]>
  /**
   * Class-level object back-off rules by head word (data/coding/object-backoff.json), tried when no entry of the head
   * matches: the package's dictionary has them, a dictionary given in its place does not.
   */
  readonly byObjectClass?: ObjectBackoff
  /**
   * The phrasal verbs the entries head ("back out", "crack down": lemma, space, particle). Such a particle right after
   * its verb makes another verb of it: the entries of the bare verb do not match there (word-sense.ts).
   */
  readonly phrasal?: ReadonlySet<string>
}

/**
 * The pattern of a default entry: the head alone, or head + optional preposition + `$TARGET?` — or `$TARGET`, for a
 * verb whose one meaning needs an actor as its object ("repel $TARGET"); exclusions
 * ("!off", "!&C_NONWAR_KIND") may stand anywhere, as they match nothing themselves.
 */
function defaultShapeProblem(elements: readonly Element[]): string | undefined {
  const [, second, third, ...rest] = elements.filter((e) => e.kind !== 'exclude')
  const target = (e: Element | undefined) => e?.kind === 'slot' && e.role === 'target'
  const problem = 'a default is the head alone or head + optional preposition + $TARGET? (or $TARGET)'
  if (rest.length) return problem
  if (second === undefined) return undefined
  if (third === undefined && target(second)) return undefined
  if (second.kind === 'word' && second.optional && target(third)) return undefined
  return problem
}

/** Words that must match, counted as `CompiledEntry.weight` (the class rules of object-backoff.ts count the same). */
export function weightOf(elements: readonly Element[]): number {
  let weight = 0
  for (const e of elements) {
    // a phrasal head's particle is a required word of its own
    if (e.kind === 'word' && e.particles) weight += 1
    if (e.kind === 'word') weight += e.optional ? 0.25 : 1
    else if (e.kind === 'slot') weight += e.optional ? 0.25 : e.kinds ? 1 : 0.5
    else if (e.kind === 'group') weight += e.optional ? 0.25 : Math.min(...e.alternatives.map(weightOf))
  }
  return weight
}

/** The folder of dictionary files, one per CAMEO root (data/coding/dictionary/NN-<root-name>.json). */
export const DICTIONARY_DIR = dataPath('dictionary')

/** A bad entry, named as `FILE: entry N ("pattern"): problem`. */
export class DictionaryError extends Error {
  constructor(origin: EntryOrigin | undefined, pattern: string | undefined, problem: string) {
    const where = origin
      ? `${origin.file}: entry ${origin.number}${pattern === undefined ? '' : ` ("${pattern}")`}: `
      : ''
    super(`${where}${problem}`)
    this.name = 'DictionaryError'
  }
}

function zodProblem(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`).join('; ')
}

/** Reads one dictionary file; every entry is checked and a bad one named by file and number. */
export function readDictionaryFile(path: string, name = path): { entry: VerbEntry; origin: EntryOrigin }[] {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw new DictionaryError(undefined, undefined, `${name}: cannot read the file: ${(error as Error).message}`)
  }
  const file = DictionaryFile.safeParse(json)
  if (!file.success)
    throw new DictionaryError(undefined, undefined, `${name}: not a dictionary file (${zodProblem(file.error)})`)
  return parseEntries(file.data.entries, name)
}

/** Checks raw entries (as a dictionary file holds them), naming a bad one by `name` and number. */
export function parseEntries(raw: readonly unknown[], name: string): { entry: VerbEntry; origin: EntryOrigin }[] {
  return raw.map((item, i) => {
    const origin = { file: name, number: i + 1 }
    const parsed = Entry.safeParse(item)
    if (!parsed.success) {
      const pattern = (item as { pattern?: unknown } | null)?.pattern
      throw new DictionaryError(origin, typeof pattern === 'string' ? pattern : undefined, zodProblem(parsed.error))
    }
    return { entry: parsed.data, origin }
  })
}

/**
 * Reads every `*.json` file of a dictionary folder, in file-name order (NN-… sorts by CAMEO root), so that the
 * order among entries of equal weight never depends on how the file system lists the folder.
 */
export function readDictionaryDir(dir = DICTIONARY_DIR): { entry: VerbEntry; origin: EntryOrigin }[] {
  const names = dictionaryFiles(dir)
  if (!names.length) throw new DictionaryError(undefined, undefined, `${dir}: no dictionary files (*.json)`)
  return names.flatMap((name) => readDictionaryFile(join(dir, name), name))
}

/** The dictionary files of a folder (`*.json`), in file-name order. */
function dictionaryFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
}

/**
 * The version of a dictionary folder's content: a digest of each file's name and text, in file-name order. The file
 * format's version says how entries are written, not which: events kept from an earlier run (the growth bench's
 * filled store) were coded by the dictionary of this digest, and are stale under another.
 */
export function dictionaryVersion(dir = DICTIONARY_DIR): string {
  const hash = createHash('sha256')
  for (const name of dictionaryFiles(dir)) hash.update(`${name}\n`).update(readFileSync(join(dir, name)))
  return hash.digest('hex').slice(0, 16)
}

export interface LoadOptions {
  /** Where each entry was read (same order as the entries): named in errors. */
  readonly origins?: readonly (EntryOrigin | undefined)[]
  /** Word classes for `&CLASS` (by default data/coding/lexicon/). */
  readonly lexicon?: Lexicon
}

/** Compiles and indexes dictionary entries (by default every file of data/coding/dictionary/). */
export function loadVerbDictionary(entries?: readonly VerbEntry[], options: LoadOptions = {}): VerbDictionary {
  let list = entries
  let where = options.origins
  const byObjectClass = list ? undefined : new Map(loadObjectBackoff(options.lexicon))
  if (!list) {
    const read = readDictionaryDir()
    list = read.map((x) => x.entry)
    where = read.map((x) => x.origin)
  }
  const compiled: CompiledEntry[] = []
  const seen = new Map<string, EntryOrigin | undefined>()
  const defaults = new Map<string, EntryOrigin | undefined>()
  for (const [i, entry] of list.entries()) {
    const origin = where?.[i]
    const fail = (problem: string) => new DictionaryError(origin, entry.pattern, problem)
    const place = (at: EntryOrigin | undefined) => (at ? ` (also ${at.file}: entry ${at.number})` : '')
    if (seen.has(entry.pattern))
      throw fail(`the pattern appears twice in the dictionary${place(seen.get(entry.pattern))}`)
    seen.set(entry.pattern, origin)
    let elements: Element[]
    try {
      elements = compilePattern(entry.pattern, options.lexicon)
    } catch (error) {
      throw fail((error as Error).message)
    }
    if (entry.default) {
      const problem = defaultShapeProblem(elements)
      if (problem) throw fail(problem)
      const head = elements[0] as Extract<Element, { kind: 'word' }>
      const pos = head.pos ?? (entry.noun ? 'NOUN' : 'VERB')
      const particles = head.particles ? `+${[...head.particles].join('|')}` : ''
      for (const word of head.words) {
        const key = `${word}${particles}/${pos}`
        if (defaults.has(key)) throw fail(`a second default for ${key}${place(defaults.get(key))}`)
        defaults.set(key, origin)
      }
    }
    compiled.push({ entry, elements, weight: weightOf(elements) })
  }
  const byHead = new Map<string, CompiledEntry[]>()
  const phrasal = new Set<string>()
  const file = (items: readonly CompiledEntry[]) => {
    for (const item of items) {
      const head = item.elements[0]
      if (head?.kind !== 'word') continue
      for (const particle of head.particles ?? []) for (const word of head.words) phrasal.add(`${word} ${particle}`)
      for (const word of head.words) {
        const bucket = byHead.get(word) ?? []
        bucket.push(item)
        byHead.set(word, bucket)
      }
    }
  }
  file(compiled)
  // the package's phrasal verbs read as another verb ("order out" as "expel"): data/coding/phrasal-verbs.json
  if (byObjectClass) {
    const verbs = readPhrasalVerbs()
    // filed under their heads only: `entries` are the written ones, whose examples the tests code
    file(phrasalEntries(verbs, byHead, options.lexicon))
    // "sent in paratroopers to Kazakhstan": the class rules of the verb a phrasal verb stands for
    for (const rule of phrasalEntries(verbs, byObjectClass, options.lexicon, false)) {
      const head = rule.elements[0]
      if (head?.kind !== 'word') continue
      for (const word of head.words) byObjectClass.set(word, [...(byObjectClass.get(word) ?? []), rule])
    }
  }
  // stable: among entries of equal rank, the earlier file (lower root) and the earlier entry come first
  for (const bucket of byHead.values()) bucket.sort(byRank)
  return byObjectClass ? { entries: compiled, byHead, byObjectClass, phrasal } : { entries: compiled, byHead, phrasal }
}

/** Defaults last; then higher priority first; then longer patterns first. */
function byRank(a: CompiledEntry, b: CompiledEntry): number {
  return (
    Number(!!a.entry.default) - Number(!!b.entry.default) ||
    (b.entry.priority ?? 0) - (a.entry.priority ?? 0) ||
    b.weight - a.weight
  )
}
