import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles: an act only let happen), over the whole pipeline with the real KB. Sentences of our own about real
 * events; each `absent` event was coded before the rule, as done by the one let act.
 */

describe('what a permitting verb or "for X to" lets an actor do is not told as done', () => {
  codedCases([
    // March 2023: Turkey's parliament ratified Finland's accession; January 2024: Sweden's
    ['Turkey agreed to let Sweden join NATO.', '2023-07-10', ['TUR/TUR>SWE/SWE 03'], ['SWE/SWE>NATO/IGOWSTNAT 05']],
    ['Hungary allowed Finland to join NATO.', '2023-03-27', ['HUN/HUN>FIN/FIN 05'], ['FIN/FIN>NATO/IGOWSTNAT 05']],
    [
      'Turkey cleared the way for Sweden to join NATO.',
      '2024-01-23',
      ['TUR/TUR>SWE/SWE 05'],
      ['SWE/SWE>NATO/IGOWSTNAT 05'],
    ],
    [
      'Greece paved the way for North Macedonia to join NATO.',
      '2019-02-08',
      ['GRC/GRC>MKD/MKD 05'],
      ['MKD/MKD>NATO/IGOWSTNAT 05'],
    ],
    ['France let Germany host the talks with Iran.', '2023-05-02', [], ['DEU/DEU>IRN/IRN 04']],
    ['The US authorized Ukraine to strike Russia.', '2024-05-30', [], ['UKR/UKR>RUS/RUS 19']],
    // the one let act is no actor: the permitter does not do what it allowed
    ['Iran allowed inspectors to visit the site.', '2023-03-04', [], ['IRN/IRN>- 04']],
    // counter-sentences: the same acts told as done, and verbs whose object's act is done
    ['Finland joined NATO in April.', '2023-04-04', ['FIN/FIN>NATO/IGOWSTNAT 05']],
    ['Germany hosted talks with Iran.', '2023-05-02', ['DEU/DEU>IRN/IRN 04']],
    ['Ukraine struck Russia with US missiles.', '2024-05-30', ['UKR/UKR>RUS/RUS 19']],
    ['The deal enabled Iran to sell oil to China.', '2023-05-02', ['IRN/IRN>CHN/CHN 06']],
    ['Iran allowed inspectors into the site.', '2023-03-04', ['IRN/IRN>- 08']],
  ])
})
