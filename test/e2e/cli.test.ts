import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

/** The built CLI, run as a user runs it: exit codes and messages are part of its contract. */
const MAIN = resolve('dist/cli/main.js')
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
