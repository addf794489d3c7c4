import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 item 5, actors linked right: a bare surname two office holders share on the publication date ("Suleiman"
 * from May 2008: Egypt's intelligence chief and Lebanon's president) is the one whose country the text alone names,
 * and stays unlinked when it names both or neither. Sentences of our own; "source>target root", entity/actor code.
 */
describe('a surname shared by two serving office holders', () => {
  codedCases([
    ['Suleiman met the Lebanese cabinet in Beirut and criticized Syria.', '2009-03-01', ['LBN/LBNGOV>SYR/SYR 11']],
    ['Suleiman hosted Hamas and Fatah negotiators in Cairo.', '2009-03-01', ['EGY/EGYGOV>PSE/PSEREBHMS 04']],
    // neither country named: no guess
    [
      'Suleiman criticized Israel on Sunday.',
      '2009-03-01',
      [],
      ['person:michel-suleiman/LBNGOV>ISR/ISR 11', 'person:omar-suleiman/EGYGOV>ISR/ISR 11', 'LBN/LBNGOV>ISR/ISR 11'],
    ],
    // both named: no guess either
    [
      'Suleiman flew from Cairo to Beirut and criticized Israel.',
      '2009-03-01',
      [],
      ['LBN/LBNGOV>ISR/ISR 11', 'EGY/EGYGOV>ISR/ISR 11'],
    ],
    // counter: before Michel Suleiman's presidency (May 2008) only one holder bore it
    ['Suleiman criticized Israel in Cairo.', '2007-03-01', ['EGY/EGYGOV>ISR/ISR 11']],
  ])
})
