import { describe } from 'vitest'
import { codesEach } from './test-helpers.js'

/**
 * Issue 10 (roles): "They" opening a sentence continues the previous sentence's one list of subjects (source rule
 * "opening they"; opening-they.ts), as an opening "It" continues its one subject. Sentences of our own; the first rows
 * coded their second sentence's events with no source before.
 */
describe('an opening "They" acts for the list the sentence before opens with', () => {
  codesEach([
    [
      'Russia and Belarus held joint drills. They also criticized NATO.',
      ['RUS>BLR 062 asserted', 'BLR>RUS 062 asserted', 'RUS>NATO 111 asserted', 'BLR>NATO 111 asserted'],
    ],
    [
      'Russia and China held talks in Beijing. On Monday, they criticized Japan.',
      ['RUS>CHN 040 asserted', 'CHN>RUS 040 asserted', 'RUS>JPN 111 asserted', 'CHN>JPN 111 asserted'],
    ],
  ])
})

describe('it stands aside when the list is not the one subject, or "they" may be something else', () => {
  codesEach([
    // one subject, no list
    ['Russia held drills. They also criticized NATO.', ['RUS>- 062 asserted', '->NATO 111 asserted']],
    // a second list, or people after the list, "they" could be as well
    [
      'Russia and China condemned Britain and France. They also criticized NATO.',
      [
        'RUS>GBR 111 asserted',
        'RUS>FRA 111 asserted',
        'CHN>GBR 111 asserted',
        'CHN>FRA 111 asserted',
        '->NATO 111 asserted',
      ],
    ],
    [
      'Britain and France arrested two smugglers. They criticized Libya.',
      ['GBR>- 173 asserted', 'FRA>- 173 asserted', '->LBY 111 asserted'],
    ],
    // the list owns what the sentence is about
    ["Russia and China's envoys met in Geneva. They criticized Japan.", ['->JPN 111 asserted']],
    // a passive, and a quotation
    [
      'Russia and China held talks. They were criticized by Japan.',
      ['RUS>CHN 040 asserted', 'CHN>RUS 040 asserted', 'JPN>- 111 asserted'],
    ],
    [
      'Russia and China held talks. "They will regret it," Japan said.',
      ['RUS>CHN 040 asserted', 'CHN>RUS 040 asserted'],
    ],
  ])
})
