import { closeSync, existsSync, openSync, readSync } from 'node:fs'
import type { Kysely } from 'kysely'
import { runSql, type Database } from '../store/index.js'

/** Where the store's write-ahead log stands: its frame count and the salt that changes when it starts again. */
export interface WalMark {
  readonly frames: number
  readonly salt: number
}

/**
 * The WAL index header, its first copy at the start of the -shm file (SQLite's wal.c, native byte order): mxFrame,
 * the frames in the log, is the u32 at byte 16, and aSalt[0], which a restart of the log changes, the u32 at 32.
 * Every page a commit writes is one frame.
 */
export function walMark(path: string): WalMark {
  const shm = `${path}-shm`
  if (!existsSync(shm)) return { frames: 0, salt: 0 }
  const header = readAt(shm, 0, 36)
  return header.length < 36
    ? { frames: 0, salt: 0 }
    : { frames: header.readUInt32LE(16), salt: header.readUInt32LE(32) }
}

/**
 * Frames one transaction wrote: a writer that finds the log all folded into the file (a checkpoint) starts it again
 * at frame 0 with a new salt.
 */
export function framesSince(before: WalMark, after: WalMark): number {
  return restarted(before, after) ? after.frames : after.frames - before.frames
}

function restarted(before: WalMark, after: WalMark): boolean {
  return after.salt !== before.salt || after.frames < before.frames
}

/**
 * The page numbers of the frames written between two marks, from the -wal file: a 32-byte header (the page size, a
 * big-endian u32 at byte 8), then each frame's 24-byte header (its page number first) and the page. Read before the
 * next transaction, which may start the log again over them.
 */
export function framePages(path: string, before: WalMark, after: WalMark): number[] {
  const wal = `${path}-wal`
  if (!existsSync(wal)) return []
  const pageSize = readAt(wal, 8, 4).readUInt32BE(0)
  const pages: number[] = []
  const first = restarted(before, after) ? 0 : before.frames
  const fd = openSync(wal, 'r')
  try {
    const header = Buffer.alloc(4)
    for (let frame = first; frame < after.frames; frame++) {
      if (readSync(fd, header, 0, 4, 32 + frame * (24 + pageSize)) === 4) pages.push(header.readUInt32BE(0))
    }
  } finally {
    closeSync(fd)
  }
  return pages
}

/** Pages written (page number: how many times) by the table or index that holds each page now (SQLite's dbstat). */
export async function pagesByTable(
  db: Kysely<Database>,
  written: ReadonlyMap<number, number>,
): Promise<{ name: string; pages: number }[]> {
  const byName = new Map<string, number>()
  for (const { name, pageno } of await runSql<{ name: string; pageno: number }>(
    db,
    'select name, pageno from dbstat',
    [],
  )) {
    const count = written.get(Number(pageno))
    if (count !== undefined) byName.set(name, (byName.get(name) ?? 0) + count)
  }
  return [...byName].map(([name, pages]) => ({ name, pages })).sort((a, b) => b.pages - a.pages)
}

function readAt(path: string, offset: number, length: number): Buffer {
  const fd = openSync(path, 'r')
  try {
    const out = Buffer.alloc(length)
    return out.subarray(0, readSync(fd, out, 0, length, offset))
  } finally {
    closeSync(fd)
  }
}
