import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * A city named right before talks or a meeting ("after Vienna negotiations", "the Doha meeting") only says where they
 * were held: it is no side of the act, as the city of a named accord is not ("the Paris agreement"). Talks with a
 * capital, a capital that hosts, and a country the talks are about stay actors. Sentences of our own about real
 * events; "source>target root".
 */
describe('a city naming where talks were held is no target', () => {
  codedCases([
    ['Iran agreed to resume talks after Vienna negotiations.', '2019-05-01', ['IRN/IRN>- 03'], ['IRN/IRN>AUT/AUT 03']],
    [
      'The Taliban pledged to keep negotiating after the Doha meeting.',
      '2021-02-01',
      ['AFG/AFGINSTAL>- 03'],
      ['AFG/AFGINSTAL>QAT/QAT 03'],
    ],
    // counters: talks with a capital, a capital that hosts them, a country they are about
    ['Japan held talks with Moscow.', '2019-05-01', ['JPN/JPN>RUS/RUS 04']],
    ['Iran praised Moscow for hosting talks.', '2019-05-01', ['IRN/IRN>RUS/RUS 05']],
    ['Russia criticized the Syria talks.', '2019-05-01', ['RUS/RUS>SYR/SYR 11']],
    ['Ukraine accused Russia of stalling after Geneva talks.', '2019-05-01', ['UKR/UKR>RUS/RUS 11']],
  ])
})
