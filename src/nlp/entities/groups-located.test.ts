import { describe, expect, test } from 'vitest'
import { mentionNamed, recognizeWithKb } from './test-helpers.js'

// the real KB: data/kb/ethnic-groups.json says where each group lives

function linked(text: string, name: string): string | undefined {
  const doc = recognizeWithKb(text, '2024-05-01')
  const mention = mentionNamed(doc, name)
  if (!mention) throw new Error(`no mention "${name}" in ${JSON.stringify(doc.mentions.map((m) => m.text))}`)
  return mention.entity
}

describe('ethnic and religious groups take the country the text places them in', () => {
  test('a place of the sentence among the group’s countries', () => {
    expect(linked('Kurdish fighters shelled villages in northern Syria.', 'Kurdish')).toBe('SYR')
    expect(linked('Thousands of Kurds marched through Diyarbakir.', 'Kurds')).toBe('TUR')
    expect(linked('Shiite militias clashed with police in Basra.', 'Shiite')).toBe('IRQ')
  })

  test('a group with several countries and no place in its sentence stays unlinked', () => {
    expect(linked('Kurds celebrated the new year.', 'Kurds')).toBeUndefined()
    expect(linked('Hutu militias crossed the river at night.', 'Hutu')).toBeUndefined()
  })

  test('a group with a state of its own stands for it when the text names no place', () => {
    expect(linked('Tamil rebels ambushed an army patrol.', 'Tamil')).toBe('LKA')
    expect(linked('Uyghurs abroad demanded the release of relatives.', 'Uyghurs')).toBe('CHN')
    expect(linked('Chechen refugees returned home.', 'Chechen')).toBe('RUS')
  })

  test('where people go is not where they are, and a capital speaking for its government places no one', () => {
    expect(linked('Rohingya families fled to Bangladesh by boat.', 'Rohingya')).toBe('MMR')
    expect(linked('Ankara criticized Kurdish parties.', 'Kurdish')).toBeUndefined()
  })

  test('"ethnic" + a demonym names people living in another country: the one the sentence names', () => {
    expect(linked('Ethnic Albanians rallied in Skopje on Sunday.', 'Albanians')).toBe('MKD')
    expect(linked('Ethnic Albanians rallied on Sunday.', 'Albanians')).toBe('ALB')
  })

  test('a country word before the group acts for it, and the group is left alone', () => {
    expect(linked('Iraqi Kurds voted in a referendum.', 'Kurds')).toBeUndefined()
  })
})

describe('a people’s name that is also a given name, before a common noun, is the people', () => {
  test.each([
    ['The army shelled Karen villages near the Thai border.', 'Karen', 'MMR'],
    ['Karen refugees crossed into Thailand after air strikes.', 'Karen', 'MMR'],
    ["Myanmar's junta bombed Shan villages.", 'Shan', 'MMR'],
    ['Thai police questioned Shan migrants.', 'Shan', 'THA'],
    ['Soldiers burned Chin villages in Sagaing.', 'Chin', 'MMR'],
  ])('%s', (text, name, country) => {
    expect(linked(text, name)).toBe(country)
  })

  test.each([
    ['Karen Pierce criticized Russia at the Security Council.', 'Karen Pierce', 'person:karen-pierce'],
    ['Karen said the soldiers had fired at the village.', 'Karen', 'person:karen'],
    ['Karen refugees in Thailand asked for food aid.', 'Karen', 'THA'],
    // a people with no home is placed only by its own countries: a Pakistani named Shan stays a person
    ['Shan told reporters in Lahore that the rally would go ahead.', 'Shan', 'person:shan'],
  ])('counter: %s', (text, name, entity) => {
    expect(linked(text, name)).toBe(entity)
  })
})

describe('a place’s name modifying a noun, or a border’s other side, is not where a people is', () => {
  test.each([
    ['Rohingya families massed near the Bangladesh border.', 'Rohingya', 'MMR'],
    ['Karen villagers fled along the border with Thailand.', 'Karen', 'MMR'],
    ['Rohingya families fled along the border with Bangladesh.', 'Rohingya', 'MMR'],
  ])('%s', (text, name, country) => {
    expect(linked(text, name)).toBe(country)
  })

  test.each([
    ['Rohingya refugees in Bangladesh protested against their relocation.', 'Rohingya', 'BGD'],
    // a country's name before another noun still names the country where the people are
    ['The Mozambique government held talks with Shona elders.', 'Shona', 'MOZ'],
    ['Tamil families marched through Chennai.', 'Tamil', 'IND'],
    ['Kurdish fighters shelled villages in northern Syria.', 'Kurdish', 'SYR'],
  ])('counter: %s', (text, name, country) => {
    expect(linked(text, name)).toBe(country)
  })
})
