import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { loadKb } from './index.js'

const dir = mkdtempSync(join(tmpdir(), 'entente-kb-groups-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function folderWith(name: string, files: Record<string, unknown>): string {
  const folder = join(dir, name)
  mkdirSync(folder, { recursive: true })
  for (const [file, entries] of Object.entries(files)) writeFileSync(join(folder, file), JSON.stringify(entries))
  return folder
}

test('a KB extension adds groups and bodies, and its agent nouns replace the package’s', () => {
  const folder = folderWith('extra', {
    'groups.json': [{ id: 'VALEFRONT', name: 'Vale Front', kind: 'armed-group', country: 'PER', codes: ['PERREB'] }],
    'bodies.json': [{ name: 'Palacio de Gobierno', country: 'PER', sector: 'GOV' }],
    'agents.json': [{ nouns: ['police', 'serenazgo'], sector: 'CVL' }],
  })
  const kb = loadKb(undefined, { extend: [folder] })
  expect(kb.entity('VALEFRONT')?.country).toBe('PER')
  expect(kb.lookup('Palacio de Gobierno')).toEqual([expect.objectContaining({ entity: 'PER', sector: 'GOV' })])
  expect(kb.agent('police')?.sector).toBe('CVL')
  expect(kb.agent('serenazgo')?.sector).toBe('CVL')
  expect(kb.agent('troops')?.sector).toBe('MIL')
  // the package's own KB is untouched
  expect(loadKb().agent('police')?.sector).toBe('COP')
})

test('bad group, body and agent entries are errors naming the file and the entry', () => {
  const badCode = folderWith('bad-code', {
    'groups.json': [{ id: 'VALEFRONT', name: 'Vale Front', kind: 'armed-group', country: 'PER', codes: ['REBPER'] }],
  })
  expect(() => loadKb(undefined, { extend: [badCode] })).toThrow(
    /bad-code.groups\.json.*VALEFRONT.*does not start with a country/,
  )
  const badCountry = folderWith('bad-country', {
    'bodies.json': [{ name: 'Nowhere House', country: 'QQQ', sector: 'GOV' }],
  })
  expect(() => loadKb(undefined, { extend: [badCountry] })).toThrow(/bad-country.bodies\.json.*Unknown id "QQQ"/)
  const badSector = folderWith('bad-sector', { 'agents.json': [{ nouns: ['wizards'], sector: 'WIZ' }] })
  expect(() => loadKb(undefined, { extend: [badSector] })).toThrow(
    /bad-sector.agents\.json.*Unknown CAMEO sector "WIZ"/,
  )
  const twice = folderWith('twice', {
    'agents.json': [
      { nouns: ['police'], sector: 'COP' },
      { nouns: ['police'], sector: 'MIL' },
    ],
  })
  expect(() => loadKb(undefined, { extend: [twice] })).toThrow(/"police" is listed twice/)
})

test('story nouns of an agent entry are read with it, and each must be one of its nouns', () => {
  const folder = folderWith('story', {
    'agents.json': [{ nouns: ['junta', 'juntas'], sector: 'GOV', story: ['junta'] }],
  })
  const kb = loadKb(undefined, { extend: [folder] })
  expect(kb.agent('junta')).toEqual({ sector: 'GOV', located: false, story: true })
  expect(kb.agent('juntas')).toEqual({ sector: 'GOV', located: false })
  const bad = folderWith('bad-story', { 'agents.json': [{ nouns: ['junta'], sector: 'GOV', story: ['juntas'] }] })
  expect(() => loadKb(undefined, { extend: [bad] })).toThrow(/story: "juntas" is not one of its nouns/)
})

test('a state body’s story nouns may take the dateline’s country; an entry with no story nouns may not say so', () => {
  const folder = folderWith('dateline', {
    'agents.json': [{ nouns: ['junta', 'juntas'], sector: 'GOV', story: ['junta'], dateline: true }],
  })
  const kb = loadKb(undefined, { extend: [folder] })
  expect(kb.agent('junta')).toEqual({ sector: 'GOV', located: false, story: true, dateline: true })
  expect(kb.agent('juntas')).toEqual({ sector: 'GOV', located: false })
  const bad = folderWith('bad-dateline', { 'agents.json': [{ nouns: ['junta'], sector: 'GOV', dateline: true }] })
  expect(() => loadKb(undefined, { extend: [bad] })).toThrow(/dateline: the entry has no story nouns/)
})
