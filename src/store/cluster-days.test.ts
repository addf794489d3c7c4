import { afterEach, describe, expect, test, vi } from 'vitest'
import { precisionRank } from '../dedup/cluster-rule.js'
import { dayText, exactDay } from './cluster-days.js'

afterEach(() => vi.restoreAllMocks())

describe('cluster days', () => {
  test('calendar days, other dates and their ranks, asked again and again, answer the same', () => {
    for (let round = 0; round < 3; round++) {
      expect(exactDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000)
      expect(exactDay('2021-07-04T09:30')).toBe(Date.UTC(2021, 6, 4) / 86_400_000)
      expect(exactDay('2023-02-29')).toBeUndefined()
      expect(exactDay('2023-05')).toBeUndefined()
      expect(exactDay('2023')).toBeUndefined()
      expect(exactDay('2023-W19')).toBeUndefined()
      expect(dayText(Date.UTC(1999, 11, 31) / 86_400_000)).toBe('1999-12-31')
      expect(dayText((exactDay('2020-03-01') as number) - 1)).toBe('2020-02-29')
      expect(['2022-11-08', '2022-11', '2022', '2022-W45', '2022-11T08'].map(precisionRank)).toEqual([0, 1, 2, 3, 1])
    }
  })

  test('issue 14 item 7: a date asked for again is not parsed again', () => {
    const parse = vi.spyOn(Date, 'parse')
    const day = exactDay('2019-10-09')
    expect(exactDay('2019-10-09')).toBe(day)
    expect(exactDay('2019-10-09T14:00')).toBe(day)
    // one parse for the date, one for the same day with a time: the second asking of each reads what was kept
    expect(parse).toHaveBeenCalledTimes(2)
    expect(dayText(day as number)).toBe('2019-10-09')
  })
})
