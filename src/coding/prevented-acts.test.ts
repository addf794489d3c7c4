import { describe } from 'vitest'
import { codesEach } from './test-helpers.js'

/**
 * Issue 10 items 2 and 7: "prevent, bar, stop, block or keep X from V-ing" is the preventer's act against X, and V is
 * not asserted. Kept from going somewhere: a restriction of movement (172); kept from standing for office: a ban on
 * politicians (1722); kept from joining a body: the membership refused (129, as "blocked the Swedish bid"). Before,
 * these coded nothing, or a stop-over visit (042) read past "from docking in". Sentences of our own, whole pipeline.
 */
describe('a side prevented from acting is acted against; the prevented act is not coded', () => {
  codesEach([
    ['Israel prevented Palestinians from reaching the city in 2023.', ['ISR>PSE 172 asserted']],
    ['Poland kept Belarusian trucks from crossing the border.', ['POL>BLR 172 asserted']],
    ['Saudi Arabia barred Qatar from entering its airspace in 2017.', ['SAU>QAT 172 asserted']],
    ['Turkey blocked Sweden from joining NATO for months.', ['TUR>SWE 129 asserted']],
    ['Greece tried to stop North Macedonia from joining NATO.', ['GRC>MKD 129 asserted']],
    // counter-sentences: the prevented act is no event of its own; a stop on a journey is no prevention
    ['Egypt prevented Hamas from smuggling weapons into Gaza.', []],
    [
      'The Turkish president stopped in Cyprus before flying to Libya.',
      ['TUR>CYP 042 asserted', 'TUR>LBY 042 asserted'],
    ],
  ])
})
