import { describe, expect, test } from 'vitest'
import { docOf, type Doc, type Mention } from '../../document.js'
import { assemblePipeline } from '../../pipeline.js'
import { segment } from '../segment/index.js'
import { defaultLexicon } from '../syntax/index.js'
import { createCoref } from './coref.js'
import { fakeKb } from './fake-kb.js'
import { createRecognize } from './recognize.js'

const kb = fakeKb()
const pipeline = assemblePipeline(
  [segment, createRecognize({ kb, lexicon: defaultLexicon() }), createCoref({ kb, lexicon: defaultLexicon() })],
  {
    given: ['zones'],
  },
)

function run(text: string, published = '2023-04-05'): Doc {
  return pipeline.run(docOf(text, { published, zones: [{ start: 0, end: text.length, kind: 'body' }] }))
}

function mentionOf(doc: Doc, text: string, nth = 0): Mention {
  const found = doc.mentions.filter((m) => m.text === text)[nth]
  if (!found) throw new Error(`no mention "${text}" in ${JSON.stringify(doc.mentions.map((m) => m.text))}`)
  return found
}

describe('recognize and link', () => {
  test('every mention span slices to its text', () => {
    const doc = run('Japanese Foreign Minister Yoshimasa Hayashi met officials in Brussels on Tuesday.')
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text)
  })

  test('a title + KB name links the person, keeps the stated role as learned, and acts for the country', () => {
    const doc = run('Japanese Foreign Minister Yoshimasa Hayashi met officials in Brussels on Tuesday.')
    const person = mentionOf(doc, 'Yoshimasa Hayashi')
    expect(person.entity).toBe('person:yoshimasa-hayashi')
    expect(person.role).toMatchObject({ title: 'Foreign Minister', of: 'JPN', learned: true })
    expect(doc.text.slice(person.role!.evidence!.start, person.role!.evidence!.end)).toBe(
      'Japanese Foreign Minister Yoshimasa Hayashi',
    )
    expect(doc.entities.find((e) => e.id === 'person:yoshimasa-hayashi')?.actsFor).toBe('JPN')
    expect(mentionOf(doc, 'Japanese')).toMatchObject({ entity: 'JPN', type: 'NATIONALITY', form: 'demonym' })
    expect(mentionOf(doc, 'Brussels')).toMatchObject({ entity: 'place:brussels', type: 'LOCATION' })
  })

  test('a person the KB lacks gets an id from the name and the role stated in the text', () => {
    const doc = run('Finnish officials said Prime Minister Sanna Marin would travel to Sweden.')
    const person = mentionOf(doc, 'Sanna Marin')
    expect(person.entity).toBe('person:sanna-marin')
    expect(person.role).toMatchObject({ title: 'Prime Minister', learned: true })
  })

  test('a capital stands for its government', () => {
    const doc = run('Beijing rejected the claims made by Tokyo.')
    expect(mentionOf(doc, 'Beijing')).toMatchObject({ entity: 'CHN', form: 'capital' })
    expect(mentionOf(doc, 'Tokyo')).toMatchObject({ entity: 'JPN', form: 'capital' })
  })

  test('an ambiguous name is left unlinked with a reason', () => {
    const doc = run('Georgia will hold talks with Russia next week.')
    const georgia = mentionOf(doc, 'Georgia')
    expect(georgia.entity).toBeUndefined()
    expect(georgia.unlinked).toMatch(/ambiguous/)
  })

  test('an ambiguous name in a list of countries, or after "into", is the country', () => {
    expect(mentionOf(run('Russia and Georgia signed a transit deal.'), 'Georgia')).toMatchObject({ entity: 'GEO' })
    expect(mentionOf(run('Russian troops crossed into Georgia overnight.'), 'Georgia')).toMatchObject({ entity: 'GEO' })
    const alone = mentionOf(run('Georgia will hold talks with Russia next week.'), 'Georgia')
    expect(alone.entity).toBeUndefined()
    expect(alone.candidates).toEqual(['GEO'])
  })

  test('a name the KB writes with "the" is found without it before a noun: "European Union officials"', () => {
    expect(mentionOf(run('European Union officials met Japanese envoys.'), 'European Union').entity).toBe('EU')
  })

  test('"us" in lower case is not a country', () => {
    const doc = run('The minister told us that NATO would respond.')
    expect(doc.mentions.map((m) => m.text)).not.toContain('us')
  })
})

describe('coreference', () => {
  test('"the trans-Atlantic alliance" and "the security alliance" link to NATO', () => {
    const doc = run(
      'Japan wants closer ties with NATO. Tokyo will boost its cooperation with the trans-Atlantic alliance. ' +
        'Officials said the security alliance welcomed the offer.',
    )
    expect(mentionOf(doc, 'the trans-Atlantic alliance').entity).toBe('NATO')
    expect(mentionOf(doc, 'the security alliance').entity).toBe('NATO')
  })

  test('"the Scandinavian country" links to Finland', () => {
    const doc = run('Finland became a member of NATO in April, ending the Scandinavian country’s long neutrality.')
    expect(mentionOf(doc, 'the Scandinavian country').entity).toBe('FIN')
  })

  test('in "Finland shares a long border with the country", "the country" is Russia', () => {
    const doc = run('Finland ended its neutrality toward Russia. Finland shares a long border with the country.')
    expect(mentionOf(doc, 'the country').entity).toBe('RUS')
  })

  test('"he" links to the last person named', () => {
    const doc = run('Japanese Foreign Minister Yoshimasa Hayashi said on Wednesday he welcomes the move.')
    expect(mentionOf(doc, 'he').entity).toBe('person:yoshimasa-hayashi')
  })

  test("a pronoun opening its sentence continues the last sentence's subject, not its last person", () => {
    const doc = run(
      'Japanese Foreign Minister Yoshimasa Hayashi met Sanna Marin, who thanked Japan. Later he flew to Brussels.',
    )
    expect(mentionOf(doc, 'he').entity).toBe('person:yoshimasa-hayashi')
  })

  test('a surname alone links to the person named earlier', () => {
    const doc = run('Japanese Foreign Minister Yoshimasa Hayashi arrived. Hayashi said Japan supports Finland.')
    expect(mentionOf(doc, 'Hayashi').entity).toBe('person:yoshimasa-hayashi')
  })

  test('"its" links to the country in its own sentence', () => {
    const doc = run('Sweden condemned Russia over its invasion of Ukraine.')
    expect(mentionOf(doc, 'its').entity).toBe('RUS')
  })

  test('a singular "its" is not one of a list of countries', () => {
    const doc = run('Sweden waited because Finland and Russia had not answered its letter.')
    expect(mentionOf(doc, 'its').entity).toBe('SWE')
  })

  test('"its application" belongs to a country, not to the organization it applies to', () => {
    const doc = run('Sweden stayed outside NATO because Finland and Russia had not backed its application.')
    expect(mentionOf(doc, 'its').entity).toBe('SWE')
  })

  test('entities gather every mention of one id', () => {
    const doc = run('Japan met NATO. Japanese officials praised the trans-Atlantic alliance.')
    const nato = doc.entities.find((e) => e.id === 'NATO')
    expect(nato?.mentions).toHaveLength(2)
    expect(doc.entities.find((e) => e.id === 'JPN')?.mentions).toHaveLength(2)
  })
})
