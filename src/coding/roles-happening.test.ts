import { describe } from 'vitest'
import { fullCases } from './test-helpers.js'

/**
 * Issue 10 (a cause that is no agent): a subject headed by a noun of what happens (WordNet's first sense an event, a
 * state, a time …) is no doer, and the actor of its "of" or place phrase is none either. Sentences of our own about
 * real events; each `absent` event was coded before.
 */

describe('a happening told of an actor is no source', () => {
  fullCases([
    // August 2021: Kabul fell and embassies were evacuated
    [
      'The collapse of the Afghan government forced Germany to evacuate its embassy.',
      ['->DEU 170 asserted'],
      ['AFG>DEU 170 asserted'],
    ],
    ['The fall of Kabul forced Britain to close its embassy.', ['->GBR 170 asserted'], ['AFG>GBR 170 asserted']],
    // May 2024: Iran held an early presidential election after Raisi's death
    ['The death of the Iranian president forced Iran to hold new elections.', [], ['IRN>IRN 170 asserted']],
    [
      'The spread of cholera in Yemen forced Saudi Arabia to close the border.',
      ['->SAU 170 asserted'],
      ['YEM>SAU 170 asserted'],
    ],
    // counter-sentences: an act, people, a body and an army named with "of" are the doers
    ['The decision of the Afghan government forced Germany to evacuate its embassy.', ['AFG>DEU 170 asserted']],
    ['The leaders of Hamas rejected the Egyptian proposal.', ['PSE>EGY 120 asserted']],
    ['The government of Iraq condemned the Turkish strikes.', ['IRQ>TUR 111 asserted']],
    ['The invasion of Ukraine by Russia forced Finland to join NATO.', ['RUS>UKR 192 asserted']],
  ])
})
