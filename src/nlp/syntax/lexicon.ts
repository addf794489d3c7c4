import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/**
 * Word classes the dictionary's patterns name with `&CLASS` and the coder's grammar reads (governing verbs, light
 * verbs): data/coding/lexicon/*.json, each `{ "classes": { "NAME": ["lemma", …] } }`. A class lives in one file.
 */
export const LEXICON_DIR = fileURLToPath(new URL('../../../data/coding/lexicon', import.meta.url))

const CLASS_NAME = /^[A-Z][A-Z0-9_]*$/
const LexiconFile = z.object({
  note: z.string().optional(),
  classes: z.record(
    z.string().regex(CLASS_NAME, 'a class name is upper case: letters, digits, _'),
    z.array(
      z
        .string()
        .min(1)
        .regex(/^[^\sA-Z]+$/, 'a class word is one lower-case lemma'),
    ),
  ),
})

export interface Lexicon {
  /** Words of each class, lemmas in lower case. */
  readonly classes: ReadonlyMap<string, ReadonlySet<string>>
  /** File each class was read from. */
  readonly files: ReadonlyMap<string, string>
}

/** A lexicon from classes given inline (tests, tools). */
export function lexiconOf(classes: Record<string, readonly string[]>, file = '(inline)'): Lexicon {
  return {
    classes: new Map(Object.entries(classes).map(([name, words]) => [name, new Set(words)])),
    files: new Map(Object.keys(classes).map((name) => [name, file])),
  }
}

/** Reads every `*.json` file of a lexicon folder; a class defined in two files is an error naming both. */
export function loadLexicon(dir = LEXICON_DIR): Lexicon {
  const classes = new Map<string, ReadonlySet<string>>()
  const files = new Map<string, string>()
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
  for (const name of names) {
    let json: unknown
    try {
      json = JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown
    } catch (error) {
      throw new Error(`${name}: cannot read the lexicon file: ${(error as Error).message}`, { cause: error })
    }
    const parsed = LexiconFile.safeParse(json)
    if (!parsed.success) {
      const problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
      throw new Error(`${name}: not a lexicon file (${problem})`)
    }
    for (const [cls, words] of Object.entries(parsed.data.classes)) {
      const other = files.get(cls)
      if (other) throw new Error(`${name}: class ${cls} is also defined in ${other}`)
      classes.set(cls, new Set(words))
      files.set(cls, name)
    }
  }
  return { classes, files }
}

let shared: Lexicon | undefined

/** The lexicon of data/coding/lexicon/, loaded once. */
export function defaultLexicon(): Lexicon {
  shared ??= loadLexicon()
  return shared
}

/** The words of a class of the default lexicon; a missing class is a programming error, named. */
export function lexiconClass(name: string, lexicon = defaultLexicon()): ReadonlySet<string> {
  const words = lexicon.classes.get(name)
  if (!words) throw new Error(`Lexicon class ${name} is not defined in data/coding/lexicon/`)
  return words
}
