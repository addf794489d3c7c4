import { describe } from 'vitest'
import { codesEach } from './test-helpers.js'

/**
 * Issue 10 items 2 and 4: a state pulling its forces out of a place is "Retreat or surrender militarily" (CAMEO 0874:
 * retreat, withdraw, yield control of a location by pulling out armed forces), whether the verb says it ("withdrew
 * its troops from") or a noun does ("the withdrawal of its troops from", announced, completed or ordered); before,
 * the verb coded 087 and some nouns 0874. Forces leaving the border with a side pull back from that side. Sentences
 * of our own, whole pipeline.
 */
describe('a pullout of forces is 0874, verb or noun', () => {
  codesEach([
    ['France withdrew its troops from Mali.', ['FRA>MLI 0874 asserted']],
    ['Israel pulled its troops out of Gaza.', ['ISR>PSE 0874 asserted']],
    ['Russia announced the withdrawal of its troops from Syria.', ['RUS>SYR 0874 asserted']],
    ['The United States completed the withdrawal of its forces from Iraq.', ['USA>IRQ 0874 asserted']],
    ['Indian troops withdrew from the border with China.', ['IND>CHN 0874 asserted']],
  ])
})

describe('other de-escalation, other doers and other things withdrawn keep their codes', () => {
  codesEach([
    ['Israel halted its strikes on Gaza.', ['ISR>PSE 087 asserted']],
    ['Refugees withdrew from the border with Serbia.', []],
    ['South Korea dropped its complaint against Japan.', ['KOR>JPN 080 asserted']],
    ['Japan announced new sanctions against Russia.', ['JPN>RUS 163 asserted']],
  ])
})

/**
 * Forces that leave a land pull out of it (0874) as forces that withdraw from it do, and a commander who orders his
 * own forces to leave, flee or quit a land does that pullout himself (X>Y 0874), as "ordered the army to attack"
 * makes him the attacker; it was X>X 1056 (a demand on his own forces) or nothing. Another side's forces ordered out
 * stay a demand.
 */
describe('forces leaving a land, or ordered by their own commander to leave it, pull out of it', () => {
  codesEach([
    ['The last American troops left Afghanistan in August 2021.', ['USA>AFG 0874 asserted']],
    ['Iraqi forces left Kuwait at the end of February 1991.', ['IRQ>KWT 0874 asserted']],
    ['Biden ordered American troops to leave Afghanistan.', ['USA>AFG 0874 asserted']],
    ['Putin ordered troops to leave Syria.', ['RUS>SYR 0874 asserted']],
    ['Netanyahu ordered Israeli soldiers to leave southern Lebanon.', ['ISR>LBN 0874 asserted']],
    ['Saddam Hussein ordered his army to abandon Kuwait.', ['IRQ>KWT 0874 asserted']],
    // counter-sentences: no armed doer, another side's forces, or nobody armed ordered out
    ['The Japanese prime minister left India on Friday.', []],
    ['Hundreds of Western companies left Russia in 2022.', []],
    ['The Philippines ordered Chinese vessels to leave the shoal.', ['PHL>CHN 1056 asserted']],
    ['Mali ordered French troops to leave Mali.', ['MLI>FRA 1056 asserted']],
    ['Biden ordered the embassy staff to leave Sudan.', []],
  ])
})

/**
 * "Told" its own forces to leave is a command as "ordered" is (COMMANDING_VERBS): the commander's side pulls out
 * (X>Y 0874); it was X>X 1056 or nothing. Told to another side's forces or to people who are no forces, it stays
 * what it was.
 */
describe('a side that tells its own forces to leave a land pulls out of it', () => {
  codesEach([
    ['Britain told its troops to leave Iraq.', ['GBR>IRQ 0874 asserted']],
    ['The United States told its forces to depart Afghanistan.', ['USA>AFG 0874 asserted']],
    ['Putin told Russian troops to leave Syria.', ['RUS>SYR 0874 asserted']],
    // counter-sentences: another side's forces, a leader told, nobody armed told
    ['Zelensky told Russian troops to leave Ukraine.', ['UKR>RUS 1056 asserted']],
    ['The Malian junta told French troops to leave Mali.', ['MLI>FRA 1056 asserted']],
    ['Biden told Putin to withdraw his troops from Ukraine.', ['USA>RUS 1056 asserted']],
    ['Obama told reporters to leave the room.', []],
  ])
})

/**
 * A member's withdrawal, exit or pullout from an organization is a cut in relations (160), as the verb "withdrew
 * from the WHO" already was; as a noun ("Britain's withdrawal from the EU") and "pulled out of the ICC" it coded a
 * military retreat (0874).
 */
describe('leaving an organization is 160 (reduce relations), not a military retreat', () => {
  codesEach([
    ["Greenland's withdrawal from the European Community took effect in 1985.", ['GRL>EU 160 asserted']],
    ["Britain's exit from the EU was completed in January 2020.", ['GBR>EU 160 asserted']],
    ['Burundi pulled out of the International Criminal Court in 2017.', ['BDI>ICC 160 asserted']],
    ["Burkina Faso's withdrawal from ECOWAS angered Nigeria.", ['BFA>ECOWAS 160 asserted']],
    // counter-sentences: a land left stays a pullback
    ["Israel's withdrawal from Gaza was completed in 2005.", ['ISR>PSE 0874 asserted']],
    ['Turkey pulled out of Syria.', ['TUR>SYR 0874 asserted']],
  ])
})

/**
 * Review debt (issue 10): "leave $TARGET:LAND" (0874) fired on a land forces only passed through: "American troops left
 * Kuwait and crossed into Iraq" coded USA>KWT 0874. Forces that leave a land and go on into another that is not
 * their own (ONWARD_VERBS) were staging there; forces going home, and the last of them leaving, still pull out.
 */
describe('a land forces pass through on their way into another is no land they pull out of', () => {
  codesEach([
    ['American troops left Kuwait and crossed into Iraq.', []],
    ['Russian troops left Belarus and entered Ukraine.', []],
    ['Russian troops left Belarus and moved into Ukraine in February 2022.', []],
    // counter-sentences: forces going home, the last of them leaving, no onward move
    ['Iraqi troops left Kuwait and returned to Iraq.', ['IRQ>KWT 0874 asserted']],
    ['The last American troops left Iraq and crossed into Kuwait.', ['USA>IRQ 0874 asserted']],
    ['Soviet troops left Afghanistan in 1989.', ['RUS>AFG 0874 asserted']],
  ])
})
