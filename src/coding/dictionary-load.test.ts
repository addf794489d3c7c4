import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { loadVerbDictionary, readDictionaryDir, DICTIONARY_DIR } from './dictionary.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-dict-'))
  dirs.push(dir)
  mkdirSync(dir, { recursive: true })
  for (const [name, body] of Object.entries(files))
    writeFileSync(join(dir, name), typeof body === 'string' ? body : JSON.stringify(body))
  return dir
}

const good = {
  pattern: 'visit $TARGET',
  code: '042',
  example: 'Egypt visited Libya.',
  expect: { source: 'EGY', target: 'LBY', code: '042' },
}
const file = (entries: unknown[]) => ({ version: 'entente dictionary 2', entries })

test('the folder holds one file per CAMEO root, each entry in the file of its root', () => {
  const read = readDictionaryDir(DICTIONARY_DIR)
  const files = new Set(read.map((x) => x.origin.file))
  expect([...files].map((name) => name.slice(0, 2))).toEqual(
    Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')),
  )
  for (const { entry, origin } of read) expect(origin.file.slice(0, 2), entry.pattern).toBe(entry.code.slice(0, 2))
})

test('files are read in name order, whatever order they were written in', () => {
  const dir = folder({
    '02-b.json': file([{ ...good, pattern: 'urge $TARGET', code: '020' }]),
    '01-a.json': file([good]),
    'notes.txt': 'not a dictionary file',
  })
  expect(readDictionaryDir(dir).map((x) => [x.origin.file, x.origin.number, x.entry.pattern])).toEqual([
    ['01-a.json', 1, 'visit $TARGET'],
    ['02-b.json', 1, 'urge $TARGET'],
  ])
})

test('a bad entry is named by file, entry number and pattern, with its problem', () => {
  const missingCode = folder({ '04-consult.json': file([good, { ...good, pattern: 'meet $TARGET', code: 'x4' }]) })
  expect(() => readDictionaryDir(missingCode)).toThrow(/^04-consult\.json: entry 2 \("meet \$TARGET"\): code:/)
  const unreadable = folder({ '04-consult.json': file([good, { ...good, pattern: 'meet $$TARGET' }]) })
  const read = readDictionaryDir(unreadable)
  expect(() =>
    loadVerbDictionary(
      read.map((x) => x.entry),
      { origins: read.map((x) => x.origin) },
    ),
  ).toThrow(/^04-consult\.json: entry 2 \("meet \$\$TARGET"\): Pattern "meet \$\$TARGET": cannot read "\$\$TARGET"/)
})

test('a pattern written twice is named with both places', () => {
  const dir = folder({ '04-a.json': file([good]), '05-b.json': file([{ ...good, code: '051' }]) })
  const read = readDictionaryDir(dir)
  expect(() =>
    loadVerbDictionary(
      read.map((x) => x.entry),
      { origins: read.map((x) => x.origin) },
    ),
  ).toThrow(
    '05-b.json: entry 1 ("visit $TARGET"): the pattern appears twice in the dictionary (also 04-a.json: entry 1)',
  )
})

test('a file that is no dictionary file, or no JSON, is named', () => {
  expect(() =>
    readDictionaryDir(folder({ '01-a.json': { version: 'entente verb dictionary 1', entries: [] } })),
  ).toThrow(/^01-a\.json: not a dictionary file/)
  expect(() => readDictionaryDir(folder({ '01-a.json': '{ "version": ' }))).toThrow(/^01-a\.json: cannot read the file/)
  expect(() => readDictionaryDir(folder({}))).toThrow(/no dictionary files/)
})
