import { describe, expect, test } from 'vitest'
import type { GoldDoc, GoldEvent } from './gold.js'
import { scoreEvents } from './score-events.js'
import type { SystemEvent } from './system.js'

function goldOf(events: GoldEvent[], optional: GoldEvent[] = []): GoldDoc {
  return {
    id: 'g',
    text: '',
    file: 'g.gold.json',
    textPath: 'g.gold.json',
    scored: ['events'],
    events,
    optional_events: optional,
  }
}

function sys(extra: Partial<SystemEvent>): SystemEvent {
  const base: SystemEvent = {
    source: 'JPN',
    target: 'NATO',
    cameo: '051',
    plover: undefined,
    negated: false,
    date: undefined,
    dateAfter: undefined,
    evidence: 'e',
  }
  return { ...base, ...extra }
}

const JPN_NATO: GoldEvent = { source: 'JPN', target: 'NATO', cameo: ['051', '050'] }

describe('scoreEvents', () => {
  test('a listed CAMEO code is a full match, a shared root only a root match', () => {
    const { tally } = scoreEvents(goldOf([JPN_NATO, { ...JPN_NATO, cameo: ['036'] }]), [sys({}), sys({ cameo: '031' })])
    expect(tally.root).toEqual({ tp: 2, fp: 0, fn: 0 })
    expect(tally.full).toEqual({ tp: 1, fp: 1, fn: 1 })
  })

  test('full matches are taken before root ones', () => {
    // In gold order the first event would take the root-matching "057" greedily; full-first prevents it.
    const gold = goldOf([
      { ...JPN_NATO, cameo: ['050'] },
      { ...JPN_NATO, cameo: ['057'] },
    ])
    const { tally } = scoreEvents(gold, [sys({ cameo: '057' }), sys({ cameo: '050' })])
    expect(tally.full.tp).toBe(2)
  })

  test('each gold event matches at most one system event', () => {
    const { tally } = scoreEvents(goldOf([JPN_NATO]), [sys({}), sys({})])
    expect(tally.root).toEqual({ tp: 1, fp: 1, fn: 0 })
  })

  test('negation must be equal', () => {
    const { tally } = scoreEvents(goldOf([{ ...JPN_NATO, negated: true }]), [sys({})])
    expect(tally.root).toEqual({ tp: 0, fp: 1, fn: 1 })
    expect(scoreEvents(goldOf([{ ...JPN_NATO, negated: true }]), [sys({ negated: true })]).tally.full.tp).toBe(1)
  })

  test('actors must be equal, and a null side means no actor', () => {
    expect(scoreEvents(goldOf([JPN_NATO]), [sys({ target: 'EU' })]).tally.root.tp).toBe(0)
    const noTarget: GoldEvent = { source: 'PAK', target: null, cameo: ['153'] }
    expect(scoreEvents(goldOf([noTarget]), [sys({ source: 'PAK', target: 'IND', cameo: '153' })]).tally.root.tp).toBe(0)
    expect(
      scoreEvents(goldOf([noTarget]), [sys({ source: 'PAK', target: undefined, cameo: '153' })]).tally.root.tp,
    ).toBe(1)
  })

  test('a side with actors_unscored matches any system actor, the other side still counts', () => {
    const gold = goldOf([{ source: null, target: 'USA', cameo: ['138'], actors_unscored: true }])
    expect(scoreEvents(gold, [sys({ source: 'IRN', target: 'USA', cameo: '138' })]).tally.full.tp).toBe(1)
    expect(scoreEvents(gold, [sys({ source: undefined, target: 'USA', cameo: '138' })]).tally.full.tp).toBe(1)
    expect(scoreEvents(gold, [sys({ source: 'IRN', target: 'ISR', cameo: '138' })]).tally.full.tp).toBe(0)
  })

  test('without a CAMEO list the PLOVER type decides, at root and full alike', () => {
    const gold = goldOf([{ source: 'USA', target: 'RUS', plover: ['INVESTIGATE', 'ACCUSE'] }])
    const matched = scoreEvents(gold, [sys({ source: 'USA', target: 'RUS', cameo: '112', plover: 'ACCUSE' })]).tally
    expect(matched.root.tp).toBe(1)
    expect(matched.full.tp).toBe(1)
    const other = scoreEvents(gold, [sys({ source: 'USA', target: 'RUS', cameo: '112', plover: 'DEMAND' })]).tally
    expect(other.root).toEqual({ tp: 0, fp: 1, fn: 1 })
  })

  test('system events matching an optional event are left out of both counts', () => {
    const optional: GoldEvent = { source: 'JPN', target: 'NATO', cameo: ['040', '043'] }
    const { tally } = scoreEvents(goldOf([JPN_NATO], [optional]), [
      sys({}),
      sys({ cameo: '043' }),
      sys({ cameo: '043' }),
    ])
    expect(tally.optional).toBe(1)
    expect(tally.root).toEqual({ tp: 1, fp: 1, fn: 0 })
    expect(tally.full).toEqual({ tp: 1, fp: 1, fn: 0 })
  })

  test('an optional event never counts as missed', () => {
    const { tally } = scoreEvents(goldOf([], [JPN_NATO]), [])
    expect(tally.root).toEqual({ tp: 0, fp: 0, fn: 0 })
  })

  test('date accuracy compares at the gold precision over matched events with a gold date', () => {
    const gold = goldOf([
      { ...JPN_NATO, date: '2022-02' },
      { ...JPN_NATO, cameo: ['036'], date: '2022-02' },
      { ...JPN_NATO, cameo: ['010'] },
      { ...JPN_NATO, cameo: ['111'], date: '2022-02' },
    ])
    const system = [
      sys({ date: '2022-02-24' }),
      sys({ cameo: '036', date: '2022' }),
      sys({ cameo: '010', date: '2023-01-01' }),
    ]
    const { tally, findings } = scoreEvents(gold, system)
    expect(tally.date).toEqual({ correct: 1, total: 2 })
    expect(findings.wrong.map((item) => item.reason)).toEqual(['date 2022, gold 2022-02'])
    expect(findings.missed).toHaveLength(1)
  })
})
