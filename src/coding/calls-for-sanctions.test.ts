import { describe } from 'vitest'
import { codesEach } from './test-helpers.js'

/**
 * Issue 10 items 2 and 7: a call, push or plea for sanctions on a side is a demand for a policy change aimed at that
 * side (CAMEO 1042), not the sanctions (163) nor an appeal to the side itself; before, a bare "call on $TARGET",
 * "urge $TARGET" or "push $TARGET" read past the thing asked for and coded 020 to the side to be sanctioned. A call
 * for the sanctions to end stays an appeal for their easing (0254). Sentences of our own, whole pipeline.
 */
describe('sanctions called for, urged or sought against a side are a demand aimed at it (1042)', () => {
  codesEach([
    ['Germany called for sanctions on Russia.', ['DEU>RUS 1042 asserted']],
    ['Poland called for tougher sanctions against Belarus.', ['POL>BLR 1042 asserted']],
    ['Ukraine urged new sanctions on Russia.', ['UKR>RUS 1042 asserted']],
    ['Lithuania pushed for an embargo against China.', ['LTU>CHN 1042 asserted']],
    ['Britain pressed for sanctions against Iran.', ['GBR>IRN 1042 asserted']],
    ["Lithuania's call for sanctions on China drew a sharp reply.", ['LTU>CHN 1042 asserted']],
    // counter-sentences: the sanctions' end asked for, or a side called on to act, keep their codes
    ['Germany called for the lifting of sanctions on Russia.', ['DEU>RUS 0254 asserted']],
    ['Egypt called on Israel to halt the raids.', ['EGY>ISR 020 asserted']],
    ['Estonia called again on Russia to release the ship.', ['EST>RUS 0253 asserted']],
  ])
})

/**
 * "called for a ban on Russian gas" calls on no one (the "on" is the ban's), and "called for talks on Ukraine" calls
 * nothing off: "call on $TARGET" now excludes a "for" after the verb, and the 164 entry no longer reads "call" with an
 * optional "off" (the phrasal verb "call+off" has its own entry).
 */
describe('"call for X on Y" is neither a call on Y nor a call-off', () => {
  codesEach([
    ['Poland called for a ban on Russian gas imports.', []],
    ["Germany called for talks on Russia's gas supplies.", []],
    ['Iran called off the nuclear talks on Friday.', ['IRN>- 164 asserted']],
    ['Russia called off talks with Ukraine.', ['RUS>UKR 164 asserted']],
    ['Japan called for talks with China.', ['JPN>CHN 026 asserted']],
  ])
})

/**
 * Issue 10 item 4: a plea to end sanctions asks that they be eased (0254), as a call for their lifting does;
 * before, "called for an end to sanctions on Iran" coded nothing, and "an end to US sanctions against Iran" coded the
 * sanctions themselves (USA>IRN 163). The side sanctioned is the target, as after "the lifting of sanctions on"; with
 * none named, the side whose sanctions they are. A plea to end fighting and a demand keep their codes.
 */
describe('a plea to end sanctions is an appeal to ease them (0254), not sanctions nor a demand for them', () => {
  codesEach([
    ['China called for an end to sanctions on Iran.', ['CHN>IRN 0254 asserted']],
    ['Russia called for an end to US sanctions against Iran.', ['RUS>IRN 0254 asserted']],
    ['Turkey pressed for an end to sanctions on Syria.', ['TUR>SYR 0254 asserted']],
    ['Cuba called for an end to American sanctions.', ['CUB>USA 0254 asserted']],
    // counter-sentences: the end of fighting called for, a demand, sanctions called for
    ['China called for an end to fighting in Sudan.', ['CHN>SDN 0256 asserted']],
    ['China demanded an end to sanctions on North Korea.', ['CHN>PRK 1054 asserted']],
    ['Germany called for new sanctions on Russia.', ['DEU>RUS 1042 asserted']],
  ])
})
