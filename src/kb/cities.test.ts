import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { AliasTable } from './aliases.js'
import { buildCities, readCities, type CityRecord } from './cities.js'
import type { KbEntity } from './types.js'

const town = (name: string, country: string, extra: Partial<CityRecord> = {}): CityRecord => ({
  name,
  country,
  lat: 10,
  lon: 20,
  population: 200_000,
  geonames: 1,
  ...extra,
})

describe('buildCities', () => {
  test('adds free names as places of their country, minor ones marked', () => {
    const table = new AliasTable()
    const built = buildCities(
      [town('Ostrava', 'CZE'), town('Zlin', 'CZE', { minor: true })],
      table,
      new Map(),
      new Set(),
      new Set(['CZE']),
    )
    expect(built.entities.map((e) => [e.id, e.country])).toEqual([
      ['place:ostrava', 'CZE'],
      ['place:zlin', 'CZE'],
    ])
    expect(table.lookup('Zlin')).toEqual([{ entity: 'place:zlin', kind: 'place', form: 'name', city: 'minor' }])
  })

  test('a name the KB has is not taken; a place of the same country gets the coordinates', () => {
    const table = new AliasTable()
    table.add('Lyon', 'place:lyon', 'place', 'name')
    table.add('Jordan', 'JOR', 'country', 'name')
    const places = new Map<string, KbEntity>([
      ['place:lyon', { id: 'place:lyon', kind: 'place', name: 'Lyon', aliases: [], country: 'FRA' }],
    ])
    const built = buildCities(
      [town('Lyon', 'FRA'), town('Jordan', 'PHL')],
      table,
      places,
      new Set(),
      new Set(['FRA', 'PHL']),
    )
    expect(built.entities).toEqual([])
    expect(built.geo.get('place:lyon')).toMatchObject({ lat: 10, lon: 20 })
    expect(table.lookup('Jordan').map((hit) => hit.entity)).toEqual(['JOR'])
  })

  test("a KB person's given name or surname is not taken", () => {
    const built = buildCities(
      [town('Kagame', 'RWA')],
      new AliasTable(),
      new Map(),
      new Set(['Kagame']),
      new Set(['RWA']),
    )
    expect(built.entities).toEqual([])
  })
})

describe('namesakes abroad', () => {
  const brest = town('Brest', 'BLR', {
    namesakes: [{ country: 'FRA', lat: 48.39, lon: -4.49, population: 144_899, geonames: 2 }],
  })

  test("a kept town's namesake abroad is a place of its own country, marked ambiguous behind the default", () => {
    const table = new AliasTable()
    const built = buildCities([brest], table, new Map(), new Set(), new Set(['BLR', 'FRA']))
    expect(built.entities.map((e) => [e.id, e.country])).toEqual([
      ['place:brest', 'BLR'],
      ['place:brest-fra', 'FRA'],
    ])
    const hits = table.lookup('Brest')
    expect(hits.find((hit) => hit.entity === 'place:brest')?.ambiguous).toBeUndefined()
    expect(hits.find((hit) => hit.entity === 'place:brest-fra')?.ambiguous).toMatch(/namesake/)
  })

  test("a capital's namesakes are left out, and so is one the KB already holds", () => {
    const table = new AliasTable()
    table.add('Brest', 'place:brest-capital', 'place', 'capital')
    table.add('Brest', 'place:brest-port', 'place', 'name')
    const places = new Map<string, KbEntity>([
      ['place:brest-capital', { id: 'place:brest-capital', kind: 'place', name: 'Brest', aliases: [], country: 'BLR' }],
      ['place:brest-port', { id: 'place:brest-port', kind: 'place', name: 'Brest', aliases: [], country: 'FRA' }],
    ])
    const built = buildCities([brest], table, places, new Set(), new Set(['BLR', 'FRA']))
    expect(built.entities).toEqual([])
  })

  test('a broken namesake is named with its field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cities-'))
    const file = join(dir, 'cities.json')
    const broken = { ...brest, namesakes: [{ country: 'FR', lat: 1, lon: 2, population: 3, geonames: 4 }] }
    writeFileSync(file, JSON.stringify([broken]))
    expect(() => readCities(file)).toThrow(/namesakes\[0\]\.country: Expected/)
  })
})

describe('readCities', () => {
  test('a broken entry is named with its field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cities-'))
    const file = join(dir, 'cities.json')
    writeFileSync(file, JSON.stringify([town('Ostrava', 'CZE'), { ...town('Brno', 'CZ') }]))
    expect(() => readCities(file)).toThrow(/entry 1: country: Expected an ISO 3166-1 alpha-3 code/)
  })
})
