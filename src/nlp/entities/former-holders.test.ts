import { describe, expect, test } from 'vitest'
import type { Doc } from '../../document.js'
import { mentionNamed, recognizeWithKb as run } from './test-helpers.js'

// the real KB: its people files hold the office holders these sentences name

function roleOf(doc: Doc, name: string) {
  return mentionNamed(doc, name)?.role
}

describe('office holders in documents with and without a date', () => {
  test('with no date, a former holder acts for whom his latest role served: Kofi Annan for the UN', () => {
    // his latest role: the UN and Arab League's envoy for Syria in 2012, after his years as Secretary-General
    expect(roleOf(run('Kofi Annan criticized the blockade.'), 'Kofi Annan')).toMatchObject({ of: 'UN' })
    expect(roleOf(run('Moussa Koussa met British envoys.'), 'Moussa Koussa')).toMatchObject({ of: 'LBY' })
  })

  test('with a date, the role held that day: Anatoliy Zlenko was foreign minister in 1992, a former one in 2010', () => {
    expect(roleOf(run('Anatoliy Zlenko met Polish officials.', '1992-06-01'), 'Anatoliy Zlenko')).toMatchObject({
      of: 'UKR',
      title: 'Foreign Minister',
    })
    expect(roleOf(run('Anatoliy Zlenko met Polish officials.', '2010-06-01'), 'Anatoliy Zlenko')).toMatchObject({
      of: 'UKR',
      to: 'former',
    })
  })
})

describe('office holders told apart and gated by the document date', () => {
  test('a name two presidents share links to the one in office that day, and to neither in an undated text', () => {
    const text = 'George Bush met Japanese diplomats.'
    expect(run(text, '1991-07-30').mentions.find((m) => m.text === 'George Bush')?.entity).toBe(
      'person:george-h-w-bush',
    )
    expect(run(text, '2003-03-20').mentions.find((m) => m.text === 'George Bush')?.entity).toBe('person:george-w-bush')
    expect(run(text).mentions.find((m) => m.text === 'George Bush')?.entity).toBeUndefined()
  })

  test('between the two terms, the one who had already served: the father in 1996', () => {
    const doc = run('George Bush praised the Polish people.', '1996-05-01')
    expect(doc.mentions.find((m) => m.text === 'George Bush')).toMatchObject({
      entity: 'person:george-h-w-bush',
      role: { of: 'USA', to: 'former' },
    })
  })

  test('a former holder in a dated document keeps his country, marked former', () => {
    expect(roleOf(run('Mikhail Gorbachev criticized the Kremlin.', '2011-12-10'), 'Mikhail Gorbachev')).toMatchObject({
      of: 'RUS',
      to: 'former',
    })
  })

  test('a state office comes before a group leadership held the same day: Riek Machar in 2016 and in 2015', () => {
    expect(roleOf(run('Riek Machar returned to Juba.', '2016-05-01'), 'Riek Machar')).toMatchObject({ of: 'SSD' })
    expect(roleOf(run('Riek Machar returned to Juba.', '2015-05-01'), 'Riek Machar')).toMatchObject({ of: 'SPLMIO' })
  })

  test('King Abdullah is Jordan’s in 2023, when Saudi Arabia’s had died, and nobody’s in 2010, when both reigned', () => {
    const text = 'King Abdullah received Swiss diplomats.'
    expect(run(text, '2023-10-18').mentions.find((m) => m.text === 'King Abdullah')?.entity).toBe('person:abdullah-ii')
    expect(run(text, '2010-10-18').mentions.find((m) => m.text === 'King Abdullah')?.entity).toBeUndefined()
  })
})

describe('a title and a surname read through the KB holders of that title', () => {
  test('undated "President Bush": two US presidents bear the name, so the title is the USA’s and no one is linked', () => {
    const bush = mentionNamed(run('President Bush warned Saddam Hussein.'), 'Bush')
    expect(bush?.role).toMatchObject({ title: 'President', of: 'USA' })
    expect(bush?.entity).not.toMatch(/george/)
  })

  test('undated "President Clinton": only Bill Clinton held that title', () => {
    expect(mentionNamed(run('President Clinton criticized Belgrade.'), 'Clinton')).toMatchObject({
      entity: 'person:bill-clinton',
      role: { of: 'USA' },
    })
  })

  test('dated: the holder that day; after the term, the person but no owner for the title', () => {
    expect(mentionNamed(run('President Bush visited Kuwait.', '1991-06-01'), 'Bush')?.entity).toBe(
      'person:george-h-w-bush',
    )
    expect(mentionNamed(run('President Bush visited Kuwait.', '2004-06-01'), 'Bush')?.entity).toBe(
      'person:george-w-bush',
    )
    expect(mentionNamed(run('Chancellor Kohl visited Moscow.', '1990-07-15'), 'Kohl')).toMatchObject({
      entity: 'person:helmut-kohl',
      role: { of: 'DEU' },
    })
    const after = mentionNamed(run('Chancellor Kohl visited Moscow.', '2005-07-15'), 'Kohl')
    expect(after?.entity).toBe('person:helmut-kohl')
    expect(after?.role?.of).toBeUndefined()
  })

  test('a title no bearer of the surname held links no one: "Senator Bush"', () => {
    const bush = mentionNamed(run('Senator Bush criticized Iraq.'), 'Bush')
    expect(bush?.role).toMatchObject({ title: 'Senator' })
    expect(bush?.role?.of).toBeUndefined()
    expect(bush?.entity).not.toMatch(/george/)
  })
})

