import { describe, expect, test } from 'vitest'
import { analyze } from '../run.js'
import { codedCases, codedWhole } from './test-helpers.js'

/**
 * Actors that take their country from the story or from the words around them (issue 10, "actors not linked"), in
 * sentences of our own about real events, through the whole pipeline with the package's KB.
 */

describe('two peoples the text places in one country are two sides of an event', () => {
  codedCases([
    ['Hutu militias attacked Tutsi civilians in Rwanda.', '1994-04-20', ['RWA/RWAUAF>RWA/RWACVL 19']],
    ['Hutus killed Tutsis in Rwanda.', '1994-05-01', ['RWA/RWA>RWA/RWA 18']],
    ['Serb forces attacked Bosniak civilians in Srebrenica.', '1995-07-12', ['BIH/BIHMIL>BIH/BIHCVL 19']],
    ['Croat forces attacked Bosniak civilians in Mostar.', '1993-06-01', ['BIH/BIHMIL>BIH/BIHCVL 19']],
    // counters: a people beside an agent of its country, and two agents of one country, as before
    ['Tamil rebels attacked Sinhalese villagers in the east.', '2006-08-01', ['LKA/LKAREB>LKA/LKACVL 19']],
    ['Iraqi police arrested Iraqi protesters in Baghdad.', '2012-03-05', ['IRQ/IRQCOP>IRQ/IRQOPP 17']],
  ])
})

describe('a legislature named Congress or Senate is the country’s that owns it, not the United States’', () => {
  codedCases([
    [
      'The Philippine Congress rejected a proposal by President Rodrigo Duterte.',
      '2019-07-01',
      ['PHL/PHLLEG>PHL/PHLGOV 12'],
    ],
    ['The Colombian Congress criticized Venezuela.', '2019-07-01', ['COL/COLLEG>VEN/VEN 11']],
    ["Colombia's Congress criticized Venezuela.", '2019-07-01', ['COL/COLLEG>VEN/VEN 11'], ['USA/USALEG>VEN/VEN 11']],
    ["Peru's Congress criticized Chile over the border dispute.", '2020-11-09', ['PER/PERLEG>CHL/CHL 11']],
    ['The Brazilian Senate criticized Argentina.', '2016-08-31', ['BRA/BRALEG>ARG/ARG 11']],
    // counters: Congress alone, or the U.S. Congress, is still the United States'
    ['Congress criticized Iraq.', '2001-09-12', ['USA/USALEG>IRQ/IRQ 11']],
    ['The U.S. Congress criticized Venezuela.', '2016-08-31', ['USA/USALEG>VEN/VEN 11']],
  ])
})

describe('"Visiting" before a title is no visit and no part of a name', () => {
  codedCases([
    [
      'Visiting U.S. Secretary of State Mike Pompeo criticized North Korea.',
      '2018-06-12',
      ['USA/USAGOV>PRK/PRK 11'],
      ['->USA/USAGOV 04'],
    ],
    // counter: "Visiting China, …" is a visit
    ['Visiting China, Pakistani Prime Minister Nawaz Sharif met Xi Jinping.', '2015-08-12', ['PAK/PAK>CHN/CHN 04']],
  ])

  test('the demonym after "Visiting" links to its country', () => {
    const text = 'Visiting Pakistani Prime Minister Nawaz Sharif signed a trade deal with China.'
    const doc = analyze({ id: 't', text, published: '2015-08-12', source: { kind: 'text', path: 't' } })
    expect(doc.mentions.find((m) => m.text.endsWith('Pakistani'))).toMatchObject({ text: 'Pakistani', entity: 'PAK' })
  })
})

describe('an agent with no owner is the body of the country the story is about: its dateline, or the one it names', () => {
  codedCases([
    [
      'HANOI - The Communist Party criticized China over its oil rig in disputed waters.',
      '2014-05-10',
      ['VNM/VNMPTY>CHN/CHN 11'],
    ],
    [
      'BEIJING, Oct 20 (Reuters) - The Communist Party criticized Japan over the history textbooks.',
      '2017-10-20',
      ['CHN/CHNPTY>JPN/JPN 11'],
    ],
    ['BAGHDAD - The police arrested 12 suspects on Monday.', '2012-03-05', ['IRQ/IRQCOP>- 17']],
    ['KINSHASA - The army attacked rebels in the east on Monday.', '2004-05-10', ['COD/CODMIL>- 19']],
    // the dateline, not the country attacked
    [
      'WASHINGTON - The military struck Islamic State targets in Syria on Monday.',
      '2015-03-02',
      ['USA/USAMIL>SYR/SYR 19'],
      ['SYR/SYRMIL>SYR/SYR 19'],
    ],
    [
      'DHAKA - The opposition party accused the government of rigging the election.',
      '2014-01-06',
      ['BGD/BGDOPP>BGD/BGDGOV 11'],
    ],
    [
      'The main opposition party accused the government of rigging the election in Bangladesh.',
      '2014-01-06',
      ['BGD/BGDOPP>BGD/BGDGOV 11'],
    ],
    [
      'ANKARA - Soldiers blocked the bridges. The government accused the military of staging a coup.',
      '2016-07-16',
      ['TUR/TURGOV>TUR/TURMIL 11'],
    ],
  ])

  test('in a story about two countries "the military" stays unlinked', () => {
    for (const text of [
      'Turkey and Syria exchanged fire on Monday. The military shelled villages near the border.',
      'Israel and Egypt held talks on Gaza. The military said it would keep the crossing closed.',
    ])
      expect(codedWhole(text, '2014-07-01').join(' ')).not.toMatch(/MIL/)
  })

  test('an agent noun that modifies another noun is none: "the military operation"', () => {
    expect(codedWhole('The military operation killed 12 civilians in Iraq.', '2007-05-01')).toEqual(['->IRQ/IRQCVL 18'])
  })
})

describe('past "as" opening a clause of its own, the subject’s own country is no target', () => {
  codedCases([
    [
      'Serzh Sargsyan resigned on Monday as Armenian protesters rallied in Yerevan.',
      '2018-04-23',
      ['ARM/ARMGOV>- 08', 'ARM/ARMOPP>ARM/ARM 14'],
      ['ARM/ARMGOV>ARM/ARMOPP 08'],
    ],
  ])
})
