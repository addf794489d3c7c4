import { expect, test } from 'vitest'
import { viewOf, wordsOf } from '../nlp/syntax/index.js'
import { isAmountToken } from './amount.js'
import { codedWith, packageResources, testDoc } from './test-helpers.js'

const coded = codedWith({})

test('a sum of money with its currency sign is skipped like any quantity', () => {
  expect(coded('Germany pledged $50 million in aid to Ukraine.')).toEqual(['DEU>UKR 033'])
  expect(coded('Britain pledged £20m in aid to Ethiopia.')).toEqual(['GBR>ETH 033'])
  expect(coded('Japan pledged €300 million to Ukraine on Tuesday.')).toEqual(['JPN>UKR 033'])
  expect(coded('Canada pledged US$1.5 billion to Ukraine.')).toEqual(['CAN>UKR 033'])
})

test('a currency named after the number is part of the sum', () => {
  expect(coded('Japan pledged 2 billion yen in aid to Indonesia.')).toEqual(['JPN>IDN 033'])
})

/** The words of a text that count as part of a sum of money. */
function amountWords(text: string): string[] {
  const { kb, lexicon } = packageResources()
  const view = viewOf(testDoc(text), kb, wordsOf(lexicon))
  return view.tokens.flatMap((token, i) => (isAmountToken(view, i) ? [token.norm] : []))
}

test('a currency sign before no number is no sum', () => {
  expect(amountWords('Germany pledged $ to Ukraine.')).toEqual([])
  expect(amountWords('Germany pledged $50 million to Ukraine.')).toEqual(['$'])
})

test('a year before a currency word is no sum: "won" after a year is the verb', () => {
  expect(amountWords('South Korea in 2019 won the right to host the summit.')).toEqual([])
  expect(amountWords('Seoul pledged 500 billion won to the fund.')).toEqual(['won'])
  expect(amountWords('Tokyo pledged 2,000 yen per family.')).toEqual(['yen'])
})
