import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { expect, test } from 'vitest'

/**
 * Packages an ingest into SQLite never uses — the queue's (BullMQ, Redis), the live feeds' HTTP client, PostgreSQL's
 * driver — whose modules would each sit in every ingest process's main thread (~35 MB of RSS between them).
 */
const NOT_FOR_INGEST = ['bullmq', 'ioredis', 'undici', 'pg', 'pg-cursor']

const ROOT = join(import.meta.dirname, '..', '..')

/** The packages a module loads before it runs, its own static imports and those of the modules it imports. */
function staticPackages(entry: string): Map<string, string> {
  const seen = new Set<string>()
  const packages = new Map<string, string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const source = readFileSync(file, 'utf8')
    // import x from 'y', import { a } from 'y', export { a } from 'y', import 'y'; type-only ones load nothing
    for (const match of source.matchAll(/^(import|export)\s+(type\s)?(?:[^;'"]*?\sfrom\s+)?'([^']+)'/gm)) {
      const [, , typeOnly, specifier] = match as unknown as [string, string, string | undefined, string]
      if (typeOnly) continue
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')))
      else if (!specifier.startsWith('node:') && !packages.has(specifier)) packages.set(specifier, relative(ROOT, file))
    }
  }
  visit(join(ROOT, entry))
  return packages
}

for (const entry of ['src/cli/ingest.ts', 'src/bench/ingest-process.ts']) {
  test(`issue 13: ${entry} loads no queue, live-feed or PostgreSQL package before it needs one`, () => {
    const packages = staticPackages(entry)
    // the walk reaches the store, the analyzer and the readers
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['better-sqlite3', 'kysely', 'piscina']))
    const loaded = NOT_FOR_INGEST.filter((name) => packages.has(name)).map((name) => `${name} <- ${packages.get(name)}`)
    expect(loaded).toEqual([])
  })
}
