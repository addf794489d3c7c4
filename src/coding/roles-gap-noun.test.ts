import { describe } from 'vitest'
import { fullCases } from './test-helpers.js'

/**
 * Issue 10 (targets read past a noun): a preposition right after a noun the pattern passed over takes that noun's
 * complement, not the pattern's. Sentences of our own about real kinds of events; each `absent` event was coded before.
 */

describe("a pattern word or slot that belongs to a noun in the gap is not the pattern's", () => {
  fullCases([
    // "from" is the support's: the US repelled nothing and was no side attacked
    ['Ukraine repelled the attack with support from the US.', [], ['UKR>USA 190 asserted']],
    // "Israeli planes" are the permission's, no first object of "gave": the planes were given nothing; the permission
    // for warplanes to cross is military cooperation (the 062 entry of "give|grant permission")
    [
      'Jordan gave permission to Israeli planes to cross its airspace.',
      ['JOR>ISR 062 asserted'],
      ['JOR>ISR 072 asserted'],
    ],
    // counter-sentences: the pattern's own preposition and first object, with a noun or a phrase before them
    ['Kenyan troops repelled an attack from Somali militants.', ['KEN>SOM 190 asserted']],
    ['Iraqi forces repelled an assault on the town by Islamic State fighters.', ['IRQ>ISIS 190 asserted']],
    ['Britain gave Ukraine tanks last year.', ['GBR>UKR 072 asserted']],
    ['Germany sent tanks and howitzers to Ukraine.', ['DEU>UKR 072 asserted']],
    ["Poland rejected calls by Hungary's leaders for new talks.", ['POL>HUN 125 asserted']],
    ['Japan raised its concerns in a meeting with Chinese officials.', ['JPN>CHN 040 asserted']],
    ['Saudi Arabia gave a loan of two billion dollars to Pakistan.', ['SAU>PAK 071 asserted']],
  ])
})
