import { test } from 'vitest'
import { checkRoles, type RoleCase } from './test-helpers.js'

/**
 * Issue 10 item 6, who acts: the agent of a passive wherever its by-phrase stands, co-agents ("together with",
 * "alongside", "jointly with") who act beside the subject and are never its target, and a nominal event that is the
 * subject of a passive, whose by-phrase belongs to the passive verb and not to the nominal event. Expected codes from
 * the CAMEO codebook: 112 accuse, 111 criticize or denounce, 114 complain officially, 129 veto, 163 impose
 * embargo or sanctions, 19x fight.
 */

const PASSIVE_AGENTS: RoleCase[] = [
  // the by-phrase between the verb and the rest of its pattern ("accused by Y of V-ing")
  ['Russia was accused by Ukraine of shelling the plant.', ['UKR>RUS 11 asserted'], ['->RUS 11 asserted']],
  ['Israel was accused by Jordan of bombing a school.', ['JOR>ISR 11 asserted'], ['->ISR 11 asserted']],
  ['Iran was accused by Israel of supplying drones to Russia.', ['ISR>IRN 11 asserted'], []],
  // a nominal event before a passive verb: the passive's agent condemns, it does not shell or attack
  ['The shelling of Kyiv was condemned by Germany.', [], ['DEU>UKR 19 asserted']],
  ['The attack on the embassy was condemned by France.', ['FRA>- 11 asserted'], ['FRA>- 19 asserted']],
  // ... and what is condemned is the nominal event's doer, as in the active "Poland condemned Russia's bombing"
  [
    "Russia's bombing of Ukraine was condemned by Poland.",
    ['RUS>UKR 19 asserted', 'POL>RUS 11 asserted'],
    ['POL>UKR 19 asserted'],
  ],
]

for (const item of PASSIVE_AGENTS) {
  test(`issue 10 roles (passive agents): ${JSON.stringify(item[0])}`, () => checkRoles(item))
}

const CO_AGENTS: RoleCase[] = [
  // set off by commas after the subject
  ['Russia, together with China, vetoed the resolution.', ['RUS>- 12 asserted', 'CHN>- 12 asserted'], []],
  ['France, alongside Britain, struck Syria.', ['FRA>SYR 19 asserted', 'GBR>SYR 19 asserted'], ['FRA>GBR 19 asserted']],
  ['Japan, jointly with South Korea, protested to China.', ['JPN>CHN 11 asserted', 'KOR>CHN 11 asserted'], []],
  ['Britain, along with France, imposed sanctions on Iran.', ['GBR>IRN 16 asserted', 'FRA>IRN 16 asserted'], []],
  // after the object: a co-agent, not a second target
  [
    'France struck Syria together with Britain.',
    ['FRA>SYR 19 asserted', 'GBR>SYR 19 asserted'],
    ['FRA>GBR 19 asserted'],
  ],
  [
    'Canada imposed sanctions on Russia along with Japan.',
    ['CAN>RUS 16 asserted', 'JPN>RUS 16 asserted'],
    ['CAN>JPN 16 asserted'],
  ],
  // a plain list of objects is still a list of targets
  ['Israel struck Syria and Lebanon.', ['ISR>SYR 19 asserted', 'ISR>LBN 19 asserted'], []],
]

for (const item of CO_AGENTS) {
  test(`issue 10 roles (co-agents): ${JSON.stringify(item[0])}`, () => checkRoles(item))
}

const SUSPENDED_HYPHENS: RoleCase[] = [
  // "Iranian- and Russian-backed": the first name shares the second's hyphenated word, and describes as it does
  ['Iranian- and Russian-backed militias attacked Ukraine.', [], ['IRN>UKR 19 asserted', 'RUS>UKR 19 asserted']],
  // ... and leads as it does: a force two countries lead acts for both
  ['Saudi- and Egyptian-led jets struck Yemen.', ['SAU>YEM 19 asserted', 'EGY>YEM 19 asserted'], []],
]

for (const item of SUSPENDED_HYPHENS) {
  test(`issue 10 roles (hyphenated modifiers): ${JSON.stringify(item[0])}`, () => checkRoles(item))
}
