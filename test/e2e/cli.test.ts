import { spawn, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
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

// each run starts Node, which is slow on a busy machine: the tests get three minutes
describe('entente CLI', { timeout: 180_000 }, () => {
  test('the CLI is built (`npm run build`)', () => {
    expect(existsSync(MAIN), `${MAIN} is missing: run \`npm run build\` first`).toBe(true)
  })

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

  test('a malformed date is a usage error (exit 2) with the value quoted', () => {
    const run = entente(['extract', '-', '--published', '2023-13-45'], 'Text.')
    expect(run.code).toBe(2)
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

/** The CLI run asynchronously, so that several can run at once. */
function ententeAsync(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  return new Promise((done) => child.on('close', (code) => done({ code, stderr })))
}

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

describe('issue 14: the CLI under hostile use', { timeout: 180_000 }, () => {
  const db = join(dir, 'issue14.db')
  const storeBytes = () => readFileSync(db)

  beforeAll(() => {
    const ingest = entente(['ingest', '-', '--db', db, '--published', '2024-03-04', '--jobs', '1'], STORY)
    expect(ingest.code).toBe(0)
  }, 180_000)

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

  test('issue 14: a reversed --from/--to is refused by events and dyad, exit 2', () => {
    for (const args of [
      ['query', 'events', '--from', '2024', '--to', '2020'],
      ['query', 'events', '--from', '2024-03-05', '--to', '2024-03-04'],
      ['query', 'dyad', 'JPN', 'PHL', '--from', '2024-05', '--to', '2024-04'],
    ]) {
      const run = entente([...args, '--db', db])
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('the first day is after the last')
    }
    const forward = entente(['query', 'events', '--from', '2024-03-04', '--to', '2024-03-04', '--db', db, '--json'])
    expect(forward.code).toBe(0)
    expect(forward.stdout).toContain('JPN')
  })

  test('issue 14: query events --actor or --target naming an unknown actor fails as query actor does', () => {
    const actor = entente(['query', 'actor', 'XYZ', '--db', db])
    for (const flag of ['--actor', '--target']) {
      const run = entente(['query', 'events', flag, 'XYZ', '--db', db])
      expect(run.code).toBe(actor.code)
      expect(run.code).toBe(1)
      expect(run.stderr).toBe(actor.stderr)
    }
  })

  test('issue 14: query events --actor "" is a usage error, not "every event"', () => {
    for (const flag of ['--actor', '--target']) {
      const run = entente(['query', 'events', flag, '', '--db', db])
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(`Cannot use ${flag} ""`)
      expect(run.stdout).toBe('')
    }
  })

  test('issue 14: every usage error exits 2', async () => {
    const USAGE = [
      ['query'],
      ['query', 'events', '--from', 'yesterday'],
      ['query', 'events', '--to', ''],
      ['query', 'members', 'NATO', '--at', '2023-13-01'],
      ['query', 'actor', 'JPN', '--at', '2023-02-30'],
      ['query', 'events', '--limit', '0'],
      ['query', 'events', '--code', 'consult'],
      ['query', 'dyad', 'JPN'],
      ['query', 'dyad', 'JPN', 'PHL', '--by', 'decade'],
      ['query', 'dyad', 'JPN', 'PHL', '--from', '2024-13'],
      ['export', '--format', 'xls'],
      ['export'],
      ['kb', 'show', 'NATO', '--at', 'tomorrow'],
    ]
    const runs = await Promise.all(USAGE.map((args) => ententeAsync(args[0] === 'kb' ? args : [...args, '--db', db])))
    for (const [i, run] of runs.entries()) {
      expect({ args: USAGE[i], code: run.code }).toEqual({ args: USAGE[i], code: 2 })
      expect(run.stderr).not.toContain('Internal error')
    }
  }, 300_000) // thirteen runs of the CLI on a busy machine

  test('issue 14: extract --format summary and error messages print no escape sequence from the input', () => {
    const hostile = '\x1b]0;owned\x07Japan met \u202eNATO officials\x1b[2J in Brussels on Monday.\u009b31m'
    const run = entente(['extract', '-', '--format', 'summary', '--published', '2024-03-04'], hostile)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('\\x1b]0;owned\\x07Japan met \\u202eNATO')
    expect(run.stdout).not.toMatch(/[\x07\x1b\x9b\u202e]/) // eslint-disable-line no-control-regex
    const missing = entente(['extract', 'gone\x1b[2J.txt'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('gone\\x1b[2J.txt')
    expect(missing.stderr).not.toContain('\x1b')
    const folder = join(dir, 'hostile-names')
    mkdirSync(folder)
    writeFileSync(join(folder, 'empty\x1b]0;owned\x07.txt'), '')
    const ingest = entente(['ingest', folder, '--db', join(dir, 'hostile-names.db'), '--jobs', '1'])
    expect(ingest.code).toBe(1)
    expect(ingest.stderr).toContain('empty\\x1b]0;owned\\x07.txt')
    expect(ingest.stderr).not.toMatch(/[\x07\x1b]/) // eslint-disable-line no-control-regex
  })

  test('issue 14: the hints name --input, and following the size hint for stdin reads it', () => {
    writeFileSync(join(dir, 'empty-page.html'), '<html><body><nav>Home</nav></body></html>')
    writeFileSync(join(dir, 'not-a-feed.xml'), '<catalog><book>Atlas</book></catalog>')
    for (const args of [['empty-page.html'], ['not-a-feed.xml', '--input', 'feed']]) {
      const run = entente(['extract', ...args])
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/hint: .*--input text/)
      expect(run.stderr).not.toContain('--format')
    }
    const article = `${STORY}\n`.repeat(4)
    const small = entente(['extract', '-', '--max-bytes', '100', '--published', '2024-03-04'], article)
    expect(small.code).toBe(1)
    expect(small.stderr).toContain(`it is ${Buffer.byteLength(article)} bytes, over the 100 bytes limit`)
    expect(small.stderr).not.toContain('0.0 MB')
    const suggested = /--max-bytes (\d+)/.exec(small.stderr)?.[1]
    expect(Number(suggested)).toBeGreaterThanOrEqual(Buffer.byteLength(article))
    const again = entente(['extract', '-', '--max-bytes', String(suggested), '--published', '2024-03-04'], article)
    expect(again.code).toBe(0)
  })

  test('issue 14: sizes under a megabyte are told in KB, not as 0.1 MB', () => {
    const article = 'Japan met NATO officials in Brussels. '.repeat(5000)
    const run = entente(['extract', '-', '--max-bytes', '150000'], article)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('it is 185.5 KB (190000 bytes), over the 146.5 KB limit')
  })

  test.skipIf(!existsSync('/dev/full'))('issue 14: export onto a full disk is a clear error naming the file', () => {
    const run = entente(['export', '--format', 'csv', '--db', db, '--out', '/dev/full'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('"/dev/full"')
    expect(run.stderr).toContain('no space left')
    expect(run.stderr).not.toContain('Internal error')
  })
})
