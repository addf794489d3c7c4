import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { dataPath } from './data-file.js'

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
  example: z.string().min(1),
  expect: Expect,
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

/** One element of a compiled pattern: a word (any of several lemmas, maybe optional) or an actor slot. */
export type Element =
  | { readonly kind: 'word'; readonly words: ReadonlySet<string>; readonly optional: boolean }
  | { readonly kind: 'slot'; readonly role: 'source' | 'target' }

export interface CompiledEntry {
  readonly entry: VerbEntry
  readonly elements: readonly Element[]
  /** Words that must match: longer patterns are tried first. */
  readonly weight: number
}

export interface VerbDictionary {
  readonly entries: readonly CompiledEntry[]
  /** Entries by each lemma their head word accepts: one Map lookup per token. */
  readonly byHead: ReadonlyMap<string, readonly CompiledEntry[]>
}

/** Parses "impose sanction|embargo on $TARGET" into elements; the first element must be a required word. */
export function compilePattern(pattern: string): Element[] {
  const elements = pattern
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      if (part === '$TARGET' || part === '$SOURCE')
        return { kind: 'slot', role: part === '$TARGET' ? 'target' : 'source' }
      if (!/^[a-z'’-]+(\|[a-z'’-]+)*\??$/.test(part)) throw new Error(`Pattern "${pattern}": cannot read "${part}"`)
      const optional = part.endsWith('?')
      return { kind: 'word', words: new Set((optional ? part.slice(0, -1) : part).split('|')), optional }
    })
  const head = elements[0]
  if (!head || head.kind !== 'word' || head.optional) throw new Error(`Pattern "${pattern}" must start with a word`)
  return elements
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
  return file.data.entries.map((raw, i) => {
    const origin = { file: name, number: i + 1 }
    const parsed = Entry.safeParse(raw)
    if (!parsed.success) {
      const pattern = (raw as { pattern?: unknown } | null)?.pattern
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
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
  if (!names.length) throw new DictionaryError(undefined, undefined, `${dir}: no dictionary files (*.json)`)
  return names.flatMap((name) => readDictionaryFile(join(dir, name), name))
}

/**
 * Compiles and indexes dictionary entries (by default every file of data/coding/dictionary/). `origins`, when
 * given, names where each entry was read in errors.
 */
export function loadVerbDictionary(
  entries?: readonly VerbEntry[],
  origins?: readonly (EntryOrigin | undefined)[],
): VerbDictionary {
  let list = entries
  let where = origins
  if (!list) {
    const read = readDictionaryDir()
    list = read.map((x) => x.entry)
    where = read.map((x) => x.origin)
  }
  const compiled: CompiledEntry[] = []
  const seen = new Map<string, EntryOrigin | undefined>()
  for (const [i, entry] of list.entries()) {
    const origin = where?.[i]
    if (seen.has(entry.pattern)) {
      const first = seen.get(entry.pattern)
      const also = first ? ` (also ${first.file}: entry ${first.number})` : ''
      throw new DictionaryError(origin, entry.pattern, `the pattern appears twice in the dictionary${also}`)
    }
    seen.set(entry.pattern, origin)
    let elements: Element[]
    try {
      elements = compilePattern(entry.pattern)
    } catch (error) {
      throw new DictionaryError(origin, entry.pattern, (error as Error).message)
    }
    const weight = elements.reduce((sum, e) => sum + (e.kind === 'word' ? (e.optional ? 0.25 : 1) : 0.5), 0)
    compiled.push({ entry, elements, weight })
  }
  const byHead = new Map<string, CompiledEntry[]>()
  for (const item of compiled) {
    const head = item.elements[0]
    if (head?.kind !== 'word') continue
    for (const word of head.words) {
      const bucket = byHead.get(word) ?? []
      bucket.push(item)
      byHead.set(word, bucket)
    }
  }
  // stable: among entries of equal weight, the earlier file (lower root) and the earlier entry come first
  for (const bucket of byHead.values()) bucket.sort((a, b) => b.weight - a.weight)
  return { entries: compiled, byHead }
}

let shared: VerbDictionary | undefined

/** The dictionary from data/coding/dictionary/, loaded once. */
export function defaultDictionary(): VerbDictionary {
  shared ??= loadVerbDictionary()
  return shared
}
