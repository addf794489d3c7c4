import { expect, test } from 'vitest'
import { loadKb } from '../kb/index.js'
import { formatSearch, formatShow, resolveEntity, showEntity } from './kb.js'

const kb = loadKb()

test('kb show NATO lists 30 members on 2023-04-03 and 31 on 2023-04-05', () => {
  expect(showEntity(kb, 'NATO', { at: '2023-04-03' }).members).toHaveLength(30)
  const after = showEntity(kb, 'NATO', { at: '2023-04-05' })
  expect(after.members?.map((member) => member.member)).toContain('FIN')
  expect(formatShow(after, kb)).toContain('members on 2023-04-05: 31')
  expect(formatShow(after, kb)).toContain('FIN  Finland (2023-04-04 –)')
})

test('kb show takes names and aliases as well as ids', () => {
  expect(resolveEntity(kb, 'nato').entity.id).toBe('NATO')
  expect(resolveEntity(kb, 'Britain').entity.id).toBe('GBR')
  expect(resolveEntity(kb, 'Congo').alternatives).toEqual(['COG'])
})

test('kb show of a country lists memberships at the date', () => {
  const result = showEntity(kb, 'FIN', { at: '2023-04-05' })
  expect(result.memberships?.map((membership) => membership.org)).toEqual(expect.arrayContaining(['EU', 'NATO']))
  expect(showEntity(kb, 'FIN', { at: '2023-04-03' }).memberships?.map((m) => m.org)).not.toContain('NATO')
})

test('kb show of the G7 names the presidency and the EU as participant', () => {
  const text = formatShow(showEntity(kb, 'G7', { at: '2023-04-05' }), kb)
  expect(text).toContain('members on 2023-04-05: 7 (+1 other)')
  expect(text).toContain('presidency on 2023-04-05: JPN (Japan)')
})

test('an unknown entity is kb.unknown with a hint to search', () => {
  expect(() => showEntity(kb, 'Xanadu', { at: '2023-04-05' })).toThrow(
    expect.objectContaining({ code: 'kb.unknown', hint: expect.stringContaining('entente kb search') }),
  )
})

test('a malformed --at is date.malformed', () => {
  expect(() => showEntity(kb, 'NATO', { at: '05/04/2023' })).toThrow(
    expect.objectContaining({ code: 'date.malformed' }),
  )
})

test('kb search prints id, kind and name', () => {
  expect(formatSearch(kb.search('Finland')).split('\n')[0]).toBe('FIN\tcountry\tFinland')
})
