import { describe, expect } from 'vitest'
import { codedCases, codedWhole } from './test-helpers.js'

// Issue 10: a head verb of the dictionary whose object is not in its patterns. Our own sentences.

describe('16: expelling a spy is expelling a diplomat (the codebook: diplomats expelled, 161)', () => {
  codedCases([
    ['Britain expelled a Russian spy.', '2024-03-01', ['GBR/GBR>RUS/RUS 16']],
    ['The Netherlands expelled two Russian spies after the hacking attempt.', '2024-03-01', ['NLD/NLD>RUS/RUSSPY 16']],
  ])
})

describe('a spy who is not expelled codes nothing of 16', () => {
  codedCases([['Britain arrested a Russian spy.', '2024-03-01', ['GBR/GBR>RUS/RUS 17'], ['GBR/GBR>RUS/RUS 16']]])
  expect(codedWhole('A Russian spy novel was a bestseller in Britain.', '2024-03-01')).toEqual([])
})
