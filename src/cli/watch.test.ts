import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { rss, startServer, type LocalServer } from '../../test/jobs/watch-server.js'
import { openStore } from '../store/index.js'
import { duration } from './watch.js'

/** The built CLI, run as a user runs it (`npm run build` first; `npm test` does). */
const MAIN = resolve('dist/cli/main.js')
const dir = mkdtempSync(join(tmpdir(), 'entente-watch-cli-'))
let server: LocalServer

beforeAll(async () => {
  server = await startServer()
  server.route('/world.xml', (request, response) => {
    if (request.headers['if-none-match'] === '"w1"') return void response.writeHead(304).end()
    response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"w1"' })
    response.end(
      rss([
        {
          title: 'Finland joins NATO',
          link: `${server.origin}/news/finland.html`,
          content:
            '<p>Finland joined NATO on Tuesday, April 4, 2023, becoming the alliance’s 31st member after Turkey ' +
            'ratified its accession. Finnish President Sauli Niinistö attended the flag ceremony in Brussels.</p>',
        },
        {
          title: 'Envoys meet in Geneva',
          link: `${server.origin}/news/geneva.html`,
          content:
            '<p>Diplomats from Armenia and Azerbaijan met in Geneva on Monday to discuss a peace treaty, the Swiss ' +
            'foreign ministry said. Both sides agreed to meet again next month.</p>',
        },
      ]),
    )
  })
})
afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Runs the CLI without blocking this process, whose event loop serves the feed. */
function entente(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [MAIN, ...args], { cwd: dir })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

describe('entente watch', () => {
  test('the CLI is built', () => {
    expect(existsSync(MAIN), `${MAIN} is missing: run npm run build`).toBe(true)
  })

  test('issue 12: watch --once stores the new articles into a SQLite store; a second run gets a 304 and stores nothing', async () => {
    const db = join(dir, 'world.db')
    const feed = `${server.origin}/world.xml`
    const flags = ['--once', '--allow-private', '--db', db, '--delay', '0s', '--jobs', '1', '--json']
    const first = await entente(['watch', feed, ...flags, '--contact', 'https://example.org/ops'])
    expect(first.stderr).toContain(`feed ${feed}: 2 new, 0 seen before`)
    expect(first.code).toBe(0)
    const lines = first.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { status: string; input: string })
    expect(lines.map((line) => [line.status, line.input])).toEqual([
      ['stored', `${feed}#1`],
      ['stored', `${feed}#2`],
    ])
    expect(server.headers.get('/world.xml')?.['user-agent']).toBe(
      'entente/0.1 (news watcher; +https://example.org/ops)',
    )
    const second = await entente(['watch', feed, ...flags])
    expect(second.code).toBe(0)
    expect(second.stderr).toContain(`feed ${feed}: unchanged (304)`)
    expect(second.stdout).toBe('')
    const store = await openStore(db)
    try {
      const rows = await store.db.selectFrom('articles').select(['url', 'title']).orderBy('seq').execute()
      expect(rows).toEqual([
        { url: `${server.origin}/news/finland.html`, title: 'Finland joins NATO' },
        { url: `${server.origin}/news/geneva.html`, title: 'Envoys meet in Geneva' },
      ])
      const events = await store.db.selectFrom('events').select('id').execute()
      expect(events.length).toBeGreaterThan(0) // the real pipeline ran on what was fetched
    } finally {
      await store.close()
    }
  })

  test('issue 12: without --allow-private a loopback feed is refused before any request, exit 1', async () => {
    const before = server.log.length
    const feed = `${server.origin}/world.xml`
    const run = await entente(['watch', feed, '--once', '--db', join(dir, 'refused.db')])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `feed ${feed}: failed: Refused to fetch "${feed}": host "127.0.0.1" is a loopback address (range loopback)`,
    )
    expect(server.log.length).toBe(before)
  })

  test('a feeds file, and usage errors (exit 2) for a bad URL or duration', async () => {
    const list = join(dir, 'feeds.txt')
    writeFileSync(list, `# world news\n${server.origin}/world.xml\n\n`)
    const run = await entente([
      'watch',
      '--feeds',
      list,
      '--once',
      '--allow-private',
      '--db',
      join(dir, 'f.db'),
      '--delay',
      '0s',
      '--jobs',
      '1',
    ])
    expect(run.stderr).toContain(`feed ${server.origin}/world.xml: 2 new, 0 seen before`)
    expect(run.code).toBe(0)
    expect((await entente(['watch', 'ftp://example.org/feed', '--once'])).code).toBe(2)
    const every = await entente(['watch', `${server.origin}/world.xml`, '--every', '5 minutes'])
    expect(every.code).toBe(2)
    expect(every.stderr).toContain('Cannot use --every "5 minutes": expected a duration such as 30s, 15m or 1h')
    expect((await entente(['watch', '--once'])).code).toBe(2)
  })
})

const DURATIONS: [text: string, ms: number][] = [
  ['15m', 900_000],
  ['30s', 30_000],
  ['1h', 3_600_000],
  ['250ms', 250],
  ['1.5s', 1500],
]
for (const [text, ms] of DURATIONS) {
  test(`duration("${text}") is ${ms} ms`, () => {
    expect(duration(text, '--every')).toBe(ms)
  })
}
