import { describe, expect, test } from 'vitest'
import { geoColumns } from './geo.js'

describe('ActionGeo columns', () => {
  test('a gazetteer town gives its country, coordinates and GeoNames id', () => {
    const [type, name, country, adm1, adm2, lat, lon, feature] = geoColumns('place:kharkiv')
    expect([type, name, country, adm1, adm2]).toEqual([4, 'Kharkiv, Ukraine', 'UKR', '', ''])
    expect(lat).toBeCloseTo(49.98, 1)
    expect(lon).toBeCloseTo(36.25, 1)
    expect(feature).toBe(706483)
  })

  test('a US town is a US city; no place gives empty cells', () => {
    expect(geoColumns('place:chicago')[0]).toBe(3)
    expect(geoColumns(null)).toEqual(['', '', '', '', '', '', '', ''])
  })
})
