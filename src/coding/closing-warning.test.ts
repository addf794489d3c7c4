import { describe } from 'vitest'
import { codesEach } from './test-helpers.js'

describe('issue 10: "X would V, Y warned" is the warning of "Y warned that X would V"', () => {
  codesEach([
    // the speaker's own side would act: a threat (13x of the act)
    ['Russia would attack Poland, Medvedev warned.', ['RUS>POL 1384 intent']],
    ["China would impose sanctions on Japan, China's foreign ministry warned.", ['CHN>JPN 1312 intent']],
    ['If NATO expands, Russia would attack Poland, Medvedev warned.', ['RUS>POL 1384 intent']],
    // a warning of what might be, by the side that would act, is a threat as "warned it could strike" is
    ['Russia could attack Poland, Medvedev warned.', ['RUS>POL 1384 intent']],
    // said of one's own side with "would": what is promised or threatened, as "said it would" is
    ['Russia would attack Poland, Medvedev said.', ['RUS>POL 1384 intent']],
    ['China would hold talks with Japan, Wang Yi said.', ['CHN>JPN 036 intent']],
    // counter-sentences: another's forecast is no event; "could" said is a possibility; a done act stays done
    ['Russia would attack Poland, analysts warned.', []],
    ['Russia could attack Poland, Medvedev said.', []],
    ['Russia attacked Poland, Medvedev warned.', ['RUS>POL 190 asserted']],
    ['Medvedev warned that Russia would attack Poland.', ['RUS>POL 1384 intent']],
    ['Iran will release the sailors, its foreign minister said.', ['IRN>- 0353 intent']],
  ])
})