describe('surnames written with extended Latin letters', () => {
  // wink split "Milošević" into "Milo", "š", "evi", "ć", and "Milo" was taken for an unknown person
  const CASES: [text: string, published: string, name: string, entity: string][] = [
    ['Milošević rejected the Western demands.', '1999-03-20', 'Milošević', 'person:slobodan-milosevic'],
    ['Erdoğan accused the opposition of treason.', '2016-08-01', 'Erdoğan', 'person:recep-tayyip-erdogan'],
    ['Koštunica met the envoy in Belgrade.', '2001-06-01', 'Koštunica', 'person:vojislav-kostunica'],
    ['Tuđman visited the troops in Knin.', '1995-08-07', 'Tuđman', 'person:franjo-tudman'],
  ]
  for (const [text, published, name, entity] of CASES) {
    test(`"${name}" alone links to ${entity}`, () => {
      const doc = run(text, published)
      expect(mentionNamed(doc, name)?.entity).toBe(entity)
      expect(doc.mentions.some((m) => m.entity === 'person:milo')).toBe(false)
    })
  }
})

describe('a former holder named by his surname alone, in a story that names the state he served', () => {
  const CASES: [text: string, published: string, name: string, entity: string][] = [
    [
      'Gorbachev criticized the Kremlin over its policy in Chechnya.',
      '2009-03-02',
      'Gorbachev',
      'person:mikhail-gorbachev',
    ],
    [
      'Milosevic told the judges that Serbia had defended itself.',
      '2003-02-10',
      'Milosevic',
      'person:slobodan-milosevic',
    ],
    ['Musharraf returned to Pakistan after four years abroad.', '2013-03-24', 'Musharraf', 'person:pervez-musharraf'],
    // two bearers of the surname, only one of them out of office in the years before the date
    ['Blair urged Britain to stay in Europe.', '2016-05-01', 'Blair', 'person:tony-blair'],
  ]
  for (const [text, published, name, entity] of CASES) {
    test(`"${name}" links to ${entity} on ${published}, marked former`, () => {
      const mention = mentionNamed(run(text, published), name)
      expect(mention?.entity).toBe(entity)
      expect(mention?.role?.to).toBe('former')
    })
  }

  test('counter: no state he served is named, or he left office too long ago', () => {
    expect(mentionNamed(run('Milosevic denied every charge.', '2003-02-10'), 'Milosevic')?.entity).toBeUndefined()
    expect(mentionNamed(run('Gorbachev criticized the Kremlin.', '2019-03-02'), 'Gorbachev')?.entity).toBeUndefined()
  })

  test('counter: a surname that is a given name or an everyday word stays unlinked out of office', () => {
    expect(mentionNamed(run('Major visited London.', '2005-05-01'), 'Major')?.entity).toBeUndefined()
    // Jim Yong Kim left the World Bank in 2019; a story that does not name it is about another Kim
    expect(mentionNamed(run('Kim arrived in Washington.', '2021-05-01'), 'Kim')?.entity).not.toBe('person:jim-yong-kim')
  })
})

describe('a surname many people bear names a former holder only after his full name', () => {
  test('"Powell" in 2019 and "Taylor" in 2015 are nobody the KB knows', () => {
    expect(
      mentionNamed(run('Powell criticized the U.S. trade policy toward China.', '2019-05-03'), 'Powell')?.entity,
    ).toBe(undefined)
    expect(
      mentionNamed(run('Taylor accused the Liberian government of corruption.', '2015-05-03'), 'Taylor')?.entity,
    ).toBe(undefined)
  })

  test('counter: in office, after his full name, or a rare surname, the holder is still named', () => {
    expect(mentionNamed(run('Powell met Syrian officials in Damascus.', '2003-05-03'), 'Powell')?.entity).toBe(
      'person:colin-powell',
    )
    const full = run('Colin Powell endorsed Barack Obama. Powell criticized the U.S. policy toward Iran.', '2012-05-03')
    expect(full.mentions.filter((m) => m.text === 'Powell').map((m) => m.entity)).toEqual(['person:colin-powell'])
    expect(mentionNamed(run('Jospin criticized the French government.', '2014-05-03'), 'Jospin')?.entity).toBe(
      'person:lionel-jospin',
    )
  })
})
