import { z } from 'zod'
import type { Lexicon } from '../nlp/syntax/index.js'
import { readDataFile } from './data-file.js'
import { weightOf, type CompiledEntry, type VerbEntry } from './dictionary.js'
import { compilePattern } from './pattern.js'

/**
 * Class-level object back-off (issue 10): when no entry of a head matches its object ("dispatched armed drones to
 * Azerbaijan" — no entry of "dispatch" names drones), the head's verb group, the object's word class and the frame
 * (to X, against X, X with …) select the code: data/coding/object-backoff.json. A rule is tried only after every
 * entry of the head, only in the active voice and only with a target actor, and is coded less surely than an entry.
 */

/** How much less sure an event coded by a class rule is than one coded by an entry. */
export const OBJECT_CLASS_PENALTY = 0.05

const Rule = z.object({
  /** A verb group of the file's `verbs`. */
  verbs: z.string(),
  /** The object: `&CLASS` alternatives (and words), as a pattern part. */
  object: z.string().min(1),
  /** Frames of the file's `frames`: patterns over V (the verb group), O (the object) and $TARGET. */
  frames: z.array(z.string()).min(1),
  code: z.string().regex(/^\d{2,4}$/),
  example: z.string().min(1),
  expect: z.object({ source: z.string().nullable(), target: z.string().nullable(), code: z.string() }),
})

const ObjectBackoffFile = z.object({
  version: z.literal('entente object back-off 1'),
  note: z.string().optional(),
  verbs: z.record(z.string(), z.string().regex(/^[a-z'-]+(\|[a-z'-]+)*$/)),
  frames: z.record(z.string(), z.string().min(1)),
  rules: z.array(Rule),
})

export type ObjectRule = z.infer<typeof Rule>

/** A compiled rule: `entry.pattern` names it ("TRANSFER &WEAPON… to $TARGET (object class)"), as events' rule. */
export interface ObjectClassEntry extends CompiledEntry {
  readonly objectClass: true
  readonly rule: ObjectRule
}

/** The rules' entries by each word their verb group holds, in the file's order. */
export type ObjectBackoff = ReadonlyMap<string, readonly ObjectClassEntry[]>

/** Reads and compiles data/coding/object-backoff.json (or `raw`, a file's content); a bad rule is named. */
export function loadObjectBackoff(
  lexicon?: Lexicon,
  raw: unknown = readDataFile('object-backoff.json'),
): ObjectBackoff {
  const file = ObjectBackoffFile.parse(raw)
  const byHead = new Map<string, ObjectClassEntry[]>()
  file.rules.forEach((rule, n) => {
    const verbs = file.verbs[rule.verbs]
    if (!verbs) throw new Error(`object-backoff.json: rule ${n + 1}: no verb group ${rule.verbs}`)
    for (const name of rule.frames) {
      const frame = file.frames[name]
      if (!frame) throw new Error(`object-backoff.json: rule ${n + 1}: no frame ${name}`)
      const pattern = frame.replace(/\bV\b/, verbs).replace(/\bO\b/, rule.object)
      const elements = compilePattern(pattern, lexicon)
      const label = frame.replace(/\bV\b/, rule.verbs).replace(/\bO\b/, rule.object)
      const entry: VerbEntry = {
        pattern: `${label} (object class)`,
        code: rule.code,
        example: rule.example,
        expect: rule.expect,
      }
      const item: ObjectClassEntry = { entry, elements, weight: weightOf(elements), objectClass: true, rule }
      const head = elements[0]
      if (head?.kind !== 'word') continue
      for (const word of head.words) {
        const bucket = byHead.get(word)
        if (bucket) bucket.push(item)
        else byHead.set(word, [item])
      }
    }
  })
  return byHead
}
