import { expect, test } from 'vitest'
import { analyze } from '../run.js'

/**
 * Issue 10, the dictionary's reach over the whole pipeline (real KB, recognizer, coreference, coder): sentences of
 * our own in wire style about real events. `present` must be among the coded events ("SRC>TGT CODE modality"),
 * `absent` must not.
 */
type Case = [text: string, present: string[], absent: string[]]

function coded(text: string): string[] {
  const doc = analyze({ id: 't', text, published: '2023-05-10', source: { kind: 'text', path: 't' } })
  return doc.events.map((e) => `${e.source?.entity ?? '-'}>${e.target?.entity ?? '-'} ${e.cameo} ${e.modality}`)
}

const CASES: Case[] = [
  // a possessive pronoun that stands for the doer owns the object and is no side: the act is coded with no target
  ['North Korea put its army on high alert.', ['PRK>- 152 asserted'], []],
  ['Iran raised its combat readiness after the strike.', ['IRN>- 152 asserted'], []],
  ['Kenya decided to withdraw its troops.', ['KEN>- 0874 asserted'], []],
  // an act on one's own stays an act on the country
  ['The Ugandan army shelled its own villages.', ['UGA>UGA 194 asserted'], []],
  // "told X to V" is a demand of X: the told party is the target, not the doer of the act
  ['India told Canada to withdraw its diplomats from New Delhi.', ['IND>CAN 100 asserted'], ['CAN>IND 161 asserted']],
  ['Russia told Ukraine to withdraw from Kursk.', ['RUS>UKR 1056 asserted'], []],
  // a by-phrase that is the pattern's own is no passive agent
  ['Brazil stood by Venezuela.', ['BRA>VEN 052 asserted'], ['VEN>BRA 052 asserted']],
  ['India stood by Russia at the vote.', ['IND>RUS 052 asserted'], ['RUS>IND 052 asserted']],
  // light verbs of growth carry the event noun they take
  ['The United States ramped up military aid to Israel.', ['USA>ISR 072 asserted'], []],
  ['Japan accelerated talks with India on a trade deal.', ['JPN>IND 040 asserted'], []],
  // a nominal event with no doer of its own, between two sides: the sides act on each other
  ['Clashes between Armenia and Azerbaijan killed dozens.', ['ARM>AZE 190 asserted', 'AZE>ARM 190 asserted'], []],
  ['Talks between Iran and the United States resumed in Oman.', ['IRN>USA 040 asserted', 'USA>IRN 040 asserted'], []],
  // but a go-between's act needs its go-between
  ['Mediation between Ethiopia and Egypt stalled.', [], ['ETH>EGY 045 asserted', 'EGY>ETH 045 asserted']],
]

for (const [text, present, absent] of CASES) {
  test(`issue 10 reach, wire sentences: ${JSON.stringify(text)}`, () => {
    const events = coded(text)
    for (const event of present) expect(events, text).toContain(event)
    for (const event of absent) expect(events, text).not.toContain(event)
  })
}
