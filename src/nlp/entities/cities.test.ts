import { describe, expect, test } from 'vitest'
import { loadKb } from '../../kb/index.js'
import { mentionNamed, recognizeWithKb } from './test-helpers.js'

// the real KB: these sentences test the towns of data/kb/cities.json and how they link
const run = (text: string) => recognizeWithKb(text, '2024-05-01')

function linked(text: string, name: string): string | undefined {
  return mentionNamed(run(text), name)?.entity
}

describe('gazetteer towns', () => {
  test('a major town links wherever it stands, and the KB files it under its country', () => {
    expect(linked('Militants attacked Maiduguri on Sunday.', 'Maiduguri')).toBe('place:maiduguri')
    expect(loadKb().entity('place:maiduguri')).toMatchObject({ country: 'NGA', geo: { lat: expect.any(Number) } })
  })

  test('a minor town links only after a place cue', () => {
    expect(linked('Gunmen killed five soldiers near Pokrovsk.', 'Pokrovsk')).toBe('place:pokrovsk')
    expect(linked('Shells fell on the town of Pokrovsk overnight.', 'Pokrovsk')).toBe('place:pokrovsk')
    expect(linked('Pokrovsk, Ukraine, was shelled.', 'Pokrovsk')).toBe('place:pokrovsk')
    expect(linked('Pokrovsk was shelled.', 'Pokrovsk')).toBeUndefined()
  })

  test('a town linked once in a document is that town where its name stands alone', () => {
    const doc = run('Artillery hit targets near Pokrovsk. Pokrovsk has been without power since.')
    expect(doc.mentions.filter((m) => m.text === 'Pokrovsk').map((m) => m.entity)).toEqual([
      'place:pokrovsk',
      'place:pokrovsk',
    ])
  })

  test('a town inside a longer name is left to the name', () => {
    const doc = run('Students at Maiduguri Teaching Hospital protested.')
    expect(doc.mentions.some((m) => m.entity === 'place:maiduguri')).toBe(false)
  })

  test('an administrative head joins the town', () => {
    const doc = run('Floods hit Maiduguri Province last year.')
    expect(doc.mentions.find((m) => m.entity === 'place:maiduguri')?.text).toBe('Maiduguri Province')
  })

  test('English words, given names and surnames never become towns', () => {
    expect(loadKb().lookup('Reading')).toEqual([])
    expect(loadKb().lookup('Mobile')).toEqual([])
    expect(loadKb().lookup('Jackson')).toEqual([])
    expect(loadKb().lookup('Worms')).toEqual([])
    expect(linked('Nice weather helped the harvest.', 'Nice')).toBeUndefined()
  })

  test('a province or state links as a region filed under its country', () => {
    expect(linked('Troops moved into Nineveh province on Friday.', 'Nineveh province')).toBe('region:nineveh')
    expect(loadKb().entity('region:nineveh')?.country).toBe('IRQ')
    expect(linked('Police in Bavaria detained two men.', 'Bavaria')).toBe('region:bavaria')
  })

  test("a town's namesake abroad is read in a text naming its country and not the town's", () => {
    const hyderabad = 'Police in Hyderabad detained protesters, Pakistani officials said.'
    expect(linked(hyderabad, 'Hyderabad')).toBe('place:hyderabad-pak')
    expect(loadKb().entity('place:hyderabad-pak')?.country).toBe('PAK')
    expect(linked('Police in Hyderabad detained protesters, Indian officials said.', 'Hyderabad')).toBe(
      'place:hyderabad',
    )
    expect(linked('French police in Brest detained two sailors.', 'Brest')).toBe('place:brest-fra')
    // a text naming both countries keeps the default
    expect(linked('Police in Brest, far from France, detained Belarusian activists.', 'Brest')).toBe('place:brest')
  })

  test('curated names win over the gazetteer, which only lends them coordinates', () => {
    const hits = loadKb().lookup('Paris')
    expect(hits.every((hit) => hit.city === undefined)).toBe(true)
    expect(loadKb().entity('place:paris')?.geo?.lat).toBeCloseTo(48.85, 1)
  })
})
