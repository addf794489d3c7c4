import { describe, expect, test } from 'vitest'
import { buildEthnicGroups } from './ethnic-groups.js'
import { loadKb } from './load.js'

const COUNTRIES = new Set(['TUR', 'IRQ', 'LKA', 'IND'])

describe('ethnic groups', () => {
  test('every name, singular and adjective finds the group', () => {
    const groups = buildEthnicGroups(
      'groups.json',
      [{ name: 'Kurds', kind: 'ethnic', aliases: ['Kurd', 'Kurdish'], countries: ['TUR', 'IRQ'] }],
      COUNTRIES,
    )
    expect(groups.get('Kurdish')).toEqual({ name: 'Kurds', kind: 'ethnic', countries: ['TUR', 'IRQ'] })
    expect(groups.get('Kurd')).toBe(groups.get('Kurds'))
  })

  test('a home outside the group’s countries or an unknown country is refused, naming the entry', () => {
    expect(() =>
      buildEthnicGroups(
        'groups.json',
        [{ name: 'Tamils', kind: 'ethnic', countries: ['LKA'], home: 'IND' }],
        COUNTRIES,
      ),
    ).toThrow(/entry 0 \(Tamils\): home: "IND" is not one of its countries/)
    expect(() =>
      buildEthnicGroups('groups.json', [{ name: 'Kurds', kind: 'ethnic', countries: ['XXX'] }], COUNTRIES),
    ).toThrow(/Unknown country "XXX"/)
  })

  test('the KB file loads: Tamils live in Sri Lanka, world religions anywhere', () => {
    const kb = loadKb()
    expect(kb.ethnicGroup('Tamil')).toMatchObject({ home: 'LKA' })
    expect(kb.ethnicGroup('Muslims')?.countries).toEqual([])
    expect(kb.ethnicGroup('Muslim')).toBeUndefined()
  })
})
