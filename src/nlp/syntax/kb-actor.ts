import type { Kb } from '../../kb/index.js'

/** The part of the KB the coder reads: entities, alias lookups, actor codes, the title table and ethnic groups. */
export type CodingKb = Pick<Kb, 'entity' | 'lookup' | 'actorCode' | 'titles'> & Partial<Pick<Kb, 'ethnicGroup'>>

/** The country the KB files a person under, when the text gives them no role ("Putin" in an undated story). */
export function homeCountry(kb: CodingKb, person: string): string | undefined {
  return kb.entity(person)?.country
}

const WORD = /[A-Z][\p{L}’'-]*/gu

/**
 * The country a description names by a demonym or a country name: "the Iraqi foreign minister", "a Turkish court
 * official". Two-word names are tried first ("South Korean"); ambiguous names ("Georgian") are left alone.
 */
export function describedCountry(kb: Pick<CodingKb, 'lookup'>, text: string): string | undefined {
  const words = text.match(WORD) ?? []
  const found = new Set<string>()
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? countryOf(kb, `${words[i]} ${words[i + 1]}`) : undefined
    const one = pair ?? countryOf(kb, words[i] ?? '')
    if (one) found.add(one)
    if (pair) i++
  }
  return found.size === 1 ? [...found][0] : undefined
}

function countryOf(kb: Pick<CodingKb, 'lookup'>, surface: string): string | undefined {
  const hits = kb
    .lookup(surface)
    .filter((hit) => hit.kind === 'country' && !hit.ambiguous && (hit.form === 'demonym' || hit.form === 'name'))
  const ids = new Set(hits.map((hit) => hit.entity))
  return ids.size === 1 ? hits[0]?.entity : undefined
}
