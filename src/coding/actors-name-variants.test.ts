import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 item 5, actors linked right: foreign ministers of the 1990s-2000s under the spellings wires use
 * (Korean names romanized two ways, Urdu names transliterated two ways), and Malaysia's foreign ministers of
 * 1999-2009. Sentences of our own; "source>target root", each side entity/actor code.
 */
describe('office holders under another spelling, and added ones', () => {
  codedCases([
    ['Yoo Myung-hwan urged North Korea to return to the talks.', '2009-01-05', ['KOR/KORGOV>PRK/PRK 02']],
    ['Paik Nam-soon met Chinese officials in Beijing.', '2004-05-01', ['PRK/PRKGOV>CHN/CHNGOV 04']],
    ['Shah Mehmood Qureshi accused India of stalling talks.', '2009-05-01', ['PAK/PAKGOV>IND/IND 11']],
    ['Syed Hamid Albar criticized Israel.', '2004-05-01', ['MYS/MYSGOV>ISR/ISR 11']],
    ['Rais Yatim met Thai officials.', '2008-10-01', ['MYS/MYSGOV>THA/THAGOV 04']],
    // counter: long out of office, the minister speaks as a former official, not as the government
    ['Syed Hamid Albar criticized Israel.', '2020-05-01', [], ['MYS/MYSGOV>ISR/ISR 11']],
  ])
})
