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
  [
    'The panel said Turkey must withdraw its troops from Syria.',
    ['->TUR 1056 asserted'],
    ['TUR>SYR 0874 hypothetical'],
  ],
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

/**
 * "needs to", "has to", "ought to" state a duty as "must" does: said of another actor, the sayer demands V of it (10x
 * of V's root). A duty the speaker states of itself ("we", "it", the same country) is no demand of another; one no
 * sayer states is the writer's view, coded hypothetical. A past duty ("had to withdraw") no one states stays the act.
 */
const DUTY: Case[] = [
  ['Sweden said that Iran needs to free the jailed aid worker.', ['SWE>IRN 1053 asserted'], ['IRN>- 0841 asserted']],
  ['Canada said Ethiopia ought to withdraw its forces from the border.', ['CAN>ETH 1056 asserted'], []],
  ['Belarus needs to free the detained activists, Poland said.', ['POL>BLR 1053 asserted'], ['BLR>BLR 0841 asserted']],
  ['The report said Sudan has to release the detained journalists.', ['->SDN 1053 asserted'], []],
  ['Officials said Armenia had to withdraw its troops from the border.', ['->ARM 1056 asserted'], []],
  // the speaker's own duty, the writer's view, and no duty at all are no demand
  ['Poland said it needs to send more tanks to Ukraine.', ['POL>UKR 072 hypothetical'], ['POL>POL 1032 asserted']],
  ['Germany said Germany has to send more weapons to Ukraine.', ['DEU>UKR 072 hypothetical'], []],
  ['Japan needs to release the detained fishermen.', ['JPN>- 0841 hypothetical'], ['JPN>- 0841 asserted']],
  ['Norway said Iran does not need to release the journalists.', [], ['NOR>IRN 1053 asserted']],
  ['Russia had to withdraw its troops from Syria.', ['RUS>SYR 0874 asserted'], []],
  // "we" is the speaker: the actor of a purpose clause before it is no one the duty is demanded of
  ['Britain said that to stop Iran we must work with Israel.', [], ['GBR>IRN 101 asserted']],
  ['To defeat the Taliban we need to work with Pakistan, Britain said.', [], ['GBR>AFG 101 asserted']],
  // "has to date" is no duty: the act after it is asserted; an adverb may stand between "to" and the verb
  ['Brazil has to date refused to sanction Russia.', ['BRA>RUS 163 asserted'], ['BRA>RUS 163 hypothetical']],
  ['Indonesia has to date declined to condemn Russia.', ['IDN>RUS 111 asserted'], ['IDN>RUS 111 hypothetical']],
  ['Spain said Morocco needs to urgently release the fishermen.', ['ESP>MAR 1053 asserted'], []],
]

/** "called for X to V", as "called on X to V": the appeal (02) for V of X. */
const CALLED_FOR: Case[] = [
  ['Japan called for Russia to release the fishermen.', ['JPN>RUS 0253 asserted'], ['RUS>- 084 asserted']],
  [
    'Egypt called for Israel to withdraw its troops from Lebanon.',
    ['EGY>ISR 0256 asserted'],
    ['ISR>LBN 0874 asserted'],
  ],
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
  for (const item of [...SAID_MUST, ...DUTY, ...CALLED_FOR, ...DOCUMENT_PARTICIPLES])
    test(JSON.stringify(item[0]), () => check(item))
})
