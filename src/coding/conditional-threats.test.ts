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

/**
 * Issue 10 item 2: "would" in the outcome of a condition set on a side is that outcome's stated intention, as "will"
 * is: a threat when the act is conflictual (1384, 1312), a promise when cooperative. Before, it was the act itself
 * marked hypothetical (an assault, 190, or sanctions, 163), scored as the act. What would have been done was not done
 * and is no event; a condition that names no side ("if confirmed", "if necessary") leaves a mere possibility.
 */
describe('the outcome of a condition set on a side is an intention; what would have been is no event', () => {
  codesEach([
    ['If Israel attacked Iran, Iran would strike Israeli cities.', ['IRN>ISR 1384 intent']],
    ['Israel would strike Lebanon if Hezbollah fired rockets at Israel.', ['ISR>LBN 1384 intent']],
    ['Should China invade Taiwan, Japan would impose sanctions on China.', ['JPN>CHN 1312 intent']],
    ['Germany would send tanks to Ukraine if the United States sent its own.', ['DEU>UKR 0332 intent']],
    ['Russia would have won the war without Western aid.', []],
    // counter-sentences: no side in the condition, no condition, a duty, a said intention
    ['If confirmed, the deal would see Turkey buy fighter jets from the United States.', ['TUR>USA 062 hypothetical']],
    ['If the talks succeed, Iran would release the American prisoners.', ['IRN>USA 0841 hypothetical']],
    ['Iran would have to withdraw its troops from Syria.', ['IRN>SYR 0874 hypothetical']],
    ['Iran said that if Israel attacked it, Iran would strike Israeli cities.', ['IRN>ISR 1384 intent']],
  ])
})

/**
 * Coreference (src/nlp/entities/coref.ts, warnerSubject): the subject pronoun of what a warning says will happen is
 * the warner also when a condition stands between them ("Iran warned that if Israel attacked, it would strike"); the
 * nearest name, the condition's side, made it Israel's own threat on itself (ISR>ISR 1384).
 */
describe('a warner is the subject of its threat past a condition', () => {
  codesEach([
    ['Iran warned that if Israel attacked, it would strike Israeli cities.', ['IRN>ISR 1384 intent']],
    // counter-sentences: no condition between; what befalls the one warned
    ['Russia warned Ukraine it would destroy its bridges.', ['RUS>UKR 131 intent']],
    ['Russia warned that if Ukraine fired Western missiles, it would face a harsh response.', []],
  ])
})
