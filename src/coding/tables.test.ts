import { expect, test } from 'vitest'
import { cameoCodes, cameoInfo, ploverOf, ploverType } from './tables.js'

test('cameoInfo() knows every root and keeps leading zeros', () => {
  for (let root = 1; root <= 20; root++) expect(cameoInfo(String(root).padStart(2, '0'))).toBeDefined()
  expect(cameoInfo('057')).toMatchObject({ goldstein: 8, quad: 1 })
  expect(cameoInfo('163')).toMatchObject({ goldstein: -8, quad: 4 })
  expect(cameoInfo('0311')?.quad).toBe(1)
  expect(cameoInfo('999')).toBeUndefined()
  expect(cameoCodes().length).toBeGreaterThan(280)
})

test('quad classes follow roots: 01-05, 06-08, 09-13, 14-20', () => {
  const expected = (root: number) => (root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4)
  for (const info of cameoCodes()) expect(info.quad).toBe(expected(Number(info.code.slice(0, 2))))
})

test('ploverOf() maps CAMEO codes and falls back to the base code', () => {
  expect(ploverOf('051')).toBe('SUPPORT')
  expect(ploverOf('046')).toBe('CONSULT')
  expect(ploverOf('190')).toBe('ASSAULT')
  expect(ploverOf('1662')).toBe('SANCTION')
  expect(ploverOf('010')).toBeUndefined()
  expect(ploverType('AGREE')?.quad).toBe(1)
})
