import { expect, test } from 'vitest'
import { codedWith } from './test-helpers.js'

const coded = codedWith({})

test('cooperation with no side named, in a sentence naming another actor, is no event', () => {
  expect(coded('Japan pledged closer cooperation, India said.')).toEqual([])
  expect(coded('Kenya attended the summit, Ethiopia said.')).toEqual([])
})

test('cooperation with a named side, or among coordinated subjects, is coded', () => {
  expect(coded('Japan pledged closer cooperation with India.')).toEqual(['JPN>IND 030'])
  expect(coded('Russia and China signed a deal.')).toEqual(['RUS>CHN 057', 'CHN>RUS 057'])
})

test('yielding and reform take no other side and stay coded', () => {
  expect(coded('Japan said China will release the sailors.')).toEqual(['CHN>- 0353'])
  expect(coded('The Sudanese prime minister resigned, Egypt said.')).toEqual(['SDN>- 0831'])
})
