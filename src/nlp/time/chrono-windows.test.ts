import * as chrono from 'chrono-node'
import { expect, test } from 'vitest'
import { chronoWindows } from './chrono-candidates.js'

// paragraphs with dates written every way chrono reads them, far apart and close together
const PARAGRAPHS = [
  'The ministers met in Vilnius on Tuesday, July 11, 2023, and again at 9:30 a.m. the next day before flying home.',
  'Finland applied in May 2022. It joined on 4 April 2023, a day after the foreign ministers gathered in Brussels.',
  'The deadline passed on 2023-04-05T10:00:00Z without an answer from Moscow, officials said in a long statement.',
  'Talks are set for 7/8/2024 in Doha. Negotiators said the earlier round, from March 3 to March 5, made progress.',
  'A spokesman said the convoy left at 6 pm on Sunday; a second one is planned for next Friday at noon, he added.',
  'The weekend summit ended without a deal. Leaders will meet again this week, on Thursday, in a much smaller room.',
  'Sales fell in Sept. and Oct. 2022, and the board met on Sat., Dec. 3, to review what the months of war had cost.',
  'Long before any date is written in this paragraph the speakers said a great deal about trade, tariffs and ports, and only then, at the very end of it all, did they mention January 15.',
]

test('whatever chrono finds in a whole paragraph lies inside one window', () => {
  for (const text of PARAGRAPHS) {
    const windows = chronoWindows(text)
    const results = chrono.en.casual.parse(text, new Date(Date.UTC(2000, 0, 1)))
    expect(results.length).toBeGreaterThan(0)
    for (const result of results) {
      const end = result.index + result.text.length
      expect(
        windows.some((w) => w.start <= result.index && end <= w.end),
        `${result.text} in ${text}`,
      ).toBe(true)
    }
  }
})

test('windows cut at spaces, join when they overlap, and skip text far from any date', () => {
  const text = PARAGRAPHS.at(-1)!
  const windows = chronoWindows(text)
  expect(windows).toHaveLength(1)
  const [window] = windows
  expect(window!.start).toBeGreaterThan(0)
  expect(text[window!.start]).toBe(' ')
  expect(window!.end).toBe(text.length)
  expect(chronoWindows('Talks on Monday and Tuesday.')).toEqual([{ start: 0, end: 28 }])
  expect(chronoWindows('No anchor here at all.')).toEqual([])
})

test('windows whose stretches overlap are one, even when their anchors are far apart', () => {
  const text = `On Monday ${'x'.repeat(70)} and Tuesday we met again.`
  const windows = chronoWindows(text)
  expect(windows).toEqual([{ start: 0, end: text.length }])
})
