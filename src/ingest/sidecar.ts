import { readFileSync, existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'
import { EntenteError } from '../errors.js'
import { parsePublished } from './published.js'

/** The sidecar file that gives publication dates to plain-text files that carry none: `{ "file.txt": "2023-04-05" }`. */
export const SIDECAR = 'published.json'

const Sidecar = z.record(z.string(), z.string())

/** Reads and caches `published.json` sidecars, one per folder. */
export function createSidecarDates(): (file: string) => string | undefined {
  const cache = new Map<string, Map<string, string>>()
  return (file) => {
    const folder = dirname(file)
    let dates = cache.get(folder)
    if (!dates) {
      dates = readSidecar(join(folder, SIDECAR))
      cache.set(folder, dates)
    }
    return dates.get(basename(file))
  }
}

function readSidecar(path: string): Map<string, string> {
  if (!existsSync(path)) return new Map()
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new EntenteError('input.unreadable', `Cannot read dates from "${path}": not valid JSON`, {
      input: path,
      hint: 'It should map file names to dates: { "article.txt": "2023-04-05" }',
      cause: error,
    })
  }
  const parsed = Sidecar.safeParse(raw)
  if (!parsed.success) {
    throw new EntenteError(
      'input.unreadable',
      `Cannot read dates from "${path}": expected file names mapped to dates`,
      {
        input: path,
        hint: 'It should map file names to dates: { "article.txt": "2023-04-05" }',
      },
    )
  }
  return new Map(Object.entries(parsed.data).map(([file, date]) => [file, parsePublished(date)]))
}
