/** People from data/kb/people/*.json (one file per country or organization), each validated on its own. */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { AliasTable } from './aliases.js'
import { readEntries } from './read.js'
import { PersonEntry } from './schema.js'
import type { KbEntity, KbRole } from './types.js'

export interface PeopleBuild {
  readonly entities: KbEntity[]
  readonly roles: KbRole[]
  /** One message per people file that failed to load; the other files still load. */
  readonly problems: string[]
  files: number
}

/** The people files of a folder, in name order; a path that is a file is that file. */
function peopleFiles(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => join(path, file))
}

/**
 * Loads every valid people file of the folders (or files) given, in order. People files are written while others
 * work, so a broken one is reported in `problems` and skipped rather than stopping the whole KB.
 */
export function buildPeople(paths: string | readonly string[], table: AliasTable): PeopleBuild {
  const result: PeopleBuild = { entities: [], roles: [], problems: [], files: 0 }
  const seen = new Set<string>()
  for (const file of (typeof paths === 'string' ? [paths] : paths).flatMap(peopleFiles)) {
    let entries: PersonEntry[]
    try {
      entries = readEntries(file, PersonEntry)
    } catch (error) {
      result.problems.push((error as Error).message)
      continue
    }
    result.files++
    for (const entry of entries) addPerson(entry, seen, table, result)
  }
  return result
}

/** A person listed in two files (a minister who later led an organization) merges: names and roles add up. */
function addPerson(entry: PersonEntry, seen: Set<string>, table: AliasTable, result: PeopleBuild): void {
  const aliases = entry.aliases ?? []
  for (const surface of [entry.name, ...aliases]) table.add(surface, entry.id, 'person', 'name')
  for (const role of entry.roles) {
    result.roles.push({
      person: entry.id,
      title: role.title,
      of: role.of,
      from: role.from,
      ...(role.to ? { to: role.to } : {}),
      ...(role.approx ? { approx: true } : {}),
    })
  }
  if (seen.has(entry.id)) {
    const index = result.entities.findIndex((entity) => entity.id === entry.id)
    const old = result.entities[index]
    if (old) result.entities[index] = { ...old, aliases: [...new Set([...old.aliases, ...aliases])] }
    return
  }
  seen.add(entry.id)
  result.entities.push({ id: entry.id, kind: 'person', name: entry.name, aliases })
}
