import { describe } from 'vitest'
import { codesEach, fullCases } from './test-helpers.js'

/**
 * Issue 10 items 2 and 7: steps against a side that are talked over or studied ("discussed sanctions on Belarus",
 * "is exploring sanctions on Iran") are a policy option considered (CAMEO 014), not a consultation with that side
 * (040) and not the steps taken. With a partner of the talk named, the talk is the consultation with the partner.
 * Sentences of our own, whole pipeline.
 */
describe('steps against a side discussed or studied are considered (014)', () => {
  codesEach([
    ['The European Union is discussing sanctions on Belarus.', ['EU>BLR 014 asserted']],
    ['NATO ministers discussed measures against Russia.', ['NATO>RUS 014 asserted']],
    ['Britain is exploring sanctions on Iran.', ['GBR>IRN 014 asserted']],
    ['Canada is studying new sanctions against Venezuela.', ['CAN>VEN 014 asserted']],
    ['Washington is studying sanctions against Hezbollah.', ['USA>LBN 014 asserted']],
  ])
})

describe('steps against a thing in a place are no steps against that place', () => {
  fullCases([
    ['Japan explored measures against the spread of influenza in Thailand.', [], ['JPN>THA 014 asserted']],
    ['Kenya discussed sanctions against corruption in Somalia.', [], ['KEN>SOM 014 asserted']],
  ])
})

describe('a talk with a partner stays a consultation with the partner (040)', () => {
  codesEach([
    ['France discussed sanctions on Russia with Germany.', ['FRA>DEU 040 asserted']],
    ['Finland discussed its options with Sweden.', ['FIN>SWE 040 asserted']],
    ['Turkey discussed grain exports with Ukraine.', ['TUR>UKR 040 asserted']],
    ['India and China discussed border patrols.', ['IND>CHN 040 asserted', 'CHN>IND 040 asserted']],
  ])
})
