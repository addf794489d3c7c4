import { expect, test } from 'vitest'
import type { GoldDoc, GoldFact } from './gold.js'
import { scoreFacts } from './score-facts.js'
import type { SystemFact } from './system.js'

function goldOf(facts: GoldFact[]): GoldDoc {
  return { id: 'g', text: '', file: 'g.gold.json', textPath: 'g.gold.json', scored: ['facts'], facts }
}

function fact(subject: string, object: string, start?: string): SystemFact {
  return { relation: 'member_of', subject, object, start }
}

test('a subject list stands for one fact per member', () => {
  const gold = goldOf([{ relation: 'sanctions', subject: ['GBR', 'CAN', 'EU'], object: 'RUS' }])
  const system: SystemFact[] = [
    { relation: 'sanctions', subject: 'GBR', object: 'RUS', start: undefined },
    { relation: 'sanctions', subject: 'EU', object: 'RUS', start: undefined },
    { relation: 'sanctions', subject: 'RUS', object: 'GBR', start: undefined },
  ]
  const { tally, findings } = scoreFacts(gold, system)
  expect(tally.match).toEqual({ tp: 2, fp: 1, fn: 1 })
  expect(findings.missed.map((item) => item.label)).toEqual(['sanctions(CAN, RUS)'])
})

test('relation must match too', () => {
  const gold = goldOf([{ relation: 'presides', subject: 'JPN', object: 'G7' }])
  expect(scoreFacts(gold, [fact('JPN', 'G7')]).tally.match).toEqual({ tp: 0, fp: 1, fn: 1 })
})

test('start accuracy counts matched facts with a gold start', () => {
  const gold = goldOf([
    { relation: 'member_of', subject: 'FIN', object: 'NATO', start: '2023-04-04' },
    { relation: 'member_of', subject: 'SWE', object: 'NATO', start: '2024-03' },
    { relation: 'member_of', subject: 'JPN', object: 'G7' },
  ])
  const system = [fact('FIN', 'NATO', '2023-04-04'), fact('SWE', 'NATO', '2024'), fact('JPN', 'G7', '1975')]
  const { tally } = scoreFacts(gold, system)
  expect(tally.match.tp).toBe(3)
  expect(tally.start).toEqual({ correct: 1, total: 2 })
})
