import { describe, expect, test } from 'vitest'
import { mentionNamed, recognizeWithKb } from './test-helpers.js'

// the real KB: its countries file marks "Congolese", "Korean" and "Guinean" as shared by two countries

function entityOf(text: string, name: string): string | undefined {
  const doc = recognizeWithKb(text, '2018-03-01')
  const mention = mentionNamed(doc, name)
  if (!mention) throw new Error(`no mention "${name}" in ${JSON.stringify(doc.mentions.map((m) => m.text))}`)
  return mention.entity
}

describe('a demonym two countries share is read from the country the document names', () => {
  test('"Congolese": DR Congo where Goma or Kinshasa is named, the Republic of the Congo where Brazzaville is', () => {
    expect(entityOf('Congolese soldiers shelled a camp near Goma.', 'Congolese')).toBe('COD')
    expect(entityOf('Congolese police closed the port. The strike spread across Brazzaville.', 'Congolese')).toBe('COG')
  })

  test('"Korean": the Korea the text names; unlinked when it names neither or both', () => {
    expect(entityOf('Korean negotiators arrived in Seoul on Monday.', 'Korean')).toBe('KOR')
    expect(entityOf('Korean negotiators left Pyongyang on Monday.', 'Korean')).toBe('PRK')
    expect(entityOf('Korean negotiators met Swiss bankers.', 'Korean')).toBeUndefined()
    expect(
      entityOf('Korean guards fired at North Korean soldiers near the South Korean border.', 'Korean'),
    ).toBeUndefined()
  })

  test('"Guinean": Guinea with Conakry, Guinea-Bissau with Bissau, nobody without either', () => {
    expect(entityOf('Guinean troops patrolled the streets of Conakry.', 'Guinean')).toBe('GIN')
    expect(entityOf('Guinean troops patrolled the streets of Bissau.', 'Guinean')).toBe('GNB')
    expect(entityOf('Guinean troops patrolled the border.', 'Guinean')).toBeUndefined()
  })

  test('plural demonyms name their country too: Iraqis, Afghans', () => {
    expect(entityOf('Iraqis marched against the curfew.', 'Iraqis')).toBe('IRQ')
    expect(entityOf('Afghans queued at the border crossing.', 'Afghans')).toBe('AFG')
  })
})

describe('a name read by default as one country’s yields to the other country the document names', () => {
  test('"Congolese" and "Congo" alone are DR Congo, as news writes them', () => {
    expect(entityOf('Congolese refugees crossed into Uganda.', 'Congolese')).toBe('COD')
    expect(entityOf('Congo accused Rwanda of arming the rebels.', 'Congo')).toBe('COD')
  })

  test('"Tripoli" is Libya’s capital, but Lebanon’s port in a text naming Lebanon and not Libya', () => {
    expect(entityOf('Gunmen clashed in Tripoli overnight, the Lebanese army said.', 'Tripoli')).toBe(
      'place:tripoli-lebanon',
    )
    expect(entityOf('Gunmen clashed in Tripoli overnight, the Libyan government said.', 'Tripoli')).toBe(
      'place:tripoli',
    )
    expect(entityOf('Gunmen clashed in Tripoli overnight.', 'Tripoli')).toBe('place:tripoli')
  })
})
