/**
 * When a GeoNames town of the gazetteer may stand as a place. Curated places link as before; a gazetteer town
 * (`AliasHit.city`) needs more, because its name may be part of a longer name or mean something else:
 *  - after a capitalized word or an initial it ends a longer name ("Scott C. Dayton");
 *  - followed by another capitalized word it is part of a longer name ("Harbin Engineering University",
 *    "Sialkot Chamber"), and is left to the name recognizer, unless that word is an administrative head
 *    ("Kharkiv Oblast", "Nineveh Province"), which joins the place;
 *  - a major town (≥ 100,000 people when data/kb/cities.json was built) then links;
 *  - a minor one only with a place cue: after "in", "near", "from"… ("shelling in Vovchansk"), after "the city
 *    of", "the town of"… or before ", <country>" ("Kupiansk, Ukraine").
 */
import type { GazetteerMatch } from './gazetteer.js'
import { PLACE_NOUNS } from './lexicon.js'
import { PLACE_PREPOSITIONS } from './vocabulary.js'

/** Capitalized heads that make a town's name the name of its district or province. */
const ADMIN_HEADS = new Set([
  'Province',
  'Region',
  'District',
  'Oblast',
  'Governorate',
  'County',
  'Prefecture',
  'Municipality',
])

export interface CityContext {
  /** The text of token k of the sentence, '' outside it. */
  readonly word: (k: number) => string
  /** One past the last token of a KB country or place name starting at token k, if any. */
  readonly isPlaceAt: (k: number) => number | undefined
}

/**
 * The match to keep for a gazetteer town: the match itself, the match grown by an administrative head, or
 * undefined when the town must not link here. Matches that are not all gazetteer towns are returned unchanged.
 */
export function cityMatch(match: GazetteerMatch, context: CityContext): GazetteerMatch | undefined {
  if (!match.hits.every((hit) => hit.city)) return match
  const next = context.word(match.last)
  if (ADMIN_HEADS.has(next)) return { ...match, last: match.last + 1, surface: `${match.surface} ${next}` }
  if (/^\p{Lu}/u.test(next) || endsName(match, context)) return undefined
  if (match.hits.some((hit) => hit.city === 'major')) return match
  return placeCue(match, context) ? match : undefined
}

/**
 * True when the word before the town is a capitalized word or an initial that the town's name may end ("Scott C.
 * Dayton", "Port Harcourt"): not a capitalized preposition ("In Maiduguri") nor an everyday word starting the
 * sentence ("Yesterday Maiduguri…" is blocked all the same, a small loss).
 */
function endsName(match: GazetteerMatch, { word }: CityContext): boolean {
  const before = word(match.first - 1)
  if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(before)) return false
  return !PLACE_PREPOSITIONS.has(before.toLowerCase()) && before !== 'The'
}

function placeCue(match: GazetteerMatch, { word, isPlaceAt }: CityContext): boolean {
  const before = word(match.first - 1).toLowerCase()
  if (PLACE_PREPOSITIONS.has(before)) return true
  if (before === 'of' && PLACE_NOUNS.has(word(match.first - 2).toLowerCase())) return true
  return word(match.last) === ',' && isPlaceAt(match.last + 1) !== undefined
}
