import { expect, test } from 'vitest'
import { cameoCodes, cameoInfo, loadCodeTables, ploverOf, ploverType } from './tables.js'

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

test('issue 9: a code has the traits of the codes above it, as the code table lists them', () => {
  const tables = loadCodeTables()
  // force is 171 (seizure) and the roots 18, 19, 20: not the rest of 17
  expect(tables.has('1711', 'force')).toBe(true)
  expect(tables.has('1822', 'force')).toBe(true)
  expect(tables.has('172', 'force')).toBe(false)
  expect(tables.has('17', 'authority')).toBe(true)
  expect(tables.has('115', 'authority')).toBe(true)
  expect(tables.has('111', 'authority')).toBe(false)
  // a resignation has no target; other 083x concessions may
  expect(tables.has('0831', 'noTarget')).toBe(true)
  expect(tables.has('0832', 'noTarget')).toBe(false)
  // a code the table does not list still inherits from its root
  expect(tables.has('0599', 'needsTarget')).toBe(true)
  expect(tables.cameo('100')?.aim).toBe('104')
  expect(tables.cameo('143')?.aim).toBe('143')
  expect(tables.cameo('140')?.aim).toBeUndefined()
})

test('issue 9: the general appeal and demand are the table’s, and a request is made specific by its form', () => {
  const tables = loadCodeTables()
  expect(tables.general('demand')).toBe('100')
  expect(tables.general('appeal')).toBe('020')
  expect(tables.general('intent')).toBeUndefined()
  expect(tables.generalForm('020')).toBe('appeal')
  expect(tables.generalForm('0256')).toBeUndefined()
  // reform promised and yielding take no other side; other cooperation does
  expect(tables.has('0341', 'unilateral')).toBe(true)
  expect(tables.has('0871', 'unilateral')).toBe(true)
  expect(tables.has('036', 'unilateral')).toBe(false)
})
