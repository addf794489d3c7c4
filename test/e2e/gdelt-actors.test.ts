import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { GDELT_COLUMNS } from '../../src/export/index.js'

const MAIN = resolve(process.env['ENTENTE_CLI'] ?? 'dist/cli/main.js')
const dir = mkdtempSync(join(tmpdir(), 'entente-gdelt-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function entente(args: string[]) {
  const result = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', cwd: dir })
  expect(result.status, result.stderr).toBe(0)
  return result.stdout
}

test(
  'issue 10: GDELT rows fill actor type and known-group columns from the actors coded in the text',
  { timeout: 120_000 },
  () => {
    writeFileSync(
      join(dir, 'story.txt'),
      'Hezbollah fired rockets at Israel on Monday.\nIraqi police arrested three smugglers in Basra on Tuesday.\n',
    )
    entente(['ingest', 'story.txt', '--published', '2023-04-05', '--db', 'store.db'])
    const rows = entente(['export', '--format', 'gdelt', '--db', 'store.db'])
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'))
    const col = (row: string[], name: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(name)]
    const attack = rows.find((row) => col(row, 'EventRootCode') === '19')!
    expect([col(attack, 'Actor1Code'), col(attack, 'Actor1CountryCode'), col(attack, 'Actor1KnownGroupCode')]).toEqual([
      'LBNREBHEZ',
      'LBN',
      'HEZ',
    ])
    expect(col(attack, 'Actor1Type1Code')).toBe('REB')
    expect(col(attack, 'Actor1Name')).toBe('LEBANON')
    expect(col(attack, 'Actor2Code')).toBe('ISR')
    const arrest = rows.find((row) => col(row, 'EventRootCode') === '17')!
    expect([col(arrest, 'Actor1Code'), col(arrest, 'Actor1CountryCode'), col(arrest, 'Actor1Type1Code')]).toEqual([
      'IRQCOP',
      'IRQ',
      'COP',
    ])
  },
)
