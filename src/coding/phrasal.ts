import { z } from 'zod'
import type { Lexicon } from '../nlp/syntax/index.js'
import { readDataFile } from './data-file.js'
import type { CompiledEntry } from './dictionary.js'
import { compilePattern, type Element, type WordElement } from './pattern.js'

/**
 * Phrasal verbs read as another verb (issue 10): "ordered out ten diplomats" is "expelled ten diplomats", "backed out
 * of the deal" is "withdrew from the deal". Each line of data/coding/phrasal-verbs.json names a phrasal verb (verb,
 * particle, maybe a preposition) and the verb (maybe with its preposition) it stands for; every entry of that verb
 * whose pattern goes on with that preposition is read again with the phrasal head ("back+out of" + the rest), coded the
 * same. A phrasal verb with a meaning of its own is an entry of the dictionary ("call+off &PROTEST_NOUN").
 */

const Expect = z.object({
  source: z.string().nullable(),
  target: z.string().nullable(),
  code: z.string().regex(/^\d{2,4}$/),
})

const PhrasalVerb = z.object({
  /** The phrasal verb: verb lemma, particle, then any prepositions ("back out of"). */
  phrasal: z.string().regex(/^[a-z-]+ [a-z]+( [a-z]+)*$/),
  /** The verb it stands for, then the prepositions of that verb's patterns that the phrasal verb's replace. */
  as: z.string().regex(/^[a-z-]+( [a-z]+)*$/),
  /** A sentence of ours the phrasal verb codes, and what it codes. */
  example: z.string().min(1),
  expect: Expect,
  /** A sentence of ours where the bare verb keeps its own sense. */
  counter: z.string().min(1).optional(),
  note: z.string().optional(),
})

const PhrasalFile = z.object({
  version: z.literal('entente phrasal verbs 1'),
  note: z.string().optional(),
  verbs: z.array(PhrasalVerb),
})

export type PhrasalVerb = z.infer<typeof PhrasalVerb>

/** Reads data/coding/phrasal-verbs.json (or `raw`, a file's content). */
export function readPhrasalVerbs(raw: unknown = readDataFile('phrasal-verbs.json')): readonly PhrasalVerb[] {
  return PhrasalFile.parse(raw).verbs
}

/**
 * The words a pattern goes on with after its head: a phrasal head's particle first ("push+back against": back,
 * against), then its elements; exclusions before the head are kept apart.
 */
function afterHead(item: CompiledEntry): { before: Element[]; rest: Element[] } {
  const [head, ...elements] = item.elements
  const before = elements.filter((e) => e.kind === 'exclude' && e.before)
  const rest = elements.filter((e) => !(e.kind === 'exclude' && e.before))
  if (head?.kind === 'word' && head.particles)
    rest.unshift({ kind: 'word', words: head.particles, optional: false } satisfies WordElement)
  return { before, rest }
}

/**
 * The entries of the dictionary (or the class rules of object-backoff.ts, `every` false: a verb may have none) read
 * again under each phrasal verb of `verbs`: for "back out of" as "withdraw from",
 * every entry of "withdraw" (not a noun's) whose next word may be "from" gets the head "back+out", "of" in place of
 * "from" (optional where "from" was), and the rest of its pattern. Its pattern names both: "back out of (as withdraw
 * from? $TARGET?)".
 */
export function phrasalEntries<T extends CompiledEntry>(
  verbs: readonly PhrasalVerb[],
  byHead: ReadonlyMap<string, readonly T[]>,
  lexicon: Lexicon | undefined,
  every = true,
): T[] {
  const made: T[] = []
  for (const verb of verbs) {
    const [lemma = '', particle = '', ...prepositions] = verb.phrasal.split(' ')
    const [as = '', ...replaced] = verb.as.split(' ')
    const head = compilePattern(`${lemma}+${particle}`, lexicon)[0] as WordElement
    const items = byHead.get(as) ?? []
    if (every && !items.length) throw new Error(`phrasal-verbs.json: "${verb.phrasal}": no entry has the head "${as}"`)
    let found = 0
    for (const item of items) {
      if (item.entry.noun) continue
      const first = item.elements[0]
      if (first?.kind !== 'word' || (first.pos && first.pos !== 'VERB')) continue
      const { before, rest } = afterHead(item)
      // the verb's own prepositions must open the rest of its pattern, each as a word it may take
      let optional = false
      let fits = true
      for (const word of replaced) {
        // "withdraw|pull out? from|of convention": the verb's own optional particle gives way to the phrasal verb's
        while (rest[0]?.kind === 'word' && rest[0].optional && !rest[0].words.has(word)) rest.shift()
        const next = rest[0]
        if (next?.kind !== 'word' || !next.words.has(word)) {
          fits = false
          break
        }
        optional ||= next.optional
        rest.shift()
      }
      if (!fits) continue
      const own = prepositions.map((word): WordElement => ({ kind: 'word', words: new Set([word]), optional }))
      const elements: Element[] = [{ ...head, ...(first.pos ? { pos: first.pos } : {}) }, ...before, ...own, ...rest]
      const pattern = `${verb.phrasal} (as ${item.entry.pattern})`
      // the weight of the entry read: a written entry of the phrasal verb that names as much comes first
      made.push({ ...item, entry: { ...item.entry, pattern }, elements, weight: item.weight })
      found++
    }
    if (every && !found)
      throw new Error(`phrasal-verbs.json: "${verb.phrasal}": no entry of "${as}" goes on with "${verb.as}"`)
  }
  return made
}
