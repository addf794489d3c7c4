import { describe } from 'vitest'
import { codesEach } from './test-helpers.js'

/**
 * Review debt (issue 10): the entries that bar or stop a side from going somewhere (172, 1722, 175, and 191 for ships,
 * aid and forces kept out) fired with a cause as their subject, coding a curb with no source on the side kept back.
 * They now ask for an actor as the doer (`doer`): an actor, or agents of an unnamed side ("Police", "Authorities").
 * Sentences of our own, whole pipeline.
 */
describe('a cause that keeps people from going somewhere is no actor curbing them', () => {
  codesEach([
    ['High prices stopped Kenyan students from attending university.', []],
    ['Heavy rain prevented Pakistani farmers from reaching the market.', []],
    ['Visa rules stopped Nigerian athletes from travelling to the Olympics.', []],
    ['The lack of visas kept Afghan students from travelling to Germany.', []],
    ['Bad weather stopped Turkish aid from reaching Gaza.', []],
    // counter-sentences: an actor, or agents of an unnamed side, still bar them
    ['Hungary stopped Syrian refugees from crossing the border.', ['HUN>SYR 172 asserted']],
    ['Israeli police stopped Palestinian worshippers from entering the mosque.', ['ISR>PSE 172 asserted']],
    ['Police stopped Palestinian worshippers from entering the mosque.', ['->PSE 172 asserted']],
    ['Authorities barred Uyghur students from travelling abroad.', ['->CHN 172 asserted']],
    ['Egypt stopped Turkish aid from reaching Gaza.', ['EGY>PSE 191 asserted']],
  ])
})
