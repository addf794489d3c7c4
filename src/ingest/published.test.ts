import { expect, test } from 'vitest'
import { normalizeDate, parsePublished } from './published.js'

test('parsePublished() accepts YYYY-MM-DD and ISO date-times, returning the date', () => {
  expect(parsePublished('2023-04-05')).toBe('2023-04-05')
  expect(parsePublished('2023-04-05T10:30:00Z')).toBe('2023-04-05')
})

for (const bad of ['5 April 2023', '2023-02-30', '2023-4-5', 'yesterday', '']) {
  test(`parsePublished(${JSON.stringify(bad)}) throws date.malformed`, () => {
    expect(() => parsePublished(bad)).toThrow(expect.objectContaining({ code: 'date.malformed' }))
  })
}

const DATES: [raw: string, date: string | undefined][] = [
  ['2023-04-05T23:30:00-05:00', '2023-04-05'],
  ['2023-04-05', '2023-04-05'],
  ['20230405', '2023-04-05'],
  ['Wed, 05 Apr 2023 10:00:00 GMT', '2023-04-05'],
  ['Tue, 4 Apr 2023 22:15:00 +0200', '2023-04-04'],
  ['April 5, 2023', '2023-04-05'],
  ['5 April 2023 12:00 BST', '2023-04-05'],
  ['Sept. 12, 2022', '2022-09-12'],
  ['31 February 2023', undefined],
  ['soon', undefined],
]
for (const [raw, date] of DATES) {
  test(`normalizeDate(${JSON.stringify(raw)}) is ${date}`, () => {
    expect(normalizeDate(raw)).toBe(date)
  })
}
