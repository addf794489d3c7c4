import { expect, test } from 'vitest'
import { formatWeek, parseDay, shiftDate } from './calendar.js'
import { relativeOffset } from './relative-offset.js'

const SHIFTS: [iso: string, offset: string, expected: string | undefined][] = [
  ['2023-04-05', '-P1D', '2023-04-04'],
  ['2023-04-05', 'P1D', '2023-04-06'],
  ['2023-03-31', '-P1M', '2023-02-28'],
  ['2023-01-02', '-P2W', '2022-12-19'],
  ['2023-04', 'P1M', '2023-05'],
  ['2023-01', '-P1M', '2022-12'],
  ['2023', '-P1Y', '2022'],
  ['2023-04', 'P1D', undefined],
  ['2023-W14', 'P1W', undefined],
  ['PAST_REF', 'P1D', undefined],
  ['2023-04-05', 'P', undefined],
]

for (const [iso, offset, expected] of SHIFTS) {
  test(`shiftDate(${iso}, ${offset}) is ${expected}`, () => expect(shiftDate(iso, offset)).toBe(expected))
}

test('ISO weeks belong to the year of their Thursday', () => {
  expect(formatWeek(parseDay('2023-04-05')!)).toBe('2023-W14')
  expect(formatWeek(parseDay('2021-01-01')!)).toBe('2020-W53')
  expect(formatWeek(parseDay('2024-12-30')!)).toBe('2025-W01')
})

test('parseDay refuses dates that do not exist and reads date-times', () => {
  expect(parseDay('2023-02-30')).toBeUndefined()
  expect(parseDay('yesterday')).toBeUndefined()
  expect(parseDay('2023-04-05T18:42:00+09:00')).toBe(parseDay('2023-04-05'))
})

const OFFSETS: [text: string, offset: string | undefined][] = [
  ['a day after', 'P1D'],
  ['two weeks before', '-P2W'],
  ['Three years earlier', '-P3Y'],
  ['the previous day', '-P1D'],
  ['the next day', 'P1D'],
  ['last month', undefined],
]

for (const [text, offset] of OFFSETS) {
  test(`relativeOffset(${JSON.stringify(text)}) is ${offset}`, () => expect(relativeOffset(text)).toBe(offset))
}
