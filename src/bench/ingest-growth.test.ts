import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { dictionaryVersion } from '../coding/dictionary.js'
import { fillOrCopy, fillStamp, statementRows } from './ingest-growth.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-fill-'))
  dirs.push(dir)
  return dir
}

/** A fill that writes `content` to the store's path, counting its calls. */
function filler(path: string, content: string) {
  const calls = { n: 0 }
  const fill = async () => {
    calls.n++
    writeFileSync(path, content)
    return 12.5
  }
  return { calls, fill }
}

test('the growth bench keeps its filled store and copies it on the next run with the same stamp', async () => {
  const dir = scratch()
  const keep = join(dir, 'kept.db')
  const first = join(dir, 'run1.db')
  const one = filler(first, 'filled once')
  expect(await fillOrCopy(first, { keep, stamp: 'fill 20' }, one.fill)).toBe(12.5)
  expect(readFileSync(keep, 'utf8')).toBe('filled once')
  expect(existsSync(`${keep}.partial`)).toBe(false)

  const second = join(dir, 'run2.db')
  const two = filler(second, 'filled again')
  expect(await fillOrCopy(second, { keep, stamp: 'fill 20' }, two.fill)).toBeNull()
  expect(two.calls.n).toBe(0)
  expect(readFileSync(second, 'utf8')).toBe('filled once')
  // the run writes into its copy, never into the kept store
  writeFileSync(second, 'timed articles added')
  expect(readFileSync(keep, 'utf8')).toBe('filled once')
})

test('a kept store filled otherwise, or without its stamp, is filled again (and kept anew)', async () => {
  const dir = scratch()
  const keep = join(dir, 'kept.db')
  await fillOrCopy(join(dir, 'a.db'), { keep, stamp: 'fill 20' }, filler(join(dir, 'a.db'), 'twenty').fill)

  const other = filler(join(dir, 'b.db'), 'thirty')
  expect(await fillOrCopy(join(dir, 'b.db'), { keep, stamp: 'fill 30' }, other.fill)).toBe(12.5)
  expect(other.calls.n).toBe(1)
  expect(readFileSync(keep, 'utf8')).toBe('thirty')

  rmSync(`${keep}.fill.json`)
  const unstamped = filler(join(dir, 'c.db'), 'thirty, again')
  expect(await fillOrCopy(join(dir, 'c.db'), { keep, stamp: 'fill 30' }, unstamped.fill)).toBe(12.5)
  expect(unstamped.calls.n).toBe(1)
})

test('without a kept store every run fills its own', async () => {
  const dir = scratch()
  const run = filler(join(dir, 'a.db'), 'filled')
  expect(await fillOrCopy(join(dir, 'a.db'), { stamp: 'fill 20' }, run.fill)).toBe(12.5)
  expect(await fillOrCopy(join(dir, 'a.db'), { stamp: 'fill 20' }, run.fill)).toBe(12.5)
  expect(run.calls.n).toBe(2)
  expect(existsSync(join(dir, 'undefined.fill.json'))).toBe(false)
})

test("the growth bench's statement rows are the filled store's dearest, per article, beside the empty store's", () => {
  const filled = Array.from({ length: 14 }, (_, i) => ({ sql: `s${i}`, runs: 200, rows: 1000, cpuMs: 1400 - i * 100 }))
  const empty = [{ sql: 's1', runs: 100, rows: 10, cpuMs: 300 }]
  const rows = statementRows(filled, empty, 100)
  expect(rows.map((r) => r.sql)).toEqual(filled.slice(0, 12).map((c) => c.sql))
  expect(rows[1]).toEqual({
    sql: 's1',
    filled: { runs: 2, rows: 10, cpuMs: 13 },
    empty: { runs: 1, rows: 0.1, cpuMs: 3 },
  })
  // a statement the empty store never ran
  expect(rows[0]?.empty).toEqual({ runs: 0, rows: 0, cpuMs: 0 })
})

test("the fill stamp names the dictionary's content: a kept store filled under another dictionary is filled again", async () => {
  const dir = scratch()
  const dictionary = join(dir, 'dictionary')
  mkdirSync(dictionary)
  writeFileSync(join(dictionary, '01-a.json'), '{"version": "entente dictionary 2", "entries": []}')
  const before = dictionaryVersion(dictionary)
  expect(dictionaryVersion(dictionary)).toBe(before)
  writeFileSync(join(dictionary, '02-b.json'), '{"version": "entente dictionary 2", "entries": []}')
  const after = dictionaryVersion(dictionary)
  expect(after).not.toBe(before)
  expect(fillStamp(20, 5, after)).not.toBe(fillStamp(20, 5, before))
  expect(fillStamp(20, 5)).toBe(fillStamp(20, 5, dictionaryVersion()))

  const keep = join(dir, 'kept.db')
  await fillOrCopy(join(dir, 'a.db'), { keep, stamp: fillStamp(20, 5, before) }, filler(join(dir, 'a.db'), 'old').fill)
  const again = filler(join(dir, 'b.db'), 'new')
  expect(await fillOrCopy(join(dir, 'b.db'), { keep, stamp: fillStamp(20, 5, after) }, again.fill)).toBe(12.5)
  expect(again.calls.n).toBe(1)
})
