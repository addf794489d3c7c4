import { expect, test } from 'vitest'
import type { GoldDoc, GoldMention } from './gold.js'
import { mentionTypesOf } from './mention-types.js'
import { reportMentions, scoreMentions } from './score-mentions.js'
import type { SystemSpan } from './system.js'

const TEXT = 'Japanese Foreign Minister Yoshimasa Hayashi met NATO in Brussels.'

function goldOf(mentions: GoldMention[]): GoldDoc {
  return { id: 'g', text: TEXT, file: 'g.gold.json', textPath: 'g.gold.json', scored: ['mentions'], mentions }
}

function span(text: string, type: string): SystemSpan & GoldMention {
  const start = TEXT.indexOf(text)
  return { start, end: start + text.length, text, type }
}

const GOLD = goldOf([
  span('Japanese Foreign Minister Yoshimasa Hayashi', 'PERSON'),
  span('NATO', 'ORGANIZATION'),
  span('Brussels', 'LOCATION'),
])

test('the same span is an exact match, an overlapping one partial', () => {
  const system = [span('Yoshimasa Hayashi', 'PERSON'), span('NATO', 'ORGANIZATION')]
  const report = reportMentions(scoreMentions(GOLD, system, mentionTypesOf([GOLD])).tally)
  expect(report.exact).toMatchObject({ tp: 1, fp: 1, fn: 2 })
  expect(report.partial).toMatchObject({ tp: 2, fp: 0, fn: 1 })
  expect(report.by_type['PERSON']?.partial).toMatchObject({ tp: 1, fp: 0, fn: 0 })
  expect(report.by_type['PERSON']?.exact).toMatchObject({ tp: 0, fp: 1, fn: 1 })
})

test('a mention of another type does not match', () => {
  const system = [span('NATO', 'LOCATION')]
  const { tally } = scoreMentions(GOLD, system, mentionTypesOf([GOLD]))
  expect(tally.byType['ORGANIZATION']?.partial).toEqual({ tp: 0, fp: 0, fn: 1 })
  expect(tally.byType['LOCATION']?.partial).toEqual({ tp: 0, fp: 1, fn: 1 })
})

test('only the types the set annotates are scored, on the system side too', () => {
  const gold = goldOf([span('NATO', 'ORGANIZATION')])
  const system = [span('NATO', 'ORGANIZATION'), span('Yoshimasa Hayashi', 'PERSON')]
  const report = reportMentions(scoreMentions(gold, system, mentionTypesOf([gold])).tally)
  expect(Object.keys(report.by_type)).toEqual(['ORGANIZATION'])
  expect(report.exact).toMatchObject({ tp: 1, fp: 0, fn: 0 })
})

test('a set with LOCATION but no NATIONALITY accepts NATIONALITY as LOCATION', () => {
  const gold = goldOf([span('Japanese', 'LOCATION')])
  const { tally } = scoreMentions(gold, [span('Japanese', 'NATIONALITY')], mentionTypesOf([gold]))
  expect(tally.byType['LOCATION']?.exact).toEqual({ tp: 1, fp: 0, fn: 0 })
})
