/** Reads one data/kb file: JSON array of entries, each validated; problems name file, entry and field. */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import { EntenteError } from '../errors.js'

let packageKbDir: string | undefined

/** data/kb of this package: walks up from this module to the folder holding package.json (works from src and dist). */
export function defaultKbDir(): string {
  // the walk touches the file system; the coder asks for the KB per mention, so the answer is kept
  packageKbDir ??= findPackageKbDir()
  return packageKbDir
}

function findPackageKbDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('Cannot find the entente package root above ' + fileURLToPath(import.meta.url))
    dir = parent
  }
  return join(dir, 'data', 'kb')
}

/** A path as the user should read it: relative to the working directory when below it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel.startsWith('..') || rel === '' ? path : rel
}

/** The error for a broken KB file. */
export function kbInvalid(file: string, problem: string): EntenteError {
  return new EntenteError('kb.invalid', `Cannot load KB "${displayPath(file)}": ${problem}`, {
    input: file,
    hint: 'Fix the entry, then run `entente kb check`',
  })
}

/** `entry 3 (NATO)`: the index, and the id when the entry has one. */
export function entryLabel(index: number, entry: unknown): string {
  const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined
  return typeof id === 'string' ? `entry ${index} (${id})` : `entry ${index}`
}

/** Parses a JSON array file and validates every entry; throws kb.invalid at the first broken one. */
export function readEntries<T>(file: string, schema: z.ZodType<T>): T[] {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message
    throw kbInvalid(file, reason)
  }
  if (!Array.isArray(raw)) throw kbInvalid(file, 'expected a JSON array of entries')
  return raw.map((entry: unknown, index) => {
    const result = schema.safeParse(entry)
    if (result.success) return result.data
    const issue = result.error.issues[0]
    const field = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
    throw kbInvalid(file, `${entryLabel(index, entry)}: ${field}${issue?.message ?? 'invalid'}`)
  })
}
