import { describe } from 'vitest'
import { fullCases } from './test-helpers.js'

/**
 * Issue 10 item 7 (precision: purpose clauses): a material act that an aim names — "in an effort to", "in a bid to",
 * "in order to", "with the aim of", "aimed at", "designed to", "intended to" — was not done, whoever the clause's
 * subject is taken to be; the act the aim belongs to stays. A verbal act so named (mediation "in a bid to broker a
 * ceasefire", pressure "in order to pressure") is done by trying it, and stays. Sentences of our own, whole pipeline.
 */
describe('a material act an aim names is no event', () => {
  fullCases([
    [
      'Israel struck Syria in an effort to stop weapons deliveries to Hezbollah.',
      ['ISR>SYR 190 asserted'],
      ['ISR>LBN 163 asserted'],
    ],
    ['Turkey closed its border in a bid to halt arms shipments to Kurdish fighters.', [], ['TUR>TUR 163 asserted']],
    ['Qatar hosted talks in an effort to free hostages held by Hamas.', [], ['QAT>PSE 0841 asserted']],
    [
      'The United States sanctioned Russian banks aimed at cutting off funding for the war.',
      ['USA>RUS 163 asserted'],
      ['RUS>- 162 asserted'],
    ],
    ['The plan is designed to help Ukraine rebuild.', [], ['->UKR 070 asserted']],
    ['Egypt opened the Rafah crossing with a view to delivering aid to Gaza.', [], ['EGY>PSE 070 asserted']],
    ['The talks are aimed at releasing prisoners held by Russia.', [], ['->RUS 0841 asserted']],
  ])
})

describe('the act itself, a verbal act an aim names, and a plain act stay', () => {
  fullCases([
    [
      'The United States sent envoys to Cairo in a bid to mediate between Israel and Hamas.',
      ['USA>EGY 042 asserted', 'USA>ISR 045 asserted'],
    ],
    ['Russia cut gas supplies to Europe in order to pressure Germany.', ['RUS>- 163 asserted', 'RUS>DEU 020 asserted']],
    ['Turkey halted arms shipments to Kurdish fighters.', ['TUR>TUR 163 asserted']],
    ['Qatar freed hostages held by Hamas.', ['QAT>PSE 0841 asserted']],
    ['Japan summoned the Chinese ambassador to protest the incursion.', ['JPN>CHN 110 asserted']],
  ])
})
