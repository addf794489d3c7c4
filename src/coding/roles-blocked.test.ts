import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (modality: an act a blocking verb governs), over the whole pipeline with the real KB. Sentences of our own
 * about real events; each `absent` event was coded before the rule.
 */

describe('a nominal event a blocking verb takes as its object was not done', () => {
  codedCases([
    // December 2023: the EU's 50-billion-euro facility for Ukraine
    ["Hungary vetoed the European Union's aid package for Ukraine.", '2023-12-15', [], ['EU/IGOEUREEC>UKR/UKR 07']],
    ['Hungary blocked new EU sanctions on Russia.', '2023-06-20', [], ['EU/IGOEUREEC>RUS/RUS 16']],
    [
      'Hungary vetoed EU sanctions against Russia.',
      '2023-06-20',
      ['HUN/HUN>EU/IGOEUREEC 12'],
      ['EU/IGOEUREEC>RUS/RUS 16'],
    ],
    // counter-sentences: a done act the verb welcomes, condemns or turns down in words stays coded
    ["Hungary welcomed the European Union's aid package for Ukraine.", '2024-02-01', ['EU/IGOEUREEC>UKR/UKR 07']],
    ['The European Union imposed new sanctions on Russia.', '2023-06-23', ['EU/IGOEUREEC>RUS/RUS 16']],
    [
      "The UN General Assembly rejected Russia's annexation of four Ukrainian regions.",
      '2022-10-12',
      ['RUS/RUS>UKR/UKR 19'],
    ],
  ])
})

describe('a clause under a blocking or opposing verb ("bid to join", "Sweden joining") was not done', () => {
  codedCases([
    [
      "Turkey blocked Sweden's bid to join NATO.",
      '2023-01-24',
      ['TUR/TUR>SWE/SWE 12'],
      ['TUR/TUR>NATO/IGOWSTNAT 05', 'SWE/SWE>NATO/IGOWSTNAT 05'],
    ],
    ["Hungary blocked Ukraine's bid to join the European Union.", '2023-12-14', [], ['HUN/HUN>EU/IGOEUREEC 05']],
    ['Hungary opposes Ukraine joining the European Union.', '2023-11-20', [], ['UKR/UKR>EU/IGOEUREEC 05']],
    [
      'Turkey is opposed to Sweden joining NATO.',
      '2022-05-16',
      [],
      ['TUR/TUR>NATO/IGOWSTNAT 05', 'SWE/SWE>NATO/IGOWSTNAT 05'],
    ],
    // counter-sentences: the joining told as done
    ['Sweden joined NATO in March.', '2024-03-08', ['SWE/SWE>NATO/IGOWSTNAT 05']],
    ['Finland joined NATO after Turkey ended its opposition.', '2023-04-04', ['FIN/FIN>NATO/IGOWSTNAT 05']],
  ])
})
