import { describe } from 'vitest'
import { fullCases } from './test-helpers.js'

/**
 * Issue 10 (violent codes with no actor or place struck): force whose object, or what it strikes with, is a noun no
 * sense of which WordNet files as a thing, place, group, person or act is a figure of speech. Sentences of our own;
 * each `absent` event was coded before.
 */

describe('force that strikes nothing force can strike codes no 18-20 event', () => {
  fullCases([
    ['Inflation attacked household budgets in Argentina.', [], ['->ARG 190 asserted']],
    ['The minister was bombarded with questions by Iranian reporters.', [], ['IRN>- 194 asserted']],
    ['Iranian reporters bombarded the minister with questions.', [], ['IRN>IRN 194 asserted']],
    ['The opposition attacked the budget of the Kenyan government.', [], ['KEN>KEN 190 asserted']],
    // counter-sentences: things, places, people and gatherings struck, and what the entry's own words name
    ['Russian forces attacked a wedding in Ukraine.', ['RUS>UKR 190 asserted']],
    ['Saudi warplanes bombed a hospital in Yemen.', ['SAU>YEM 195 asserted']],
    ['The Turkish army shelled Kurdish positions in Syria.', ['TUR>SYR 194 asserted']],
    ['The Ukrainian army attacked a number of villages held by Russia.', ['UKR>RUS 190 asserted']],
    ['Israeli jets attacked targets in Syria.', ['ISR>SYR 190 asserted']],
    ['Syrian troops attacked the convoy near Aleppo.', ['SYR>SYR 190 asserted']],
    ['Hamas bombarded Israel with rockets.', ['PSE>ISR 194 asserted']],
    ['Belarusian police attacked a protest in Minsk.', ['BLR>BLR 190 asserted']],
    ['Militants attacked a pipeline in Nigeria.', ['NGA>NGA 190 asserted']],
  ])
})
