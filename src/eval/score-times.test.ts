import { expect, test } from 'vitest'
import type { GoldDoc, GoldTime } from './gold.js'
import { reportTimes, scoreTimes } from './score-times.js'
import type { SystemSpan } from './system.js'

const TEXT = 'On Wednesday, after a two-day meeting, ministers met again this year.'

function time(text: string, value: string | undefined, type = 'DATE'): SystemSpan & GoldTime {
  const start = TEXT.indexOf(text)
  return { start, end: start + text.length, text, type, value }
}

const GOLD: GoldDoc = {
  id: 'g',
  text: TEXT,
  file: 'g.gold.json',
  textPath: 'g.gold.json',
  scored: ['times'],
  times: [time('Wednesday', '2023-04-05'), time('two-day', 'P2D', 'DURATION'), time('this year', '2023')],
}

test('detection needs overlap; value F1 needs overlap and the equal value', () => {
  const system = [
    time('On Wednesday', '2023-04-05'),
    time('two-day meeting', 'P1D', 'DURATION'),
    time('again', 'PRESENT_REF'),
  ]
  const report = reportTimes(scoreTimes(GOLD, system).tally)
  expect(report.detection).toEqual({ p: 0.6667, r: 0.6667, f1: 0.6667, tp: 2, fp: 1, fn: 1 })
  expect(report.value).toEqual({ p: 0.3333, r: 0.3333, f1: 0.3333, tp: 1, fp: 2, fn: 2 })
  expect(report.value_accuracy).toBe(0.5)
  expect(report.matched).toBe(2)
})

test('values compare trimmed and upper-cased; an unresolved time has no value', () => {
  const system = [time('Wednesday', ' 2023-04-05 '), time('this year', undefined)]
  const report = reportTimes(scoreTimes(GOLD, system).tally)
  expect(report.value).toMatchObject({ tp: 1, fp: 1, fn: 2 })
  expect(report.value_accuracy).toBe(0.5)
})

test('a right value is not lost to an overlapping neighbour with a wrong one', () => {
  const system = [time('a two', 'P1D', 'DURATION'), time('two-day', 'P2D', 'DURATION')]
  const gold: GoldDoc = { ...GOLD, times: [time('two-day', 'P2D', 'DURATION')] }
  expect(scoreTimes(gold, system).tally.value.tp).toBe(1)
})
