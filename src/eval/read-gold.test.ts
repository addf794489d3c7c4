import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { EntenteError } from '../errors.js'
import { readGoldDir, readGoldFile } from './read-gold.js'

function folder(files: Record<string, string | object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-gold-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content))
  }
  return dir
}

function errorOf(run: () => unknown): EntenteError {
  try {
    run()
  } catch (error) {
    if (error instanceof EntenteError) return error
    throw error
  }
  throw new Error('expected an EntenteError')
}

describe('readGoldDir', () => {
  test('reads *.gold.json and gold.json recursively, resolving text_file beside the json', () => {
    const dir = folder({
      'a.gold.json': { id: 'a', text: 'Japan', mentions: [{ start: 0, end: 5, text: 'Japan', type: 'LOCATION' }] },
      'sub/gold.json': { id: 'b', text_file: 'article.txt', published: '2023-04-05', events: [] },
      'sub/article.txt': 'Japan and NATO.',
      'notes.json': { id: 'ignored' },
    })
    const docs = readGoldDir(dir)
    expect(docs.map((doc) => doc.id)).toEqual(['a', 'b'])
    expect(docs[1]?.text).toBe('Japan and NATO.')
    expect(docs[1]?.textPath).toBe(join(dir, 'sub', 'article.txt'))
    // Without `scored`, every part present is scored.
    expect(docs[0]?.scored).toEqual(['mentions'])
    expect(docs[1]?.scored).toEqual(['events'])
  })

  test('a folder without gold files is an error', () => {
    expect(errorOf(() => readGoldDir(folder({ 'x.json': {} }))).code).toBe('input.empty')
  })

  test('a missing folder is an error', () => {
    expect(errorOf(() => readGoldDir('/nonexistent/gold')).code).toBe('input.not-found')
  })
})

describe('readGoldFile', () => {
  test('a broken field yields gold.malformed naming the file and the field', () => {
    const dir = folder({ 'bad.gold.json': { id: 'x', text: 'Japan', events: [{ source: 'JPN', cameo: '051' }] } })
    const error = errorOf(() => readGoldFile(join(dir, 'bad.gold.json')))
    expect(error.code).toBe('gold.malformed')
    expect(error.message).toMatch(/^Cannot read gold file ".*bad\.gold\.json": events\[0\]\.cameo: /)
    expect(error.hint).toContain('FORMAT.md')
  })

  test('invalid JSON, a missing text and offsets that miss their text are gold.malformed', () => {
    const dir = folder({
      'syntax.gold.json': '{"id": ',
      'notext.gold.json': { id: 'x' },
      'offsets.gold.json': {
        id: 'x',
        text: 'Japan',
        mentions: [{ start: 1, end: 5, text: 'Japan', type: 'LOCATION' }],
      },
      'file.gold.json': { id: 'x', text_file: 'missing.txt' },
    })
    for (const name of ['syntax', 'notext', 'offsets', 'file']) {
      const error = errorOf(() => readGoldFile(join(dir, `${name}.gold.json`)))
      expect(error.code).toBe('gold.malformed')
      expect(error.message).toContain(`${name}.gold.json`)
    }
    expect(errorOf(() => readGoldFile(join(dir, 'offsets.gold.json'))).message).toContain('mentions[0]: offsets 1-5')
    expect(errorOf(() => readGoldFile(join(dir, 'file.gold.json'))).message).toContain('text_file: cannot read')
  })
})

const SHARED = join(import.meta.dirname, '../../../shared/eval')
const SETS = ['seed', 'meantime', 're3d', 'plover-gsr'] as const

describe.skipIf(!existsSync(SHARED))('the shared development sets', () => {
  for (const set of SETS) {
    test(`${set} reads without error`, () => {
      expect(readGoldDir(join(SHARED, set)).length).toBeGreaterThan(0)
    })
  }
})
