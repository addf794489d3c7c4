import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 item 3 (light verbs and event nouns), over the whole pipeline with the real KB: a noun event's doer named
 * by a by-phrase, also after a participle ("carried out by") and past the patient's prepositional phrase. Sentences of
 * our own about real events.
 */

describe('a noun event whose doer follows its head: "airstrikes (carried out) by X on Y"', () => {
  codedCases([
    [
      'Iran condemned the airstrikes carried out by Israel on Syria.',
      '2024-04-02',
      ['IRN/IRN>ISR/ISR 11', 'ISR/ISR>SYR/SYR 19'],
    ],
    ['Iran condemned airstrikes by Israel on Syria.', '2024-04-02', ['IRN/IRN>ISR/ISR 11', 'ISR/ISR>SYR/SYR 19']],
    [
      'Airstrikes carried out by the United States and Britain on Iraq began in December 1998.',
      '1998-12-17',
      ['USA/USA>IRQ/IRQ 19', 'GBR/GBR>IRQ/IRQ 19'],
    ],
    // the patient after "of" is no doer: the release is Hamas's
    ['Turkey welcomed the release of the hostages by Hamas.', '2023-11-25', ['PSE/PSEREBHMS>- 08']],
    // what is demanded is not done: the clause of the admission asked for codes no event
    [
      'Ukraine demanded an admission by Russia that its forces had shelled Kharkiv.',
      '2022-05-02',
      ['UKR/UKR>RUS/RUS 10'],
      ['RUS/RUS>UKR/UKR 19', 'RUS/RUSMIL>UKR/UKR 19'],
    ],
  ])
})

describe('the doer of "the N of X to Z by Y": the by-phrase past the patient’s prepositional phrase', () => {
  codedCases([
    [
      'China condemned the sale of weapons to Taiwan by the United States.',
      '2019-07-09',
      ['CHN/CHN>USA/USA 11', 'USA/USA>TWN/TWN 06'],
    ],
    ['Germany condemned the killing of civilians in Gaza by Israel.', '2024-04-02', ['DEU/DEU>ISR/ISR 11']],
    // no doer named: the verb does not act on the patient's country
    ['China condemned the sale of weapons to Taiwan.', '2019-07-09', [], ['CHN/CHN>USA/USA 11', 'USA/USA>TWN/TWN 06']],
  ])
})
