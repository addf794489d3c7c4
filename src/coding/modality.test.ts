import { test } from 'vitest'
import { checkRoles, type RoleCase } from './test-helpers.js'

/**
 * Issue 10 item 7, what a governing verb does to the action it governs: "stop", "cease", "halt" or "avoid" + a
 * gerund is the action not done (negated), "continue", "resume" or "start" + a gerund is the action done, and a
 * demand that another stop an action ("X must stop V-ing", said by Y) is Y's demand (10), not the action.
 */

const GERUNDS: RoleCase[] = [
  // an action stopped or avoided is not done
  // stopping the use of force is de-escalation (087, CAMEO: "stop fighting"), not the force negated
  ['Russia stopped shelling Kyiv.', ['RUS>UKR 08 asserted'], ['RUS>UKR 19 asserted', 'RUS>UKR 19 not asserted']],
  ['Israel ceased bombing Lebanon.', ['ISR>LBN 08 asserted'], ['ISR>LBN 19 asserted', 'ISR>LBN 19 not asserted']],
  // (or de-escalation, 08, where an entry of "halt" spans the gerund)
  ['Turkey halted shelling Syria on Monday.', [], ['TUR>SYR 19 asserted']],
  ['Iran avoided attacking Israel.', ['IRN>ISR 19 not asserted'], ['IRN>ISR 19 asserted']],
  // an action continued, resumed or begun is done
  ['Russia continued shelling Kyiv.', ['RUS>UKR 19 asserted'], []],
  ['Israel resumed bombing Lebanon.', ['ISR>LBN 19 asserted'], []],
  // "said X must stop V-ing": the sayer demands it of X, and X did not act
  [
    'Germany said Russia must stop attacking Ukraine.',
    ['DEU>RUS 10 asserted'],
    ['RUS>UKR 19 asserted', 'DEU>RUS 10 not asserted'],
  ],
  // "of" after the gerund makes it a noun, which the light verb carries
  ['Israel resumed the bombing of Lebanon.', ['ISR>LBN 19 asserted'], []],
  ['Japan said North Korea must stop testing missiles.', ['JPN>PRK 10 asserted'], ['PRK>- 15 asserted']],
]

for (const item of GERUNDS) {
  test(`issue 10 precision (governed gerunds): ${JSON.stringify(item[0])}`, () => checkRoles(item))
}

const KINDS_OF_WAR: RoleCase[] = [
  // a word before the head may exclude an entry ("!&C_NONWAR_KIND war …"): a trade war is no war
  ["China's trade war with the United States escalated.", [], ['CHN>USA 19 asserted']],
  ['China and the United States fought a trade war.', [], ['CHN>USA 19 asserted', 'USA>CHN 19 asserted']],
  ["Russia's war with Ukraine entered its third year.", ['RUS>UKR 19 asserted'], []],
]

for (const item of KINDS_OF_WAR) {
  test(`issue 10 precision (exclusions before the head): ${JSON.stringify(item[0])}`, () => checkRoles(item))
}

const UNREAL: RoleCase[] = [
  // an inverted condition is no event; its outcome is the intention of the side that sets it, as after "if"
  ['Had Russia attacked Poland, NATO would have responded.', [], ['RUS>POL 19 asserted']],
  [
    'Should China invade Taiwan, Japan would impose sanctions on China.',
    ['JPN>CHN 13 intent'],
    ['CHN>TWN 19 asserted'],
  ],
  ['Russia had attacked Poland before.', ['RUS>POL 19 asserted'], []],
  // what others expect of the subject is not its intention
  ['Russia is expected to attack Ukraine.', [], ['RUS>UKR 13 intent', 'RUS>UKR 19 asserted']],
  ['Israel plans to attack Lebanon.', ['ISR>LBN 13 intent'], []],
]

for (const item of UNREAL) {
  test(`issue 10 precision (conditions and expectations): ${JSON.stringify(item[0])}`, () => checkRoles(item))
}

const GOVERNED_OBJECTS: RoleCase[] = [
  // a clause whose subject is the object of a verb that lets it act has that verb's modality
  ['The plan would see Turkey withdraw its troops from Syria.', ['TUR>SYR 08 hypothetical'], ['TUR>SYR 08 asserted']],
  ['The deal could see Turkey withdraw its troops from Syria.', [], ['TUR>SYR 08 asserted', 'TUR>SYR 08 hypothetical']],
  ['The deal saw Turkey withdraw its troops from Syria.', ['TUR>SYR 08 asserted'], []],
  // coercion: the group named is the one coerced, never the unnamed authority that coerced it
  [
    'Riot police fired tear gas at Kenyan protesters.',
    ['->KEN 17 asserted'],
    ['KEN>KEN 17 asserted', 'KEN>- 17 asserted'],
  ],
]

for (const item of GOVERNED_OBJECTS) {
  test(`issue 10 precision (governed objects, coercion): ${JSON.stringify(item[0])}`, () => checkRoles(item))
}
