import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Faction and exile leaders of 1990s–2010s wire news the KB lacked (issue 10, actors not linked), each acting on the
 * day as the group his dated role is of. Sentences of our own about real events.
 */
describe('a Somali faction leader acts as his faction, the father until 1996, the son after', () => {
  codedCases([
    ['General Aidid rejected the UN demand to hand over his heavy weapons.', '1993-06-10', ['SOM/SOMREB>UN/IGOUNO 12']],
    ['Aidid accused UN troops of killing civilians in Mogadishu.', '1993-09-10', ['SOM/SOMREB>UN/IGOUNO 11']],
    ['Hussein Aidid signed a peace deal with rival warlords in Cairo.', '1997-12-22', ['SOM/SOMREB>- 05']],
  ])
})

describe('an Iraqi exile leader acts as his opposition group, then as the government he joined', () => {
  codedCases([
    ['Ahmed Chalabi urged Washington to topple Saddam Hussein.', '2002-04-10', ['IRQ/IRQOPP>USA/USA 02']],
    ['Chalabi met Iranian officials in Tehran.', '2005-06-01', ['IRQ/IRQGOV>IRN/IRNGOV 04']],
    ['Chalabi criticized the Iraqi government.', '2010-05-20', ['IRQ/IRQPTY>IRQ/IRQGOV 11']],
  ])
})

describe("the Dalai Lama and the Tibetan exile administration act as China's opposition (Tibet has no code)", () => {
  codedCases([
    ['The Dalai Lama accused China of cultural genocide in Tibet.', '2008-03-20', ['CHN/CHNOPP>CHN/CHN 11']],
    ['President Barack Obama met the Dalai Lama at the White House.', '2010-02-18', ['USA/USAGOV>CHN/CHNOPP 04']],
    [
      'The Tibetan government-in-exile urged the United Nations to send observers.',
      '2012-03-10',
      ['CHN/CHNOPP>UN/IGOUNO 02'],
    ],
    // counter: another lama is no one the KB knows
    ['The Panchen Lama praised the Chinese government.', '2015-03-10', [], ['CHN/CHNOPP>CHN/CHNGOV 05']],
  ])
})
