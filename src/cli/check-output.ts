import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs'
import { resolve } from 'node:path'
import { EntenteError } from '../errors.js'

const SQLITE_HEADER = 'SQLite format 3\u0000'
/** The files SQLite keeps beside a store while it is open. */
const STORE_FILES = ['', '-wal', '-shm', '-journal']

/**
 * Refuses an output file that is the store (the same file also through a symbolic or hard link, or one of the
 * files SQLite keeps beside it) or any other SQLite database, before anything is opened or truncated.
 */
export function checkOutput(out: string, db: string): void {
  const target = statOf(out)
  for (const suffix of STORE_FILES) {
    const file = `${db}${suffix}`
    const store = statOf(file)
    const same = target && store ? target.dev === store.dev && target.ino === store.ino : resolve(out) === resolve(file)
    if (same) {
      throw new EntenteError('usage', `Cannot write the export to "${out}": it is the store "${db}"`, {
        input: out,
        hint: 'Pass --out a new file, such as events.tsv',
      })
    }
  }
  if (target?.isFile() && hasSqliteHeader(out)) {
    throw new EntenteError('usage', `Cannot write the export to "${out}": it is a SQLite database`, {
      input: out,
      hint: 'Pass --out a new file, such as events.tsv; an export never overwrites a database',
    })
  }
}

/** The file's status (through symbolic links), or undefined when there is none. */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

function hasSqliteHeader(path: string): boolean {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const header = Buffer.alloc(SQLITE_HEADER.length)
    return readSync(fd, header, 0, header.length, 0) === header.length && header.toString('latin1') === SQLITE_HEADER
  } catch {
    return false // a file we cannot read is not known to be a database; opening it for writing will say why
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
