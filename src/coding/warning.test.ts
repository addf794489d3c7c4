import { describe, expect, test } from 'vitest'
import { codedWith, type TestDocOptions } from './test-helpers.js'

/** "SRC>TGT code modality" of every event of a sentence, with the shipped dictionary. */
const coded = codedWith({ then: ['modality'] })

const it = (entity: string, text = 'it'): TestDocOptions => ({ extra: [{ text, entity, kind: 'country' }] })

/**
 * Issue 10 items 2 and 7: a warning governs the clause of an action. When the warner is to act, the action is its
 * threat (13 with the action's sub-code: attack 1384, sanctions 1312, occupation 1382), whatever the modal — "would",
 * "will", "could" or "might" (which alone is no event); the one warned is the target of a threat of conflict. When
 * another actor is to act, the clause forecasts that actor's act: no event of that actor.
 */
const CASES: [text: string, options: TestDocOptions, present: string[], absent: string[]][] = [
  // the warner's own act, with each modal
  ['Iran warned that it could strike Israel.', it('IRN'), ['IRN>ISR 1384 intent'], []],
  ['Iran warned that it might strike Israel.', it('IRN'), ['IRN>ISR 1384 intent'], []],
  ['Iran warned that it would strike Israel.', it('IRN'), ['IRN>ISR 1384 intent'], []],
  ['Iran warned that it will strike Israel.', it('IRN'), ['IRN>ISR 1384 intent'], []],
  ['China warned it could impose sanctions on Taiwan.', it('CHN'), ['CHN>TWN 1312 intent'], []],
  // a phrase of the warner's own
  ['Pakistan warned that its troops could strike Afghanistan.', it('PAK', 'its'), ['PAK>AFG 1384 intent'], []],
  // "warned Y it would V": one threat by the warner, not a warning and a separate act of Y (the coreference may
  // have taken "it" for the one warned)
  [
    'Russia warned Georgia it would invade Georgia.',
    it('GEO'),
    ['RUS>GEO 1382 intent'],
    ['RUS>GEO 130 asserted', 'GEO>GEO 1382 intent'],
  ],
  // the one warned is the target of a threat of force aimed elsewhere
  [
    'Russia warned Poland that it could deploy nuclear weapons in Belarus.',
    it('RUS'),
    ['RUS>POL 138 intent'],
    ['RUS>BLR 138 intent'],
  ],
  // the action's own target comes before the one warned; a place after "in" is no target
  [
    'Russia warned Poland that it would strike Ukraine.',
    it('RUS'),
    ['RUS>UKR 1384 intent'],
    ['RUS>POL 1384 intent', 'RUS>POL 130 asserted'],
  ],
  // a negated act threatens nothing: the warning stays, and the act is coded negated as it stands
  [
    'Russia warned Poland that it would not attack Ukraine.',
    it('RUS'),
    ['RUS>POL 130 asserted'],
    ['RUS>POL 190 intent', 'RUS>POL 1384 intent'],
  ],
  // another actor is to act: a forecast, no event of that actor; the warning itself stays
  ['Iran warned that Israel could attack Lebanon.', {}, [], ['ISR>LBN 1384 intent', 'ISR>LBN 190 asserted']],
  ['Iran warned that Israel would attack Lebanon.', {}, [], ['ISR>LBN 1384 intent', 'IRN>LBN 1384 intent']],
  ['Iran warned Israel would attack Lebanon.', {}, ['IRN>ISR 130 asserted'], ['ISR>LBN 1384 intent']],
  // "could" without a warning stays no event
  ['Officials said Iran could strike Israel.', {}, [], ['IRN>ISR 1384 intent', 'IRN>ISR 190 asserted']],
]

describe('issue 10 (governed constructions): a warning of the warner’s own act is its threat', () => {
  for (const [text, options, present, absent] of CASES) {
    test(JSON.stringify(text), () => {
      const events = coded(text, options)
      for (const event of present) expect(events, text).toContain(event)
      for (const event of absent) expect(events, text).not.toContain(event)
    })
  }
})
