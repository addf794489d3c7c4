import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles): an unnamed subject is taken for a group of the country its act falls on only when the lexicon
 * places such a group inside a country (protesters, the opposition, students …) and the act is on that country's own
 * people or agents. Any other unnamed or unlinked subject (analysts, lawmakers, a party name the linker left open)
 * may be of any country: the act keeps no source rather than one borrowed from its target. Sentences of our own,
 * through the whole pipeline; sides are written entity/actor code.
 */

describe('an unlinked or unknown subject does not borrow the target country', () => {
  codedCases([
    ['Republicans criticised China over its trade practices.', '2024-03-01', ['->CHN/CHN 11'], ['CHN/CHN>CHN/CHN 11']],
    ['Democrats accused Merkel of weakness.', '2016-05-01', ['->DEU/DEUGOV 11'], ['DEU/DEUGOV>DEU/DEUGOV 11']],
    ['Conservatives condemned Iran after the launch.', '2024-03-01', ['->IRN/IRN 11'], ['IRN/IRN>IRN/IRN 11']],
    ['Analysts criticised Japan over the decision.', '2024-03-01', ['->JPN/JPN 11'], ['JPN/JPN>JPN/JPN 11']],
    ['Lawmakers condemned Russia on Tuesday.', '2024-03-01', ['->RUS/RUS 11'], ['RUS/RUS>RUS/RUS 11']],
    // a home group acting on a state named whole is as likely abroad
    ['Students criticised China on Monday.', '2024-03-01', ['->CHN/CHN 11'], ['CHN/CHN>CHN/CHN 11']],
  ])
})

describe('a home group acting on its own country keeps that country, not the person acted on', () => {
  codedCases([
    ['Striking dockers demanded the resignation of the Kenyan port minister.', '2021-09-20', ['KEN/KEN>KEN/KEN 10']],
    ['Protesters accused Merkel of lying.', '2016-05-01', ['DEU/DEU>DEU/DEU 11'], ['DEU/DEUGOV>DEU/DEUGOV 11']],
    ['Opposition supporters accused Erdogan of fraud.', '2019-05-01', ['TUR/TUR>TUR/TUR 11']],
    // linked subjects stay as they were
    ['Labour criticised Russia over the attack.', '2024-03-01', ['GBR/GBRPTY>RUS/RUS 11']],
    ['The Taliban condemned Pakistan.', '2024-03-01', ['AFG/AFGGOVTAL>PAK/PAK 11']],
  ])
})
