import { describe, expect, test } from 'vitest'
import { codeEvents } from './code.js'
import { readDataFile } from './data-file.js'
import { loadObjectBackoff, type ObjectRule } from './object-backoff.js'
import { packageResources, testDoc } from './test-helpers.js'

function coded(text: string): { event: string; rule: string; confidence: number }[] {
  return codeEvents(testDoc(text), packageResources()).map((e) => ({
    event: `${e.source?.entity ?? '-'}→${e.target?.entity ?? '-'} ${e.cameo}`,
    rule: e.rule,
    confidence: e.confidence,
  }))
}

const byClass = (rule: string) => rule.endsWith('(object class)')
const { rules } = readDataFile('object-backoff.json') as { rules: ObjectRule[] }

describe('every class rule codes its example through its class, not through an entry of the head', () => {
  for (const rule of rules) {
    test(`${rule.verbs} + ${rule.object} → ${rule.code}: ${rule.example}`, () => {
      const want = `${rule.expect.source ?? '-'}→${rule.expect.target ?? '-'} ${rule.code}`
      const got = coded(rule.example)
      expect(
        got.filter((e) => byClass(e.rule)).map((e) => e.event),
        JSON.stringify(got),
      ).toContain(want)
    })
  }
})

describe('class-level object back-off (data/coding/object-backoff.json)', () => {
  test('an entry naming the object wins over the class rule, and the class rule is coded less surely', () => {
    const entry = coded('Germany sent tanks to Poland.')
    expect(entry.map((e) => e.event)).toEqual(['DEU→POL 072'])
    expect(byClass(entry[0]!.rule)).toBe(false)
    const rule = coded('Germany transferred ordnance to Poland.')
    expect(rule.map((e) => e.event)).toEqual(['DEU→POL 072'])
    expect(byClass(rule[0]!.rule)).toBe(true)
    expect(rule[0]!.confidence).toBeLessThan(entry[0]!.confidence)
  })

  test('an entry that passes over the object yields to a longer class rule naming it', () => {
    // "fly to|into $TARGET" (042) and "donate to? $TARGET as?" (070) skip the object within their gap
    expect(coded('Britain flew commandos to Poland.').map((e) => e.event)).toEqual(['GBR→POL 154'])
    expect(coded('Colombia donated mattresses to Venezuela.').map((e) => e.event)).toEqual(['COL→VEN 073'])
    expect(coded('Britain flew to Poland.').map((e) => e.event)).toEqual(['GBR→POL 042'])
    // a longer entry still wins
    expect(coded('Germany sent tanks to Poland.').map((e) => e.rule)).toEqual([
      'send|supply|deliver|provide weapon|arm|missile|tank|ammunition|jet to $TARGET',
    ])
  })

  test('the object class decides the code for one verb', () => {
    expect(coded('Colombia dispatched mattresses to Venezuela.').map((e) => e.event)).toEqual(['COL→VEN 073'])
    expect(coded('Colombia dispatched ordnance to Venezuela.').map((e) => e.event)).toEqual(['COL→VEN 072'])
  })

  test('a class rule needs a target actor and the active voice', () => {
    expect(coded('Germany transferred ordnance to the front.').filter((e) => byClass(e.rule))).toEqual([])
    expect(coded('Ordnance was transferred to Poland by Germany.').filter((e) => byClass(e.rule))).toEqual([])
  })

  test('a word of another class in the object keeps its own rule: peacekeepers are not weapons', () => {
    expect(coded('Kenya dispatched blue helmets to Sudan.').map((e) => e.event)).toEqual(['KEN→SDN 074'])
  })

  test('"a plan to supply Ukraine with drones" is a plan, not a delivery: unveiled, an intention (INTENT_NOUNS)', () => {
    expect(coded('Britain unveiled a plan to supply Ukraine with drones.').map((e) => e.event)).toEqual([
      'GBR→UKR 0332',
    ])
    expect(coded('Britain unveiled a plan to equip Ukraine with howitzers.').map((e) => e.event)).toEqual([
      'GBR→UKR 0332',
    ])
    expect(coded('Britain discussed a plan to supply Ukraine with drones.')).toEqual([])
    expect(coded('Britain supplied Ukraine with drones.').map((e) => e.event)).toEqual(['GBR→UKR 072'])
  })

  test('a rule naming no verb group or frame of the file is a load error', () => {
    const file = { version: 'entente object back-off 1', verbs: { GIVE: 'give' }, frames: { to: 'V O to $TARGET' } }
    const rule = { object: '&WEAPON', code: '072', example: 'x', expect: { source: null, target: null, code: '072' } }
    expect(() =>
      loadObjectBackoff(undefined, { ...file, rules: [{ ...rule, verbs: 'SEND', frames: ['to'] }] }),
    ).toThrow(/rule 1: no verb group SEND/)
    expect(() =>
      loadObjectBackoff(undefined, { ...file, rules: [{ ...rule, verbs: 'GIVE', frames: ['at'] }] }),
    ).toThrow(/rule 1: no frame at/)
  })
})
