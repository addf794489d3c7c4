import { z } from 'zod'
import { readDataFile } from './data-file.js'

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

const DictionaryFile = z.object({ version: z.string(), syntax: z.string(), entries: z.array(Entry) })

export type VerbEntry = z.infer<typeof Entry>

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

/** Compiles and indexes dictionary entries (by default data/coding/verbs.json). */
export function loadVerbDictionary(entries?: readonly VerbEntry[]): VerbDictionary {
  const list = entries ?? DictionaryFile.parse(readDataFile('verbs.json')).entries
  const compiled: CompiledEntry[] = []
  const seen = new Set<string>()
  for (const entry of list) {
    if (seen.has(entry.pattern)) throw new Error(`Pattern "${entry.pattern}" appears twice in the verb dictionary`)
    seen.add(entry.pattern)
    const elements = compilePattern(entry.pattern)
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
  for (const bucket of byHead.values()) bucket.sort((a, b) => b.weight - a.weight)
  return { entries: compiled, byHead }
}

let shared: VerbDictionary | undefined

/** The dictionary from data/coding/verbs.json, loaded once. */
export function defaultDictionary(): VerbDictionary {
  shared ??= loadVerbDictionary()
  return shared
}
