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
  expect(table.roleNouns.has('spokesman')).toBe(true)
  expect(table.beforeName.has('ambassador')).toBe(true)
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
    expect(() => readTitleTable(broken)).toThrow(/titles\.json: not a title table \(titles: .*offices: /)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a written form has one meaning: a second title or office for it is refused, naming both', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-titles-'))
  const file = join(dir, 'titles.json')
  const table = (titles: unknown[], offices: Record<string, string[]> = { 'defence minister': [] }) =>
    JSON.stringify({ titles, honorifics: ['Mr.'], offices, modifiers: [], roleNouns: [], beforeName: [] })
  try {
    writeFileSync(
      file,
      table([{ title: 'Defence Minister', written: ['Defense Secretary'], office: 'defence minister' }]),
    )
    expect(readTitleTable(file).written).toEqual([
      ['Defence Minister', 'Defence Minister'],
      ['Defense Secretary', 'Defence Minister'],
      ['Mr.', ''],
    ])
    expect(readTitleTable(file).offices).toEqual({ 'defence minister': ['defense secretary'] })
    // "Defense Secretary" written for two titles
    writeFileSync(
      file,
      table([
        { title: 'Defence Minister', written: ['Defense Secretary'], office: 'defence minister' },
        { title: 'Secretary of Defense', written: ['Defense Secretary'] },
      ]),
    )
    expect(() => readTitleTable(file)).toThrow(
      /"Defense Secretary" means both the title Defence Minister \(office defence minister\) and the title Secretary of Defense/,
    )
    // a title of one office spelled as another office
    writeFileSync(
      file,
      table([{ title: 'Secretary of State', office: 'foreign minister' }], {
        'foreign minister': [],
        'home secretary': ['secretary of state'],
      }),
    )
    expect(() => readTitleTable(file)).toThrow(/"secretary of state" means both .* and the office home secretary/)
    writeFileSync(file, table([{ title: 'Defence Minister', office: 'war minister' }]))
    expect(() => readTitleTable(file)).toThrow(/office "war minister" is not one of offices/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
