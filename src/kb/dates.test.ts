import { expect, test } from 'vitest'
import { isDay, isPartialDate, within } from './dates.js'

const DATES: [value: string, partial: boolean, day: boolean][] = [
  ['2023-04-05', true, true],
  ['2023-04', true, false],
  ['2023', true, false],
  ['2024-02-29', true, true],
  ['2023-02-29', false, false],
  ['2023-13-01', false, false],
  ['2023-4-5', false, false],
  ['', false, false],
]
for (const [value, partial, day] of DATES) {
  test(`${JSON.stringify(value)} is ${partial ? '' : 'not '}a partial date, ${day ? '' : 'not '}a day`, () => {
    expect(isPartialDate(value)).toBe(partial)
    expect(isDay(value)).toBe(day)
  })
}

test('within() treats bounds as inclusive and partial bounds as whole periods', () => {
  expect(within('2023-04-04', { from: '2023-04-04' })).toBe(true)
  expect(within('2023-04-03', { from: '2023-04-04' })).toBe(false)
  expect(within('2018-12-31', { from: '1961', to: '2018' })).toBe(true)
  expect(within('2019-01-01', { from: '1961', to: '2018' })).toBe(false)
  expect(within('2007-10-31', { from: '2007-10' })).toBe(true)
  expect(within('2000-01-01', {})).toBe(true)
})
