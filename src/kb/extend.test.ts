import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { loadKb } from './index.js'

/** Extensions of the package's KB (entente --kb DIR|FILE): they add to it and replace entries of the same id. */
const dir = mkdtempSync(join(tmpdir(), 'entente-kb-extend-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const folder = join(dir, 'extra')
mkdirSync(join(folder, 'people'), { recursive: true })
writeFileSync(
  join(folder, 'countries.json'),
  JSON.stringify([{ id: 'QRN', name: 'Qarnovia', demonyms: ['Qarnovian'] }]),
)
writeFileSync(
  join(folder, 'people', 'qrn.json'),
  JSON.stringify([
    {
      id: 'person:ilse-varnakova',
      name: 'Ilse Varnakova',
      roles: [{ title: 'President', of: 'QRN', from: '2001-03-04' }],
    },
  ]),
)
const peopleFile = join(dir, 'older-roles.json')
writeFileSync(
  peopleFile,
  JSON.stringify([
    {
      id: 'person:ilse-varnakova',
      name: 'Ilse Varnakova',
      aliases: ['I. Varnakova'],
      roles: [{ title: 'Foreign Minister', of: 'QRN', from: '1994-01-10', to: '2001-03-04' }],
    },
  ]),
)

test('a KB folder and a people file extend the package KB, which keeps all it had', () => {
  const own = loadKb()
  const kb = loadKb(undefined, { extend: [folder, peopleFile] })
  expect(kb).not.toBe(own)
  expect(kb.lookup('Qarnovia').map((hit) => hit.entity)).toEqual(['QRN'])
  expect(own.lookup('Qarnovia')).toEqual([])
  expect(kb.lookup('I. Varnakova').map((hit) => hit.entity)).toEqual(['person:ilse-varnakova'])
  expect(kb.rolesAt('person:ilse-varnakova', '1999-06-01').map((role) => role.title)).toEqual(['Foreign Minister'])
  expect(kb.rolesAt('person:ilse-varnakova', '2005-06-01').map((role) => role.title)).toEqual(['President'])
  // the package's own entities are all still there
  expect(kb.entity('NATO')?.name).toBe(own.entity('NATO')?.name)
  expect(kb.entities().length).toBe(own.entities().length + 2)
})

test('an entry of an extension replaces the package entry with its id', () => {
  const replacing = join(dir, 'replacing')
  mkdirSync(replacing)
  const nato = { id: 'NATO', name: 'Alliance of the North Atlantic', kind: 'alliance', members: ['USA', 'CAN'] }
  writeFileSync(join(replacing, 'organizations.json'), JSON.stringify([nato]))
  const kb = loadKb(undefined, { extend: [replacing] })
  expect(kb.entity('NATO')?.name).toBe('Alliance of the North Atlantic')
  expect(
    kb
      .membersAt('NATO', '2024-01-01')
      .map((m) => m.member)
      .sort(),
  ).toEqual(['CAN', 'USA'])
})

test('an extension that does not exist is an error naming it', () => {
  expect(() => loadKb(undefined, { extend: [join(dir, 'missing')] })).toThrow(
    /Cannot load KB ".*missing": file not found/,
  )
})

test('an agents file (what kb import writes from a Phoenix agents dictionary) extends the agent nouns', () => {
  const agents = join(dir, 'agents-imported.json')
  writeFileSync(agents, JSON.stringify([{ nouns: ['harbor pilot', 'harbor pilots'], sector: 'BUS' }]))
  const kb = loadKb(undefined, { extend: [agents] })
  expect(kb.agent('harbor pilots')?.sector).toBe('BUS')
  expect(loadKb().agent('harbor pilots')).toBeUndefined()
})
