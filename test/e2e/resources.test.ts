import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

/**
 * Issue 10 item 8: `entente dictionary import --from petrarch`, and --kb / --dictionary on extract, ingest and eval
 * (a --kb extends the package's KB; a --dictionary replaces the package's dictionary).
 */
const MAIN = resolve(process.env['ENTENTE_CLI'] ?? 'dist/cli/main.js')
const SHARED = resolve('..', 'shared', 'evaldata', 'petrarch-cameo')
const dir = mkdtempSync(join(tmpdir(), 'entente-resources-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function entente(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', input, cwd: dir })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

// a dictionary and a KB written for this test: an invented country, and a verb our own dictionary codes otherwise
writeFileSync(
  join(dir, 'small.verbs'),
  ['--- COMMEND [057] ---', 'COMMEND', 'LAUD', '- * + (FOR AID) [070]', '- &NOSUCHSET * + [190]', ''].join('\n'),
)
mkdirSync(join(dir, 'kb'))
writeFileSync(join(dir, 'kb', 'countries.json'), JSON.stringify([{ id: 'QRN', name: 'Qarnovia' }]))
writeFileSync(
  join(dir, 'people.json'),
  JSON.stringify([
    {
      id: 'person:ilse-varnakova',
      name: 'Ilse Varnakova',
      roles: [{ title: 'President', of: 'QRN', from: '2001-03-04' }],
    },
  ]),
)

function events(stdout: string): string[] {
  const doc = JSON.parse(stdout) as {
    events: { source?: { entity: string }; target?: { entity: string }; cameo: string }[]
  }
  return doc.events.map((e) => `${e.source?.entity ?? '-'}>${e.target?.entity ?? '-'} ${e.cameo}`)
}

describe('dictionary import and resource flags', { timeout: 180_000 }, () => {
  test('the CLI is built (`npm run build`)', () => {
    expect(existsSync(MAIN), `${MAIN} is missing: run \`npm run build\` first`).toBe(true)
  })

  test('dictionary import writes our format and reports what it could not convert', () => {
    const run = entente(['dictionary', 'import', '--from', 'petrarch', 'small.verbs', '--out', 'small'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('wrote')
    expect(run.stdout).toMatch(/1 {2}words before the verb \(subject constraints\)\n\s+e\.g\. line 5: - &NOSUCHSET/)
    expect(readdirSync(join(dir, 'small')).sort()).toEqual(['05-petrarch.json', '07-petrarch.json', 'lexicon'])
  })

  test('extract --dictionary codes with that dictionary and --kb links with the extended KB', () => {
    const text = 'President Ilse Varnakova of Qarnovia lauded Canada on Monday.'
    const both = entente(
      ['extract', '-', '--published', '2024-03-05', '--dictionary', 'small', '--kb', 'kb', '--kb', 'people.json'],
      text,
    )
    expect(both.code).toBe(0)
    expect(events(both.stdout)).toEqual(['QRN>CAN 057'])
    // without the KB the invented country is nobody; without the dictionary "laud" codes as our own says
    const noKb = entente(['extract', '-', '--published', '2024-03-05', '--dictionary', 'small'], text)
    expect(events(noKb.stdout).filter((e) => e.includes('QRN'))).toEqual([])
    const own = entente(['extract', '-', '--published', '2024-03-05', '--kb', 'kb'], 'Qarnovia lauded Canada.')
    expect(events(own.stdout)).not.toContain('QRN>CAN 057')
  })

  test('kb import --from phoenix writes a people file that --kb extends the KB with', () => {
    // an invented person, in office in a real country from 1994
    const actors = ['ESTONIA_ [EST]', 'ILSE_VARNAKOVA_', '\t[ESTELI 650101-940110]', '\t[ESTGOV >940110]', '']
    writeFileSync(join(dir, 'small.actors'), actors.join('\n'))
    const run = entente(['kb', 'import', '--from', 'phoenix', 'small.actors', '--out', 'imported.json'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('wrote imported.json: 1 people with 1 dated roles')
    expect(run.stdout).toMatch(/1 {2}elite \(ELI\): not an office/)
    const text = 'Ilse Varnakova praised Canada on Monday.'
    const linked = entente(['extract', '-', '--published', '2005-03-08', '--kb', 'imported.json'], text)
    expect(events(linked.stdout)).toEqual(['EST>CAN 051'])
    const own = entente(['extract', '-', '--published', '2005-03-08'], text)
    expect(events(own.stdout).filter((e) => e.startsWith('EST'))).toEqual([])
  })

  test('a missing dictionary or KB is an error naming it, exit 1', () => {
    const run = entente(['extract', '-', '--dictionary', 'nowhere'], 'Finland joined NATO.')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Cannot read dictionary "nowhere"')
    const kb = entente(['extract', '-', '--kb', 'no-kb'], 'Finland joined NATO.')
    expect(kb.code).toBe(1)
    expect(kb.stderr).toMatch(/Cannot load KB ".*no-kb": file not found/)
  })

  test('ingest takes --dictionary; with --queue it is a usage error', () => {
    writeFileSync(join(dir, 'article.txt'), 'Qarnovia lauded Canada on Monday.')
    const run = entente([
      'ingest',
      'article.txt',
      '--db',
      'x.db',
      '--jobs',
      '1',
      '--published',
      '2024-03-05',
      '--kb',
      'kb',
      '--dictionary',
      'small',
      '--json',
    ])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ status: 'stored' })
    const query = entente(['query', 'events', '--actor', 'QRN', '--db', 'x.db', '--json'])
    expect(query.stdout).toContain('"057"')
    const queued = entente(['ingest', 'article.txt', '--queue', 'redis://127.0.0.1:6379', '--dictionary', 'small'])
    expect(queued.code).toBe(2)
  })

  test('eval --compare-dictionary imports a PETRARCH file and prints both dictionaries side by side', () => {
    const gold = resolve('..', 'shared', 'eval', 'seed')
    const verbs = join(SHARED, 'dictionaries', 'CAMEO.2.0.txt')
    const run = entente(['eval', '--gold', gold, '--compare-dictionary', verbs])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/imported CAMEO\.2\.0\.txt for the comparison: \d+ entries/)
    expect(run.stdout).toContain('Dictionaries side by side (same coder): entente | CAMEO.2.0.txt')
    expect(run.stdout).toMatch(/overall\s+root\s+1\.0000\s+1\.0000\s+1\.0000/)
  })
})
