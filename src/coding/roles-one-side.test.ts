import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles): spurious dyads. Sentences of our own, through the whole pipeline; sides are written entity/actor
 * code.
 */

describe('two officials of one state cooperating make no dyad', () => {
  codedCases([
    ['Blinken and Austin met in Washington.', '2023-06-01', [], ['USA/USAGOV>USA/USAGOV 04']],
    [
      'The French foreign minister and the French defence minister held talks in Paris.',
      '2023-06-01',
      [],
      ['FRA/FRA>FRA/FRA 04'],
    ],
    ['Lavrov and Shoigu held talks in Moscow.', '2020-06-01', [], ['RUS/RUSGOV>RUS/RUSGOV 04']],
    // counter-sentences: sides of one country that differ, a place of the country, and another country
    ['Trump criticised Biden.', '2023-06-01', ['USA/USAELI>USA/USAGOV 11']],
    // a rift between two officials of one government is news
    ['Blinken criticised Austin.', '2023-06-01', ['USA/USAGOV>USA/USAGOV 11']],
    ['The Sudanese army clashed with the Rapid Support Forces.', '2023-06-01', ['SDN/SDNMIL>SDN/SDNREB 19']],
    ['Zelensky visited Kharkiv.', '2023-06-01', ['UKR/UKRGOV>UKR/UKR 04']],
    ['Blinken met Wang Yi in Beijing.', '2023-06-01', ['USA/USAGOV>CHN/CHNGOV 04']],
    ['Sri Lankan authorities imposed a curfew on the city of Kandy.', '2018-03-07', ['LKA/LKAGOV>LKA/LKA 17']],
  ])
})

describe('a plural right after a verb is its object, not a second verb', () => {
  codedCases([
    // the strikes are Israel's, not Lebanon's on Israel
    ['Lebanon reported strikes by Israel.', '2024-03-01', [], ['LBN/LBN>ISR/ISR 19']],
    ['Syria condemned attacks by Turkey.', '2020-06-01', ['SYR/SYR>TUR/TUR 11'], ['SYR/SYR>TUR/TUR 19']],
    // counter-sentences: a verb after its subject stays a verb
    ['Israel strikes Gaza again.', '2024-03-01', ['ISR/ISR>PSE/PSE 19']],
    ['Russia attacks Ukraine with drones.', '2024-03-01', ['RUS/RUS>UKR/UKR 19']],
    ['Japan supports Ukraine.', '2024-03-01', ['JPN/JPN>UKR/UKR 05']],
  ])
})
