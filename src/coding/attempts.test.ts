import { describe } from 'vitest'
import { codesEach } from './test-helpers.js'

/**
 * Issue 10 item 2: an act tried is coded as what was done in trying it (cameo.json's attempt form). CAMEO codes an
 * attempt as the act where it has no code of its own ("tried to hack into" is coercion), but an occupation is one
 * carried out (192): tried, and not said to be achieved, it is an attack (190). Before, "tried to seize Kyiv" coded
 * the occupation. Sentences of our own, whole pipeline.
 */
describe('an occupation tried is an attack; other acts tried stay the act', () => {
  codesEach([
    ['Russian forces tried to seize Kyiv in February 2022.', ['RUS>UKR 190 asserted']],
    ['Russian troops attempted to capture the Ukrainian town of Bakhmut.', ['RUS>UKR 190 asserted']],
    // counter-sentences: an occupation carried out, threatened or planned; other acts tried
    ['Russian troops captured the Ukrainian town of Bakhmut.', ['RUS>UKR 192 asserted']],
    ['Russia threatened to seize Ukrainian ports.', ['RUS>UKR 1382 intent']],
    ['Russia will try to capture Kharkiv.', ['RUS>UKR 1382 intent']],
    ['Gunmen tried to assassinate the Pakistani prime minister.', ['->PAK 185 asserted']],
    ['Serbian police tried to arrest the suspect in Belgrade.', ['SRB>SRB 173 asserted']],
    ['Egypt tried to mediate between Israel and Hamas.', ['EGY>ISR 045 asserted', 'EGY>PSE 045 asserted']],
  ])
})
