import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles): a subject that names a place or body the KB cannot link is still someone, so the object actor
 * is not made its own source as if an unnamed group of its country acted at home. Sentences of our own, through the
 * whole pipeline with the real KB; sides are written entity/actor code.
 */

describe('an unlinked named subject does not hand its act to the object actor', () => {
  codedCases([
    ["Guinea's ruling council rebuffed Senegal.", '2021-09-20', ['->SEN/SEN 12'], ['SEN/SEN>SEN/SEN 12']],
    [
      "Guinea's ruling council rebuffed mediation by ECOWAS.",
      '2021-09-20',
      ['->ECOWAS/IGOWAFWAS 12'],
      ['ECOWAS/IGOWAFWAS>ECOWAS/ECOWAS 12'],
    ],
    // a linked subject (a junta acts as its country's government), and an unnamed group of the only country named,
    // stay as they were
    ["Gabon's junta rebuffed mediation by ECOWAS.", '2023-09-20', ['GAB/GABGOV>ECOWAS/IGOWAFWAS 12']],
    ['Striking dockers demanded the resignation of the Kenyan port minister.', '2021-09-20', ['KEN/KEN>KEN/KEN 10']],
  ])
})
