import { spawn, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

/** The built CLI, run as a user runs it: exit codes and messages are part of its contract. */
const MAIN = resolve(process.env['ENTENTE_CLI'] ?? 'dist/cli/main.js') // another build, to compare against
const dir = mkdtempSync(join(tmpdir(), 'entente-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function entente(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', input, cwd: dir })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe.skipIf(!existsSync(MAIN))('entente CLI', () => {
  test('extract reads stdin and prints JSON when piped, with resolved times', () => {
    const run = entente(['extract', '-', '--published', '2023-04-05'], 'Finland joined NATO on Tuesday.')
    expect(run.code).toBe(0)
    const doc = JSON.parse(run.stdout) as { times: { text: string; value: string }[] }
    expect(doc.times).toMatchObject([{ text: 'Tuesday', value: '2023-04-04' }])
  })

  test('a missing file is a clear error naming it, exit 1, no stack trace', () => {
    const run = entente(['extract', 'no-such-file.txt'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('no-such-file.txt')
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/)
  })

  test('an unknown option is a usage error, exit 2', () => {
    expect(entente(['extract', '--no-such-flag', 'x']).code).toBe(2)
  })

  test('a malformed date is exit 1 with the value quoted', () => {
    const run = entente(['extract', '-', '--published', '2023-13-45'], 'Text.')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('"2023-13-45"')
  })

  test('a file that is not a store is refused and left untouched', () => {
    const path = join(dir, 'notes.db')
    writeFileSync(path, 'these are my notes, not a database')
    const run = entente(['query', 'members', 'NATO', '--at', '2023-04-05', '--db', path])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/not an entente store|not a store/i)
  })

  test('an unknown actor and an unknown event are exit 1 with a hint', () => {
    const db = join(dir, 'empty.db')
    const ingest = entente(['ingest', '-', '--db', db, '--published', '2023-04-05', '--jobs', '1'], 'Japan met NATO.')
    expect(ingest.code).toBe(0)
    const actor = entente(['query', 'actor', 'XYZ', '--db', db])
    expect(actor.code).toBe(1)
    expect(actor.stderr).toContain('"XYZ"')
    expect(actor.stderr).toContain('hint:')
    expect(entente(['query', 'evidence', 'nope:e1', '--db', db]).code).toBe(1)
  })

  test('re-ingesting stored articles on a worker pool changes nothing and exits cleanly', () => {
    const db = join(dir, 'twice.db')
    const samples = resolve('data/samples/text')
    const first = entente(['ingest', samples, '--db', db, '--jobs', '2'])
    expect(first.code).toBe(0)
    const again = entente(['ingest', samples, '--db', db, '--jobs', '2'])
    expect(again.code).toBe(0)
    expect(again.stderr).toMatch(/^0 stored, \d+ duplicate, 0 failed/m)
  })

  test('a bad --out path, a folder as --db and an existing file for the demo are clear errors', () => {
    const db = join(dir, 'empty.db')
    const out = entente(['export', '--format', 'csv', '--out', join(dir, 'no-such-folder', 'x.csv'), '--db', db])
    expect(out.code).toBe(1)
    expect(out.stderr).toContain('Cannot write the export')
    const folder = entente(['query', 'members', 'NATO', '--at', '2023-04-05', '--db', dir])
    expect(folder.code).toBe(1)
    expect(folder.stderr).not.toContain('Internal error')
    writeFileSync(join(dir, 'precious.db'), 'keep me')
    expect(entente(['demo', '--db', join(dir, 'precious.db')]).code).toBe(2)
  })

  test('kb show lists NATO members at a date: 30 before Finland, 31 after', () => {
    const before = entente(['kb', 'show', 'NATO', '--at', '2023-04-03', '--json'])
    const after = entente(['kb', 'show', 'NATO', '--at', '2023-04-05', '--json'])
    const count = (out: string) => (JSON.parse(out) as { members: unknown[] }).members.length
    expect(count(before.stdout)).toBe(30)
    expect(count(after.stdout)).toBe(31)
  })
})

/** The CLI run asynchronously, its standard output closed by the reader at once (`entente … | true`). */
function ententeIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.destroy()
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  return new Promise((done) => child.on('close', (code) => done({ code, stderr })))
}

const STORY = [
  'Japan and the Philippines signed a defence pact in Manila on Monday.',
  'Russian forces shelled Kharkiv on Tuesday, Ukrainian officials said.',
].join('\n')

describe.skipIf(!existsSync(MAIN))('issue 14: the CLI under hostile use', () => {
  const db = join(dir, 'issue14.db')
  const storeBytes = () => readFileSync(db)

  beforeAll(() => {
    const ingest = entente(['ingest', '-', '--db', db, '--published', '2024-03-04', '--jobs', '1'], STORY)
    expect(ingest.code).toBe(0)
  })

  test('issue 14: export --out naming the store (also through a symbolic or hard link) is refused, the store kept', () => {
    const before = storeBytes()
    symlinkSync(db, join(dir, 'soft-link.db'))
    linkSync(db, join(dir, 'hard-link.db'))
    for (const out of [db, join(dir, 'soft-link.db'), join(dir, 'hard-link.db'), `${db}-wal`]) {
      const run = entente(['export', '--format', 'gdelt', '--db', db, '--out', out])
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(`it is the store "${db}"`)
      expect(storeBytes().equals(before)).toBe(true)
    }
    expect(entente(['query', 'events', '--db', db, '--json']).stdout).toContain('PHL')
  })

  test('issue 14: export --out naming another SQLite file is refused and the file left as it was', () => {
    const other = join(dir, 'other.sqlite')
    copyFileSync(db, other)
    const before = readFileSync(other)
    const run = entente(['export', '--format', 'csv', '--db', db, '--out', other])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('it is a SQLite database')
    expect(readFileSync(other).equals(before)).toBe(true)
  })

  test('issue 14: export from a missing store creates neither the store nor the output', () => {
    const missing = join(dir, 'missing.db')
    const run = entente(['export', '--format', 'gdelt', '--db', missing, '--out', missing])
    expect(run.code).not.toBe(0)
    expect(existsSync(missing)).toBe(false)
    expect(entente(['export', '--format', 'gdelt', '--db', missing, '--out', join(dir, 'x.tsv')]).code).toBe(1)
    expect(existsSync(missing)).toBe(false)
    expect(existsSync(join(dir, 'x.tsv'))).toBe(false)
  })

  test('issue 14: export into a closed pipe ends quietly with exit 0', async () => {
    for (const format of ['gdelt', 'csv']) {
      const run = await ententeIntoClosedPipe(['export', '--format', format, '--db', db])
      expect(run.stderr).not.toContain('Internal error')
      expect(run.code).toBe(0)
    }
  })

  test.skipIf(!existsSync('/dev/full'))('issue 14: export onto a full disk is a clear error naming the file', () => {
    const run = entente(['export', '--format', 'csv', '--db', db, '--out', '/dev/full'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('"/dev/full"')
    expect(run.stderr).toContain('no space left')
    expect(run.stderr).not.toContain('Internal error')
  })
})
