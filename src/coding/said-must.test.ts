import { describe, expect, test } from 'vitest'
import { codedWith } from './test-helpers.js'

/** "SRC>TGT code modality" of every event of a sentence, with the shipped dictionary. */
const coded = codedWith({ then: ['modality'] })

type Case = [text: string, present: string[], absent: string[]]

function check([text, present, absent]: Case): void {
  const events = coded(text)
  for (const event of present) expect(events, text).toContain(event)
  for (const event of absent) expect(events, text).not.toContain(event)
}

/**
 * Issue 10 item 2: "said / concluded / insisted that X must / should V" is the sayer's demand of X (10, with V's own
 * demand form: a release 1053, a withdrawal 1056, aid 103x), never X's act. A sayer the KB does not know ("the panel",
 * "officials") still makes it a demand, of X by an unnamed source; with no saying verb at all it stays no demand.
 */
const SAID_MUST: Case[] = [
  ['Norway said that Iran must release the detained journalists.', ['NOR>IRN 1053 asserted'], []],
  ['The panel said Turkey must withdraw its troops from Syria.', ['->TUR 1056 asserted'], ['TUR>SYR 087 hypothetical']],
  [
    'The commission concluded that Britain should pay compensation to Kenya.',
    ['->GBR 1031 asserted'],
    ['GBR>KEN 071 hypothetical'],
  ],
  [
    'The report said that Israel should release the detained journalists.',
    ['->ISR 1053 asserted'],
    ['ISR>- 084 hypothetical'],
  ],
  // no saying verb: the writer's "should" is no demand
  ['Turkey should withdraw its troops from Syria.', [], ['->TUR 1056 asserted']],
]

/** "called for X to V", as "called on X to V": the appeal (02) for V of X. */
const CALLED_FOR: Case[] = [
  ['Japan called for Russia to release the fishermen.', ['JPN>RUS 0253 asserted'], ['RUS>- 084 asserted']],
  ['Egypt called for Israel to withdraw its troops from Lebanon.', ['EGY>ISR 0256 asserted'], ['ISR>LBN 087 asserted']],
]

/**
 * Issue 10 item 3: "a statement praising India" is the act of whoever issued the statement. When no actor issued it
 * ("the ministry"), the source is unknown; it is not guessed to be the country the participle acts on.
 */
const DOCUMENT_PARTICIPLES: Case[] = [
  ['Germany issued a statement praising India.', ['DEU>IND 051 asserted'], []],
  ['The ministry issued a statement praising India.', ['->IND 051 asserted'], ['IND>IND 051 asserted']],
  ['Parliament passed a motion condemning Iran.', ['->IRN 111 asserted'], ['IRN>IRN 111 asserted']],
  ['The United Nations adopted a resolution condemning Syria.', ['UN>SYR 111 asserted'], []],
]

describe('issue 10: a demand said of another, an appeal called for, a document’s participle', () => {
  for (const item of [...SAID_MUST, ...CALLED_FOR, ...DOCUMENT_PARTICIPLES])
    test(JSON.stringify(item[0]), () => check(item))
})
