import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { defaultKbDir } from './read.js'

/**
 * The one table of person titles (data/kb/titles.json, issue 9), read once: the offices the KB compares by meaning,
 * the titles a text writes before a name with the title the recognizer gives the person, the modifiers and role
 * nouns the recognizer reads, and the words that make a title before a name for the coder.
 */
const TitleFile = z.object({
  note: z.string().optional(),
  offices: z.record(z.string(), z.array(z.string().min(1))),
  written: z.array(z.tuple([z.string().min(1), z.string()])),
  modifiers: z.array(z.string().min(1)),
  roleNouns: z.array(z.string().regex(/^[^\sA-Z]+$/, 'a role noun is one lower-case word')),
  beforeName: z.array(z.string().regex(/^[^\sA-Z]+$/, 'a title word is one lower-case word')),
})

export type TitleTable = Readonly<z.infer<typeof TitleFile>>

let shared: TitleTable | undefined

/** The package's title table; a broken file is named with its problem. */
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
  return parsed.data
}
