import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * A country's people named by a plural noun ("Britons", "Filipinos", "Czechs") are that country's side of an event, in
 * sentences of our own about real events, through the whole pipeline with the package's KB.
 */
describe('plural nouns of a people other than -an, -i and -k', () => {
  codedCases([
    ['Iranian police arrested two Britons in Tehran.', '2019-01-10', ['IRN/IRNCOP>GBR/GBR 17']],
    ['Kuwait deported 300 Filipinos after the dispute.', '2018-02-15', ['KWT/KWT>PHL/PHL 17']],
    ['Russia expelled two Czechs from its embassy staff.', '2021-04-18', ['RUS/RUS>CZE/CZE 16']],
    // counter: the -an plural as before
    ['Iranian police arrested two Americans in Tehran.', '2019-01-10', ['IRN/IRNCOP>USA/USA 17']],
  ])
})
