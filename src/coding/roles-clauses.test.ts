import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles and clause structure, fourth round) over the whole pipeline with the real KB: sentences of our own
 * about real events, each failing on the code before its rule. Sides are written entity/actor code.
 */

describe('an accident befalls its subject, whatever its nationality: the participle after it is no one’s act', () => {
  codedCases([
    [
      'A Russian jet crashed near the border, killing two Turkish pilots.',
      '2015-11-30',
      [],
      ['RUS/RUS>TUR/TUR 18', 'RUS/RUSMIL>TUR/TURMIL 19'],
    ],
    ['A Turkish ferry sank off Lesbos, killing 12 Syrian migrants.', '2016-01-20', [], ['TUR/TUR>SYR/SYRREF 18']],
    [
      'A Russian military plane has crashed in Belgorod, killing 65 Ukrainian prisoners.',
      '2024-01-24',
      [],
      ['RUS/RUSMIL>UKR/UKR 18'],
    ],
    [
      'An Indian army helicopter crashed in Kashmir, killing two Pakistani soldiers.',
      '2019-02-27',
      [],
      ['IND/INDMIL>PAK/PAKMIL 19'],
    ],
    // an accident verb with an object has a doer; a verb of force is no accident
    [
      'Ukraine sank the Russian cruiser Moskva, killing 40 sailors.',
      '2022-04-15',
      ['UKR/UKR>RUS/RUS 19', 'UKR/UKR>- 18'],
    ],
    [
      'Russian jets bombed Idlib, killing two Turkish soldiers.',
      '2020-02-28',
      ['RUS/RUSMIL>SYR/SYR 19', 'RUS/RUSMIL>TUR/TURMIL 19'],
    ],
  ])
})
