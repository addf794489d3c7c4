import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles): where troops said to be foreign stand is not whose they are ("Foreign troops in Mali"), so the
 * place is no source. Sentences of our own, through the whole pipeline; sides are written entity/actor code.
 */

describe('a place after foreign agents is not their country', () => {
  codedCases([
    ['Foreign troops in Mali attacked rebels.', '2019-05-01', [], ['MLI/MLI>- 19']],
    ['Foreign fighters in Syria attacked Kurdish forces.', '2019-05-01', [], ['SYR/SYR>SYR/SYRMIL 19']],
    // counter-sentences: a demonym names the troops' country; troops not said to be foreign keep the place's
    ['French troops in Mali attacked rebels.', '2019-05-01', ['FRA/FRAMIL>- 19']],
    ['Troops in Mali attacked rebels.', '2019-05-01', ['MLI/MLI>- 19']],
  ])
})
