import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles: a subordinate clause has its own subject), over the whole pipeline with the real KB. Sentences of
 * our own about real events; each `present` event was lost before the rule, read as done by the main clause's cause.
 */

describe('a clause after a subordinator is not done by the rain, flood or weapon of the main clause', () => {
  codedCases([
    // June 2022: Scholz's visit; "rained" read as weather made the arrival no one's act
    ['Missiles rained on Kyiv as Scholz arrived in Ukraine.', '2022-06-16', ['DEU/DEUGOV>UKR/UKR 04']],
    ['Bombs rained on Gaza as Blinken arrived in Israel.', '2023-10-12', ['USA/USAGOV>ISR/ISR 04']],
    // counter-sentences: a cause that is the main clause's subject (already right), and a disaster or an accident
    // that is itself the subject still acts for no one
    ['Heavy rains flooded Pakistan as Guterres arrived in Islamabad.', '2022-09-09', ['UN/IGOUNO>PAK/PAK 04']],
    ['Floods after heavy rains killed 40 people in Pakistan.', '2022-08-28', [], ['->PAK/PAKCVL 18']],
    ['Monsoon rains killed 40 people in India.', '2023-07-10', [], ['IND/IND>- 18', '->IND/INDCVL 18']],
    ['The earthquake that struck Turkey killed 40 people.', '2023-02-06', [], ['->TUR/TUR 19', 'TUR/TUR>- 18']],
  ])
})

describe('an "as" that ends a comparison opens no clause: the cause is still the subject', () => {
  codedCases([
    ['A cyclone as strong as Nargis killed 9,000 people in Myanmar.', '2024-05-01', [], ['->MMR/MMRCVL 18']],
    ['Floods such as those of 2010 killed 40 people in Pakistan.', '2022-08-28', [], ['->PAK/PAKCVL 18']],
  ])
})
