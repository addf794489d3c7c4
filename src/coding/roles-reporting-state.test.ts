import { describe } from 'vitest'
import { codesEach } from './test-helpers.js'

/**
 * Issue 10 (roles): force a reported clause tells of, naming no one struck, befell the state that reports it
 * (target rule "reporting state"; reporting-state.ts). Sentences of our own; each of the first rows coded no target
 * before.
 */
describe('the reporting state is the struck side when the clause names none', () => {
  codesEach([
    ['Kyiv said Russian drones hit power plants overnight.', ['RUS>UKR 195 asserted']],
    ['Ukraine said Russian forces had seized the village.', ['RUS>UKR 192 asserted']],
    ['President Zelenskiy said Russian missiles hit power plants.', ['RUS>UKR 195 asserted']],
    ['The Kremlin said Ukrainian drones attacked an airfield.', ['UKR>RUS 190 asserted']],
    ['Russian forces attacked overnight, Kyiv said.', ['RUS>UKR 190 asserted']],
    ['Russian drones hit power plants overnight, Ukraine said.', ['RUS>UKR 195 asserted']],
  ])
})

describe('it stands aside when the clause names a place or side, or the act is the sayer’s own', () => {
  codesEach([
    // a place struck names the side, and a place of the doer's own country is no report of force done to the sayer
    ['Azerbaijan drove residents out of Nagorno-Karabakh, Armenia said.', ['AZE>AZE 201 asserted']],
    ['Kyiv said Russian drones hit Kharkiv overnight.', ['RUS>UKR 195 asserted']],
    ['Russian drones hit power plants in Belgorod, Kyiv said.', ['RUS>RUS 195 asserted']],
    // a name the recognizer does not know may be a place
    ['Russian drones hit a power plant near Burshtyn, Kyiv said.', ['RUS>- 195 asserted']],
    // the sayer's own acts, opening or closing
    ['Israel said its drones hit weapons depots overnight.', ['ISR>- 195 asserted']],
    ['Ukrainian drones hit an oil depot overnight, Ukraine said.', ['UKR>- 195 asserted']],
    // another actor in the clause, several sayers, an organization or a group reporting
    [
      'Ukraine said Russian drones hit power plants, and Poland scrambled jets.',
      ['RUS>- 195 asserted', 'POL>- 150 asserted'],
    ],
    ['Ukraine and Poland said Russian drones hit power plants.', ['RUS>- 195 asserted']],
    ['The United Nations said Russian drones hit power plants.', ['RUS>- 195 asserted']],
    ['Hamas said Israeli airstrikes killed 20 people.', ['ISR>- 180 asserted']],
    // a story that named a third country before: the sayer may be an onlooker
    [
      'The United States pledged more air defences. Kyiv said Russian drones hit power plants overnight.',
      ['RUS>- 195 asserted'],
    ],
    // no force: a withdrawal befalls no one
    ['Kyiv said Russian troops withdrew from the village.', ['RUS>- 0874 asserted']],
  ])
})
