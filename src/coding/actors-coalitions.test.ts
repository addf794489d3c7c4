import { describe, expect, test } from 'vitest'
import { codedCases, codedWhole as coded } from './test-helpers.js'

/** Coalitions and countries named together (issue 10, actors not linked): sentences of our own. */
describe('"coalition forces" are the US-led coalition; the Saudi-led one is named as such', () => {
  codedCases([
    ['Coalition forces raided a village near Tikrit.', '2005-03-01', ['USA/USAMIL>IRQ/IRQ 19']],
    [
      'Coalition troops arrested a senior Baath Party official in Tikrit.',
      '2004-04-10',
      ['USA/USAMIL>IRQ/IRQPTYBTH 17'],
    ],
    ['Coalition aircraft bombed a Taliban compound in Helmand.', '2007-03-01', ['USA/USAMIL>AFG/AFGINSTAL 19']],
    ['The US-led coalition bombed Islamic State positions near Mosul.', '2016-06-01', ['USA/USAMIL>ISIS/IMGREB 19']],
    ['Saudi-led coalition forces struck Houthi positions near Aden.', '2015-06-01', ['SAU/SAUMIL>YEM/YEMREB 19']],
  ])

  test('counter: a governing coalition is no army', () => {
    expect(coded('The ruling coalition criticised the opposition.', '2019-06-01')).toEqual([])
    expect(coded('The coalition government collapsed after the vote.', '2019-06-01')).toEqual([])
  })
})

describe('in a text naming Yemen from 2015-03-26, "coalition forces" are the Saudi-led coalition', () => {
  codedCases([
    [
      'Coalition warplanes struck a market in Saada province, killing 20 people.',
      '2016-05-01',
      ['SAU/SAUMIL>YEM/YEM 19'],
    ],
    ['Coalition air strikes killed 15 civilians in Sanaa.', '2016-05-01', ['SAU/SAUMIL>YEM/YEMCVL 18']],
    ['Houthi rebels fired a missile at coalition troops in Marib.', '2017-05-01', ['YEM/YEMREB>SAU/SAUMIL 19']],
    // the United States named beside Yemen does not make them the US-led coalition
    [
      'Coalition jets struck a bus in Saada, killing 40 children, US officials said.',
      '2018-08-10',
      ['SAU/SAUMIL>YEM/YEM 19'],
      ['USA/USAMIL>YEM/YEM 19', 'USA/USAMIL>- 18'],
    ],
    // counters: before the war of 2015, and in Iraq or Syria, the words name the US-led coalition
    ['Coalition aircraft struck Islamic State positions near Raqqa.', '2016-05-01', ['USA/USAMIL>ISIS/IMGREB 19']],
    ['Coalition forces raided a house near Fallujah.', '2016-05-01', ['USA/USAMIL>IRQ/IRQ 19']],
    ['Coalition warplanes struck a market in Saada province.', '2014-05-01', ['USA/USAMIL>YEM/YEM 19']],
  ])
})

describe('"North and South Korea": two countries that share the end of their names, written once', () => {
  codedCases([
    ['North and South Korea agreed to hold talks.', '2018-06-01', ['PRK/PRK>KOR/KOR 03', 'KOR/KOR>PRK/PRK 03']],
    ['South and North Korea agreed to hold talks.', '2018-06-01', ['KOR/KOR>PRK/PRK 03', 'PRK/PRK>KOR/KOR 03']],
    ['China urged North and South Korea to resume talks.', '2018-06-01', ['CHN/CHN>PRK/PRK 02', 'CHN/CHN>KOR/KOR 02']],
  ])

  test('counter: a country of its own before "and" keeps its name', () => {
    expect(coded('Kenya and South Africa signed an accord.', '2018-06-01')).toContain('KEN/KEN>ZAF/ZAF 05')
  })
})
