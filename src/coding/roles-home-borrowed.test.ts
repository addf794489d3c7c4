import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles): an unnamed crowd protesting at an organization of states has no home to borrow from it; one
 * protesting at a state's government is of that state. Sentences of our own, through the whole pipeline; sides are
 * written entity/actor code.
 */

describe('an organization of states is no home of the crowd that protests at it', () => {
  codedCases([
    ['Farmers protested against the EU.', '2019-05-01', ['->EU/IGOEUREEC 14'], ['EU/IGOEUREEC>EU/EU 14']],
    ['Students protested against NATO.', '2019-05-01', [], ['NATO/IGOWSTNAT>NATO/NATO 14']],
    // counter-sentences: a state's government or leader is the crowd's own
    ['Farmers protested against the Spanish government.', '2019-05-01', ['ESP/ESP>ESP/ESP 14']],
    ['Protesters accused Merkel of betrayal.', '2019-05-01', ['DEU/DEU>DEU/DEU 11']],
  ])
})
