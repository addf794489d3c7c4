import { describe } from 'vitest'
import { codesEach } from './test-helpers.js'

/**
 * Issue 10 item 2: a conflictual act stated as an intention on a condition ("If Russia does not withdraw its troops,
 * NATO will deploy more forces") is a threat (CAMEO: a forecast conflictual act is a threat) aimed at the side the
 * condition is about, as a threat with its condition after it already was ("threatened to walk out of the talks if
 * Sweden sent troops"). Before, the condition before the clause named no side, and an intention (not a threat verb)
 * looked for none. Sentences of our own, whole pipeline.
 */
describe('a threat on a condition is aimed at the side the condition is about', () => {
  codesEach([
    ['If Russia does not withdraw its troops, NATO will deploy more forces.', ['NATO>RUS 138 intent']],
    ['NATO will deploy more forces if Russia does not withdraw its troops.', ['NATO>RUS 138 intent']],
    ['Unless North Korea stops its missile tests, Japan will deploy more missile defences.', ['JPN>PRK 138 intent']],
    // counter-sentences: a target of the act's own, a condition naming no side, cooperation promised on a condition
    ['If Ukraine joins NATO, Russia will deploy nuclear weapons in Belarus.', ['RUS>BLR 138 intent']],
    ['NATO will deploy more forces to Poland.', ['NATO>POL 138 intent']],
    ['If the talks fail, Russia will resume its attacks.', ['RUS>- 138 intent']],
    ['If Hamas releases the hostages, Israel will halt its strikes on Gaza.', ['ISR>PSE 0356 intent']],
    ['If elected, Trump will deploy troops to the border.', ['USA>- 138 intent']],
  ])
})
