import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (precision: purpose clauses), over the whole pipeline with the real KB: force that an act was for, after
 * the act's object, was not used, whether or not the act itself is coded. Sentences of our own about real events,
 * each failing on the code before its rule.
 */

describe('force an act was for ("launched an offensive to recapture Marawi") is no event', () => {
  codedCases([
    [
      'Ethiopian forces launched an offensive to seize Mekelle from the Tigray rebels.',
      '2020-11-17',
      ['ETH/ETHMIL>- 19'],
      ['ETH/ETHMIL>ETH/ETH 19'],
    ],
    ['Ukraine launched a counteroffensive to recapture Kherson.', '2022-08-29', [], ['UKR/UKR>UKR/UKR 19']],
    ['The army launched an offensive to recapture Marawi.', '2017-06-01', [], ['->PHL/PHL 19']],
    ['Kenya deployed police to Haiti to fight gangs.', '2024-06-25', [], ['KEN/KEN>- 19']],
    // done with the object as its means, or coordinated rather than aimed at, the force was used
    ['Russia used drones to attack Kyiv.', '2024-03-01', ['RUS/RUS>UKR/UKR 19']],
    ['The army launched an offensive and recaptured Marawi.', '2017-10-17', ['->PHL/PHL 19']],
  ])
})
