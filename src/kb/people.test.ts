import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { loadKb } from './load.js'
import { defaultKbDir, readEntries } from './read.js'
import { PersonEntry } from './schema.js'
import { canonicalTitle } from './titles.js'

interface Held {
  readonly person: string
  readonly of: string
  readonly from: string
  readonly to?: string | undefined
  readonly approx?: boolean | undefined
  readonly note?: string | undefined
}

const DAY = 86_400_000

/** The first and last day a partial date may mean: "1998" is 1998-01-01 to 1998-12-31. */
function day(date: string, end: boolean): number {
  const full =
    date.length === 4 ? `${date}-${end ? '12-31' : '01-01'}` : date.length === 7 ? `${date}-${end ? '28' : '01'}` : date
  return Date.parse(full)
}

function foreignMinisters(): Held[] {
  const dir = join(defaultKbDir(), 'people')
  const held: Held[] = []
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    for (const person of readEntries(join(dir, file), PersonEntry)) {
      for (const role of person.roles) {
        if (canonicalTitle(role.title) === 'foreign minister' && /^[A-Z]{3}$/.test(role.of))
          held.push({ person: person.id, ...role })
      }
    }
  }
  return held
}

/** A Soviet or Yugoslav minister filed under the successor state overlaps its republic's own minister. */
const FEDERAL = /Soviet|Yugoslav|Serbia and Montenegro/

describe('office holders', () => {
  test('a country has one foreign minister at a time (a month of overlap for a handover, a year when dates are approximate)', () => {
    const held = foreignMinisters()
    expect(held.length).toBeGreaterThan(400)
    const clashes: string[] = []
    for (const [k, a] of held.entries()) {
      for (const b of held.slice(k + 1)) {
        if (a.of !== b.of || a.person === b.person || FEDERAL.test(`${a.note ?? ''} ${b.note ?? ''}`)) continue
        const overlap =
          Math.min(day(a.to ?? '2100-01-01', true), day(b.to ?? '2100-01-01', true)) -
          Math.max(day(a.from, false), day(b.from, false))
        const allowed = (a.approx || b.approx ? 366 : 31) * DAY
        if (overlap > allowed)
          clashes.push(`${a.of}: ${a.person} ${a.from}–${a.to ?? ''} and ${b.person} ${b.from}–${b.to ?? ''}`)
      }
    }
    expect(clashes).toEqual([])
  })

  test('holders of the 1990s and 2000s are dated: Zlenko was Ukraine’s foreign minister in 1992, Tarasyuk in 1999', () => {
    const kb = loadKb()
    expect(kb.peopleWithRole('UKR', 'Foreign Minister', '1992-06-01').map((role) => role.person)).toEqual([
      'person:anatoliy-zlenko',
    ])
    expect(kb.peopleWithRole('UKR', 'Foreign Minister', '1999-06-01').map((role) => role.person)).toEqual([
      'person:borys-tarasyuk',
    ])
    expect(kb.peopleWithRole('POL', 'Foreign Minister', '1998-06-01').map((role) => role.person)).toEqual([
      'person:bronislaw-geremek',
    ])
  })
})

/**
 * Issue 10 item 5: foreign ministers of commit efb9044 (written from memory, month precision) whose start and end a
 * second public list of office holders confirms, to within that list's monthly updates. A month inside each term.
 */
const CHECKED_TERMS: [of: string, day: string, person: string][] = [
  ['BGR', '2007-03-01', 'person:ivailo-kalfin'],
  ['BGR', '2009-10-15', 'person:rumiana-jeleva'],
  ['CHL', '2007-06-01', 'person:alejandro-foxley'],
  ['CZE', '2008-03-01', 'person:karel-schwarzenberg'],
  ['CZE', '2010-01-15', 'person:jan-kohout'],
  ['HUN', '2005-06-01', 'person:ferenc-somogyi'],
  ['HUN', '2009-11-01', 'person:peter-balazs'],
  ['THA', '2008-05-01', 'person:noppadon-pattama'],
  ['THA', '2008-08-15', 'person:tej-bunnag'],
  ['THA', '2008-11-01', 'person:sompong-amornvivat'],
  ['PER', '2006-02-01', 'person:oscar-maurtua'],
  ['PER', '2004-09-01', 'person:manuel-rodriguez-cuadros'],
  ['PER', '2001-03-01', 'person:javier-perez-de-cuellar'],
]

describe('issue 10: foreign ministers whose dates were checked are no longer marked approximate', () => {
  const kb = loadKb()
  for (const [of, date, person] of CHECKED_TERMS) {
    test(`${person} is ${of}'s foreign minister on ${date}, with checked dates`, () => {
      const held = kb.peopleWithRole(of, 'Foreign Minister', date)
      expect(held.map((role) => role.person)).toEqual([person])
      expect(held[0]?.approx).toBeUndefined()
    })
  }
})
