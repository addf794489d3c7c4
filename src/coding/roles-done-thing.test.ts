import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles: nested target; possessive), over the whole pipeline with the real KB. Sentences of our own about
 * real events, each failing on the code before its rule.
 */

describe('a thing done, with its doer after a participle, is the doer’s: the verb acts on the doer', () => {
  codedCases([
    ['China condemned the sanctions imposed on Russia by the United States.', '2022-03-01', ['CHN/CHN>USA/USA 11']],
    ['Russia denounced the sanctions imposed by the European Union.', '2022-03-01', ['RUS/RUS>EU/IGOEUREEC 11']],
    ['Iran welcomed the aid delivered to Gaza by Egypt.', '2023-10-25', ['IRN/IRN>EGY/EGY 05']],
    // "the N of X by Y" stays as it was
    ['China condemned the detention of two Canadians by Canada.', '2018-12-20', ['CHN/CHN>CAN/CAN 11']],
  ])
})

describe('control of a body a place owns ("Pennsylvania’s legislature") is no land taken', () => {
  codedCases([
    ['The Democrats regained control of Pennsylvania’s legislature.', '2022-11-10', [], ['->USA/USA 19']],
    ["The Democrats regained control of Pennsylvania's legislature.", '2022-11-10', [], ['->USA/USA 19']],
    ['Ukraine regained control of Kharkiv.', '2022-09-12', ['UKR/UKR>UKR/UKR 19']],
  ])
})
