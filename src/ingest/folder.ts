import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { EntenteError } from '../errors.js'
import { formatOfPath } from './format.js'

/**
 * The files a path names: the file itself, or every readable file under a folder (recursively, by extension,
 * in code-point order so runs are deterministic; hidden files and folders are skipped). A subfolder that cannot
 * be listed is an error in its place in the list, and the rest is still listed.
 */
export async function listInputs(path: string): Promise<(string | EntenteError)[]> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error)
  })
  if (!info.isDirectory()) return [path]
  const files: (string | EntenteError)[] = []
  await walk(path, files, new Set(), true)
  return files
}

async function walk(folder: string, files: (string | EntenteError)[], seen: Set<string>, top = false): Promise<void> {
  let real: string
  let entries: { name: string }[]
  try {
    real = await realpath(folder)
    if (seen.has(real)) return // a symlink loop
    seen.add(real)
    entries = await readdir(folder, { withFileTypes: true })
  } catch (error) {
    const named = fileError(folder, error as NodeJS.ErrnoException)
    if (top) throw named
    files.push(named)
    return
  }
  const names = entries.map((entry) => entry.name).filter((name) => !name.startsWith('.'))
  for (const name of names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const child = join(folder, name)
    const info = await stat(child).catch(() => undefined) // a dangling symlink is skipped
    if (info?.isDirectory()) await walk(child, files, seen)
    else if (info?.isFile() && formatOfPath(child)) files.push(child)
  }
}

/** Maps a file-system error to the EntenteError a user can act on. */
export function fileError(path: string, error: NodeJS.ErrnoException): EntenteError {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
    return new EntenteError('input.not-found', `Cannot read "${path}": no such file or folder`, {
      input: path,
      hint: 'Check the path, or pass "-" to read from stdin',
    })
  }
  return new EntenteError('input.unreadable', `Cannot read "${path}": ${error.code ?? error.message}`, {
    input: path,
    hint: 'Check that the file exists and that you may read it',
    cause: error,
  })
}
