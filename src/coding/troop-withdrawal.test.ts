import { describe } from 'vitest'
import { codesEach } from './test-helpers.js'

/**
 * Issue 10 items 2 and 4: a state pulling its forces out of a place is "Retreat or surrender militarily" (CAMEO 0874:
 * retreat, withdraw, yield control of a location by pulling out armed forces), whether the verb says it ("withdrew
 * its troops from") or a noun does ("the withdrawal of its troops from", announced, completed or ordered); before,
 * the verb coded 087 and some nouns 0874. Forces leaving the border with a side pull back from that side. Sentences
 * of our own, whole pipeline.
 */
describe('a pullout of forces is 0874, verb or noun', () => {
  codesEach([
    ['France withdrew its troops from Mali.', ['FRA>MLI 0874 asserted']],
    ['Israel pulled its troops out of Gaza.', ['ISR>PSE 0874 asserted']],
    ['Russia announced the withdrawal of its troops from Syria.', ['RUS>SYR 0874 asserted']],
    ['The United States completed the withdrawal of its forces from Iraq.', ['USA>IRQ 0874 asserted']],
    ['Indian troops withdrew from the border with China.', ['IND>CHN 0874 asserted']],
  ])
})

describe('other de-escalation, other doers and other things withdrawn keep their codes', () => {
  codesEach([
    ['Israel halted its strikes on Gaza.', ['ISR>PSE 087 asserted']],
    ['Refugees withdrew from the border with Serbia.', []],
    ['South Korea dropped its complaint against Japan.', ['KOR>JPN 080 asserted']],
    ['Japan announced new sanctions against Russia.', ['JPN>RUS 163 asserted']],
  ])
})
