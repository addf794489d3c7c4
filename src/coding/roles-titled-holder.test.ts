import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles): a demonym before a title and a name ("Israeli President Herzog") names the office holder met or
 * criticised, who acts for his government, not the people. Sentences of our own, through the whole pipeline; sides
 * are written entity/actor code.
 */

describe('the holder of a title after a demonym is the side acted on', () => {
  codedCases([
    // a meeting between two officials of one government is no event between actors
    ['Netanyahu met Israeli President Herzog.', '2023-06-01', [], ['ISR/ISRGOV>ISR/ISR 04']],
    ['Biden met Israeli Prime Minister Netanyahu.', '2023-06-01', ['USA/USAGOV>ISR/ISRGOV 04']],
    ['Putin criticized Ukrainian President Zelensky.', '2023-06-01', ['RUS/RUSGOV>UKR/UKRGOV 11']],
    // counter-sentences: a rift between two officials is news; a demonym before a group stays the group's country
    ['Netanyahu criticized Israeli President Herzog.', '2023-06-01', ['ISR/ISRGOV>ISR/ISRGOV 11']],
    ['China condemned Japanese lawmakers.', '2023-06-01', ['CHN/CHN>JPN/JPNLEG 11']],
  ])
})
