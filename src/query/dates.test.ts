import { expect, test } from 'vitest'
import { checkRange, isoWeek, parseDay, parseFrom, parseTo, periodOf, validAt } from './dates.js'

const WEEKS: [day: string, week: string][] = [
  ['2023-01-01', '2022-W52'],
  ['2023-01-02', '2023-W01'],
  ['2021-01-03', '2020-W53'],
  ['2020-12-31', '2020-W53'],
  ['2024-12-30', '2025-W01'],
  ['2023-04-05', '2023-W14'],
]
for (const [day, week] of WEEKS) test(`isoWeek(${day}) = ${week}`, () => expect(isoWeek(day)).toBe(week))

test('dates parse or fail with date.malformed', () => {
  expect(parseDay('2023-04-05')).toBe('2023-04-05')
  expect(parseFrom('2023-04')).toBe('2023-04-01')
  expect(parseTo('2024-02')).toBe('2024-02-29')
  expect(parseTo('2023')).toBe('2023-12-31')
  for (const bad of ['2023-02-30', '04/05/2023', 'yesterday', '2023-13']) {
    expect(() => parseFrom(bad)).toThrow(expect.objectContaining({ code: 'date.malformed' }))
  }
  expect(() => parseDay('2023-04')).toThrow(expect.objectContaining({ code: 'date.malformed' }))
})

test('periods and validity', () => {
  expect(periodOf('2023-04-05', 'month')).toBe('2023-04')
  expect(periodOf('2023-04', 'week')).toBeUndefined()
  expect(validAt('2023-04-04', { from: '2023-04-04', to: null })).toBe(true)
  expect(validAt('2023-04-03', { from: '2023-04-04', to: null })).toBe(false)
  expect(validAt('2023-12-31', { from: null, to: '2023' })).toBe(true)
})

test('issue 14: a range whose first day is after its last is a usage error; one day is a range', () => {
  expect(() => checkRange({ from: '2024-01-01', to: '2020-12-31' })).toThrow(
    expect.objectContaining({ code: 'usage', message: expect.stringContaining('2024-01-01 to 2020-12-31') }),
  )
  expect(() => checkRange({ from: parseFrom('2024-05'), to: parseTo('2024-04') })).toThrow(
    expect.objectContaining({ code: 'usage' }),
  )
  expect(() => checkRange({ from: parseFrom('2024-04'), to: parseTo('2024-04') })).not.toThrow()
  expect(() => checkRange({ from: '2024-04-04' })).not.toThrow()
})
