import { expect, test } from 'vitest'
import { codedWith } from './test-helpers.js'

const coded = codedWith({})

test('the agent of a go-between participle after the object is no target of the main verb', () => {
  expect(coded('Iran and Saudi Arabia signed a deal brokered by China.')).toEqual(['IRN>SAU 057', 'SAU>IRN 057'])
  const truce = coded('Armenia and Azerbaijan agreed to a ceasefire brokered by Russia.')
  expect(truce).toContain('ARM>AZE 0356')
  expect(truce.some((e) => e.includes('>RUS'))).toBe(false)
})

test('the agent of a participle of holding or doing stays the side dealt with', () => {
  expect(coded('Britain demanded the release of sailors held by Iran.')).toEqual(['GBR>IRN 1053'])
})

test('a passive by-phrase before the pattern target is the agent', () => {
  expect(coded('A truce was brokered by Egypt between Israel and Jordan.')).toEqual(['EGY>ISR 045', 'EGY>JOR 045'])
  expect(coded('A deal brokered by Qatar between Israel and Jordan took effect.')).toEqual([
    'QAT>ISR 045',
    'QAT>JOR 045',
  ])
})

test('a participle with its own prepositional phrase before the by-phrase reads as a passive after a noun', () => {
  expect(coded('Sanctions imposed on Belarus by Canada took effect on Monday.')).toEqual(['CAN>BLR 163'])
  expect(coded('China condemned the sanctions placed on Iran by the United States.')).toContain('USA>IRN 163')
  expect(coded('Troops deployed in Poland by Britain left the country.')).toContain('GBR>POL 154')
  // a by-phrase that names no actor is no agent
  expect(coded('Protesters marched on the embassy by the thousands.')).not.toContain('->- 141')
  expect(coded('The army retaliated against Hamas by shelling Gaza.').some((e) => e.startsWith('->'))).toBe(false)
})
