import { describe } from 'vitest'
import { codesEach } from './test-helpers.js'

describe("issue 10: a command to one's own forces to pull back is their act (a pullout 0874, a halt 087), not a demand", () => {
  codesEach([
    ['Trump ordered the withdrawal of US troops from Syria.', ['USA>SYR 0874 asserted']],
    ['Biden ordered the withdrawal of American troops from Afghanistan.', ['USA>AFG 0874 asserted']],
    // no owner named: the commander's own
    ['Putin ordered the withdrawal of troops from Syria.', ['RUS>SYR 0874 asserted']],
    ['Trump ordered US troops to withdraw from Syria.', ['USA>SYR 0874 asserted']],
    ['Putin ordered Russian forces to pull out of Syria.', ['RUS>SYR 0874 asserted']],
    ['Netanyahu ordered the army to halt its offensive in Rafah.', ['ISR>PSE 087 asserted']],
    // counter-sentences: another side's forces, a demand verb, or an act that is no pullback stay demands
    ['Mali ordered the withdrawal of French troops.', ['MLI>FRA 1056 asserted']],
    ['Niger ordered the withdrawal of French troops from its territory.', ['NER>FRA 1056 asserted']],
    ['Russia demanded the withdrawal of US troops from Syria.', ['RUS>USA 1056 asserted']],
    ['Russia ordered Ukraine to withdraw its troops from the border.', ['RUS>UKR 1056 asserted']],
    ['Sudan ordered the withdrawal of the United Nations mission.', ['SDN>UN 1056 asserted']],
    ['Turkey ordered the release of Swedish journalists.', ['TUR>SWE 1053 asserted']],
  ])
})

describe('issue 10: an offensive, a bombing or weapon tests halted, put off or called off are not done', () => {
  codesEach([
    // asked for: an appeal to de-escalate (0256), made specific by the halt asked for
    ['The United States called for North Korea to halt its missile tests.', ['USA>PRK 0256 asserted']],
    ['The UN called on Israel to halt the offensive.', ['UN>ISR 0256 asserted']],
    // done: a de-escalation (087), the tests or the offensive never coded as done
    ['North Korea halted its missile tests.', ['PRK>- 087 asserted']],
    // the gerund: stopped testing (was a negated 150), and asked to stop testing (was the general 020 and 100)
    ['North Korea stopped testing missiles in 2018.', ['PRK>- 087 asserted']],
    ['Japan urged North Korea to stop testing missiles.', ['JPN>PRK 0256 asserted']],
    ['The United States demanded that Iran stop testing ballistic missiles.', ['USA>IRN 1056 asserted']],
    ['North Korea began testing missiles in 2017.', ['PRK>- 150 asserted']],
    ['Israel stopped the bombing.', ['ISR>- 087 asserted']],
    ['Israel postponed the offensive in Rafah.', ['ISR>PSE 087 asserted']],
    ['Israel called off the offensive in Rafah.', ['ISR>PSE 087 asserted']],
    // counter-sentences: launched, the act is done; a workers' strike ended is no de-escalation
    ['North Korea launched its missile tests.', ['PRK>- 150 asserted']],
    ['Ethiopia launched its offensive in the north.', ['ETH>- 190 asserted']],
    ['Workers ended their strikes on Monday.', []],
  ])
})
