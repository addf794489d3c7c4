import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles: a weapon as the subject of a verb of travel), over the whole pipeline with the real KB. Sentences of
 * our own about real kinds of events; each `absent` event was coded before the rule.
 */

describe('a missile, rocket or drone that lands in or flies into a place makes no visit (042)', () => {
  codedCases([
    [
      'A North Korean missile landed in the sea inside Japan’s exclusive economic zone.',
      '2022-11-03',
      [],
      ['PRK/PRK>JPN/JPN 04'],
    ],
    ['Several rockets landed in Israel.', '2023-10-08', [], ['ISR/ISR>ISR/ISR 04']],
    ['Two rockets fired from Lebanon landed in Israel on Sunday.', '2023-10-15', [], ['LBN/LBN>ISR/ISR 04']],
    ['A Russian drone flew into Romania.', '2023-09-06', [], ['RUS/RUS>ROU/ROU 04']],
    // counter-sentences: a person lands, a weapon strikes
    ['Putin landed in Tehran on Tuesday for a summit.', '2022-07-19', ['RUS/RUSGOV>IRN/IRN 04']],
    [
      'The Russian foreign minister, whose country fired missiles at Kyiv, landed in India.',
      '2023-03-01',
      ['RUS/RUS>IND/IND 04'],
    ],
    ['A Russian drone struck a port in Romania.', '2023-09-06', ['RUS/RUS>ROU/ROU 19']],
  ])
})
