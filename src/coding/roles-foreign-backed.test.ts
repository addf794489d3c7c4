import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles): modifiers that say whose an agent is not. Sentences of our own, through the whole pipeline; sides
 * are written entity/actor code.
 */

describe('"foreign" says a group is not of the place named, nor of the state acting on it', () => {
  codedCases([
    ['Serbia detained foreign journalists.', '2024-03-01', ['SRB/SRB>- 17'], ['SRB/SRB>SRB/SRB 17']],
    ['Police arrested foreign journalists in Moscow.', '2024-03-01', [], ['RUS/RUSCOP>RUS/RUSMED 17']],
    // counter-sentences: with no such word the group is the country's
    ['Serbia detained journalists.', '2024-03-01', ['SRB/SRB>SRB/SRB 17']],
    ['Iranian police arrested journalists in Tehran.', '2024-03-01', ['IRN/IRNCOP>IRN/IRNMED 17']],
  ])
})

describe('a group a country backs is not of that country', () => {
  codedCases([
    ['Turkish-backed rebels attacked Kurdish forces.', '2024-03-01', [], ['TUR/TURREB>TUR/TURMIL 19']],
    // counter-sentences: the backed group still takes the country its sentence places it in
    ['Turkish-backed rebels attacked a town in northern Syria.', '2024-03-01', ['SYR/SYRREB>SYR/SYR 19']],
    ['Rebels backed by Rwanda attacked Congolese troops.', '2012-11-20', ['COD/CODREB>COD/CODMIL 19']],
  ])
})

describe("the doer's own possessive leaves the place of its act to name the other side", () => {
  codedCases([
    ['Israel launched its offensive in Rafah.', '2024-05-07', ['ISR/ISR>PSE/PSE 19']],
    ['Russia launched its offensive in Kharkiv.', '2024-05-10', ['RUS/RUS>UKR/UKR 19']],
    // counter-sentences: a place of the doer's own country is no other side; without the possessive, as before
    ['Ukraine launched its offensive in Kherson.', '2022-09-01', ['UKR/UKR>- 19'], ['UKR/UKR>UKR/UKR 19']],
    ['Israel launched an offensive in Rafah.', '2024-05-07', ['ISR/ISR>PSE/PSE 19']],
  ])
})
