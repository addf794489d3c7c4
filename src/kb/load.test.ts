import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { defaultKbDir, loadKb } from './index.js'

let dir: string

/** A copy of data/kb without people, in a fresh temp folder. */
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'entente-kb-'))
  for (const file of ['countries.json', 'organizations.json', 'regions.json', 'places.json']) {
    cpSync(join(defaultKbDir(), file), join(dir, file))
  }
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function edit(file: string, change: (entries: Record<string, unknown>[]) => void): void {
  const path = join(dir, file)
  const entries = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[]
  change(entries)
  writeFileSync(path, JSON.stringify(entries))
}

function loadError(): string {
  try {
    loadKb(dir)
  } catch (error) {
    expect(error).toMatchObject({ code: 'kb.invalid' })
    return (error as Error).message
  }
  throw new Error('expected loadKb to fail')
}

describe('loadKb validation', () => {
  test('a bad membership date names file, entry, id and field', () => {
    edit('organizations.json', (entries) => {
      const members = entries[0]?.members as Record<string, unknown>[]
      if (members[2]) members[2].from = '1949-02-30'
    })
    expect(loadError()).toMatch(
      /^Cannot load KB ".*organizations\.json": entry 0 \(NATO\): members\.2\.from: Invalid date$/,
    )
  })

  test('an unknown member id is reported', () => {
    edit('organizations.json', (entries) => {
      ;(entries[1]?.members as unknown[]).push('XYZ')
    })
    expect(loadError()).toMatch(/entry 1 \(EU\): members\.\d+\.member: Unknown id "XYZ"$/)
  })

  test('a misspelt field is reported, not ignored', () => {
    edit('regions.json', (entries) => {
      if (entries[3]) entries[3].memebers = ['DNK']
    })
    expect(loadError()).toMatch(/regions\.json": entry 3 \(region:scandinavia\): Unrecognized key/)
  })

  test('a missing file and broken JSON are reported', () => {
    rmSync(join(dir, 'places.json'))
    expect(loadError()).toMatch(/places\.json": file not found$/)
    writeFileSync(join(dir, 'places.json'), '[{')
    expect(loadError()).toMatch(/^Cannot load KB ".*places\.json": /)
  })

  test('loads without people, and caches per folder', () => {
    const kb = loadKb(dir)
    expect(kb.stats().person ?? 0).toBe(0)
    expect(loadKb(dir)).toBe(kb)
  })

  test('a broken people file is skipped and reported; valid ones load', () => {
    mkdirSync(join(dir, 'people'))
    const person = {
      id: 'person:ana-ruiz',
      name: 'Ana Ruiz',
      roles: [{ title: 'Foreign Minister', of: 'ESP', from: '2020-01-01' }],
    }
    writeFileSync(join(dir, 'people', 'ESP.json'), JSON.stringify([person]))
    writeFileSync(
      join(dir, 'people', 'FRA.json'),
      JSON.stringify([{ id: 'person:x', name: 'X', roles: [{ title: 'President' }] }]),
    )
    const kb = loadKb(dir)
    expect(kb.problems).toHaveLength(1)
    expect(kb.problems[0]).toMatch(/FRA\.json": entry 0 \(person:x\): roles\.0\.of: /)
    expect(kb.peopleWithRole('ESP', 'Minister of Foreign Affairs', '2021-05-01').map((role) => role.person)).toEqual([
      'person:ana-ruiz',
    ])
    expect(kb.rolesAt('person:ana-ruiz', '2019-12-31')).toEqual([])
    expect(kb.lookup('Ana Ruiz')[0]).toMatchObject({ entity: 'person:ana-ruiz', kind: 'person' })
    expect(kb.entity('person:ana-ruiz')?.country).toBe('ESP')
  })
})
