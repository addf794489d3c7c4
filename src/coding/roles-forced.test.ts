import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles): "X forced Y to V" over the whole pipeline with the real KB, sentences of our own about real
 * events. Forcing another to act is coercion (CAMEO 170) by the forcer on the forced; the governed act is the forced
 * one's, never the forcer's. Sides are written entity/actor code.
 */

describe('forcing an actor to act is coercion of that actor by the forcer', () => {
  codedCases([
    ['Russia forced Ukraine to withdraw from the town.', '2022-06-24', ['RUS/RUS>UKR/UKR 17']],
    ['China forced the Philippines to withdraw its ships from the shoal.', '2012-06-15', ['CHN/CHN>PHL/PHL 17']],
    ['Russia compelled Ukraine to hand over the plant.', '2022-03-05', ['RUS/RUS>UKR/UKR 17']],
    ['Turkey forced a Syrian jet to land in Ankara.', '2012-10-11', ['TUR/TUR>SYR/SYR 17']],
    // "forces" as a noun, and forcing with no infinitive after the target, stay as they were
    ['Russia deployed forces to the border with Ukraine.', '2022-01-20', [], ['RUS/RUS>UKR/UKR 17']],
    [
      'The United States urged Israel to withdraw from Gaza.',
      '2024-01-10',
      ['USA/USA>ISR/ISR 02'],
      ['USA/USA>ISR/ISR 17'],
    ],
  ])
})

describe('what a forced thing is made to do is not the forcer’s act', () => {
  codedCases([
    [
      'Belarusian authorities forced a passenger plane to land in Minsk.',
      '2021-05-24',
      [],
      ['BLR/BLRGOV>BLR/BLR 04', 'BLR/BLRGOV>BLR/BLR 042'],
    ],
    [
      'Belarus forced a passenger jet carrying a dissident blogger to land in Minsk.',
      '2021-05-24',
      [],
      ['BLR/BLR>BLR/BLR 04', 'BLR/BLR>BLR/BLR 042'],
    ],
    // the forcer's own act before the infinitive, and an actor object's act, are kept
    ['Israel forced Hamas to release the hostages.', '2023-11-24', ['PSE/PSEREBHMS>- 08']],
  ])
})

describe('being forced to act is no coercion by anyone the sentence names', () => {
  codedCases([
    ['Russia would be forced to respond, the Kremlin said.', '2023-04-04', [], ['->RUS/RUS 137', '->RUS/RUS 17']],
    ['Thousands of civilians in Sudan have been forced to flee.', '2023-05-01', [], ['->SDN/SDN 17']],
  ])
})
