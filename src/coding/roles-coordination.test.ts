import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles): coordination and passive. Sentences of our own, through the whole pipeline;
 * sides are written entity/actor code.
 */

describe('a verb with an object of its own does not share the next verb object', () => {
  codedCases([
    [
      'Russia and China vetoed the resolution and criticised the United States.',
      '2024-03-01',
      ['RUS/RUS>USA/USA 11'],
      ['RUS/RUS>USA/USA 12', 'CHN/CHN>USA/USA 12'],
    ],
    // counter-sentence: a verb with no object shares the next one's
    ['France criticised and sanctioned Iran.', '2024-03-01', ['FRA/FRA>IRN/IRN 11', 'FRA/FRA>IRN/IRN 16']],
  ])
})

describe('a participle coordinated with a passive is passive too', () => {
  codedCases([
    ['The resolution was drafted by France and vetoed by Russia.', '2024-03-01', [], ['->RUS/RUS 12']],
    // counter-sentence: a passive with its own auxiliary
    ['The resolution was vetoed by Russia.', '2024-03-01', [], ['->RUS/RUS 12']],
  ])
})

describe('a coordinated subject restores ties with each other', () => {
  codedCases([
    ['Saudi Arabia and Iran restored ties.', '2023-03-10', ['SAU/SAU>IRN/IRN 05', 'IRN/IRN>SAU/SAU 05']],
    ['Saudi Arabia restored ties with Iran.', '2023-03-10', ['SAU/SAU>IRN/IRN 05']],
  ])
})
