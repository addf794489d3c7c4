import { expect, test } from 'vitest'
import { codeEvents } from './code.js'
import { packageResources, testDoc } from './test-helpers.js'

function coded(text: string): string[] {
  return codeEvents(testDoc(text), packageResources()).map(
    (e) => `${e.source?.entity ?? '-'}>${e.target?.entity ?? '-'} ${e.cameo}`,
  )
}

test('a sum of money with its currency sign is skipped like any quantity', () => {
  expect(coded('Germany pledged $50 million in aid to Ukraine.')).toEqual(['DEU>UKR 033'])
  expect(coded('Britain pledged £20m in aid to Ethiopia.')).toEqual(['GBR>ETH 033'])
  expect(coded('Japan pledged €300 million to Ukraine on Tuesday.')).toEqual(['JPN>UKR 033'])
  expect(coded('Canada pledged US$1.5 billion to Ukraine.')).toEqual(['CAN>UKR 033'])
})

test('a currency named after the number is part of the sum', () => {
  expect(coded('Japan pledged 2 billion yen in aid to Indonesia.')).toEqual(['JPN>IDN 033'])
})

test('a currency sign before no number is no sum', () => {
  // "$" alone is a symbol: nothing to skip, so the pattern does not reach past it
  expect(coded('Germany pledged $ to Ukraine.')).toEqual([])
})
