import { expect, test } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { canonicalTitle, titleTable } from './index.js'
import { readTitleTable } from './title-table.js'

test('issue 9: one title table — a title the recognizer writes is the office the KB compares it as', () => {
  const table = titleTable()
  const offices = new Set(Object.keys(table.offices))
  // "Defense Secretary" is written "Secretary of Defense" by the recognizer: both are the KB's defence minister
  expect(canonicalTitle('Defense Secretary')).toBe('defence minister')
  expect(table.written).toContainEqual(['Defense Secretary', 'Secretary of Defense'])
  for (const [phrase, title] of table.written) {
    if (title && offices.has(canonicalTitle(phrase))) expect(canonicalTitle(title), phrase).toBe(canonicalTitle(phrase))
  }
  // the recognizer's role nouns and the coder's title words come from the same file
  expect(table.roleNouns).toContain('spokesman')
  expect(table.beforeName).toContain('ambassador')
})

test('a title table that is not JSON, or not a title table, is named with its problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-titles-'))
  try {
    const broken = join(dir, 'titles.json')
    writeFileSync(broken, '{ "offices": ')
    expect(() => readTitleTable(broken)).toThrow(
      new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a title table \\(`),
    )
    writeFileSync(broken, '{ "offices": 3 }')
    expect(() => readTitleTable(broken)).toThrow(/titles\.json: not a title table \(offices: /)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
