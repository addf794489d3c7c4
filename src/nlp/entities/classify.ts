import type { Doc, Mention } from '../../document.js'
import type { Gazetteer } from './gazetteer.js'
import type { KbView } from './kb-view.js'
import {
  GROUP_ADJECTIVES,
  MORE_GIVEN_NAMES,
  NOT_ENTITIES,
  PLACE_MODIFIERS,
  PLACE_NOUNS,
  ROLE_NOUNS,
} from './lexicon.js'
import { isAcronym, personId } from './names.js'
import { GIVEN_NAMES, ORG_HEADS, OTHER_HEADS, PLACE_HEADS, SPEECH_VERBS } from './vocabulary.js'

export type Draft = Omit<Mention, 'id'>

/**
 * Confidence of an unknown name's type, by the strength of its cue. `harmonize` lets the strongest reading of a
 * name win across the document, so a weak default never overrides a cue seen elsewhere.
 */
export const CUE = { default: 0.3, preposition: 0.4, context: 0.45, head: 0.5, given: 0.55 } as const

/** Prepositions after which a name is a place even when it looks like a person's ("in Abu Kamal"). */
const STRONG_PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'into', 'across', 'toward', 'towards', 'inside'])
const WEAK_PLACE_PREPOSITIONS = new Set(['at', 'from', 'to'])

/** Name particles that mark a run as a person's name: "Bashar al-Assad", "Mohammed bin Salman", "Abu Bakr". */
function hasNameParticle(words: readonly string[]): boolean {
  if (words.length < 2) return /^al-\p{Lu}/u.test(words[0] ?? '')
  return words.some(
    (w, k) => /^(?:al|el|ad|as|ash|at|ibn|bin|bint)-\p{Lu}/u.test(w) || (k > 0 && /^(?:bin|ibn|bint)$/.test(w)),
  )
}

function isGivenName(gazetteer: Gazetteer, word: string): boolean {
  return gazetteer.givenNames.has(word) || GIVEN_NAMES.has(word) || MORE_GIVEN_NAMES.has(word)
}

interface Around {
  /** Lower-cased words before the run, nearest first, and after it, nearest first. */
  readonly before: readonly string[]
  readonly after: readonly string[]
}

function around(doc: Doc, run: { first: number; last: number }, sentence: { first: number; last: number }): Around {
  const { text, tokens } = doc
  const at = (k: number) => {
    const token = tokens[k]
    return token && k >= sentence.first && k < sentence.last ? text.slice(token.start, token.end) : ''
  }
  return {
    before: [at(run.first - 1), at(run.first - 2), at(run.first - 3)],
    after: [at(run.last), at(run.last + 1), at(run.last + 2), at(run.last + 3), at(run.last + 4)],
  }
}

/** "eastern Aleppo", "the city of Mosul", "north of Raqqah", "Anbar province". */
function placeContext({ before, after }: Around): boolean {
  const [b1 = '', b2 = ''] = before.map((w) => w.toLowerCase())
  if (PLACE_MODIFIERS.has(b1) && !/^[NSEW]/.test(before[0] ?? '')) return true
  if (b1 === 'of' && (PLACE_NOUNS.has(b2) || PLACE_MODIFIERS.has(b2))) return true
  const a1 = after[0] ?? ''
  return PLACE_NOUNS.has(a1) && a1 !== 'state' && a1 !== 'area'
}

/** "X said", "X, who", "X, 34,", "X, a local resident," "X, the foreign minister,". */
function personContext({ before, after }: Around, words: number): boolean {
  const [a1 = '', a2 = '', ...rest] = after
  if (SPEECH_VERBS.has(a1.toLowerCase()) && words <= 3) return true
  if (before[0] === 'named' || before[0] === 'called') return true
  if (a1 !== ',') return false
  if (a2 === 'who' || /^\d{1,2}$/.test(a2)) return true
  if (!['a', 'an', 'the', 'his', 'her'].includes(a2.toLowerCase())) return false
  return rest.some((w) => ROLE_NOUNS.has(w.toLowerCase()))
}

/** The country or place right after a comma, ending the phrase: "Sarmada, Syria." (not a list "Air China, China Eastern"). */
function followedByPlace(doc: Doc, run: { last: number }, isPlaceAt: (i: number) => number | undefined): boolean {
  const { text, tokens } = doc
  const comma = tokens[run.last]
  if (!comma || text.slice(comma.start, comma.end) !== ',') return false
  const end = isPlaceAt(run.last + 1)
  const next = end === undefined ? undefined : tokens[end]
  return end !== undefined && (!next || !/^\p{Lu}/u.test(text.slice(next.start, next.end)))
}

export interface ClassifyContext {
  readonly doc: Doc
  readonly kb: KbView
  readonly gazetteer: Gazetteer
  readonly sentence: { first: number; last: number }
  readonly out: readonly Draft[]
  /** One past the last token of a KB country or place name starting at token i, if any. */
  readonly isPlaceAt: (i: number) => number | undefined
}

/** Numbered things that are not products: "No. 1", "Flight 447", "Terminal 3", "Resolution 2231", "Expo 2025". */
const NUMBERED = new Set([
  'No.',
  'No',
  'Flight',
  'Terminal',
  'Gate',
  'Route',
  'Article',
  'Section',
  'Chapter',
  'Resolution',
  'Phase',
  'Stage',
  'Level',
  'Week',
  'Day',
  'Unit',
  'Room',
  'Highway',
  'Camp',
  'Block',
  'Zone',
])
const YEAR = /^(?:19|20)\d\d$/

function isNumbered(words: readonly string[]): boolean {
  return words.some((w) => NUMBERED.has(w)) || YEAR.test(words.at(-1) ?? '')
}

/** Types an unknown capitalized run by its words and the words around it; undefined when it names no entity. */
export function classifyRun(run: { first: number; last: number }, context: ClassifyContext): Draft | undefined {
  const { doc, kb, gazetteer, out } = context
  const { text, tokens } = doc
  const start = tokens[run.first]!.start
  const end = tokens[run.last - 1]!.end
  const surface = text.slice(start, end)
  const words = surface.split(/\s+/)
  const head = words.at(-1) ?? ''
  const near = around(doc, run, context.sentence)
  const base = { start, end, text: surface }
  const as = (type: Draft['type'], confidence: number, extra: Partial<Draft> = {}): Draft => ({
    ...base,
    type,
    form: 'name',
    confidence,
    ...extra,
  })
  if (NOT_ENTITIES.has(words[0]!) || OTHER_HEADS.has(head)) return undefined
  if (words.length === 1 && GROUP_ADJECTIVES.has(surface)) return { ...as('NATIONALITY', CUE.head), form: 'demonym' }
  // a maker's name before a model is a product ("Airbus A330", "Boeing 737s"), and so is a code ("A400M", "DC-9")
  const code = (w: string) => /\d/.test(w) && /\p{L}/u.test(w) && !/^\d+(?:st|nd|rd|th)$/.test(w)
  if (/\d/.test(surface)) return isNumbered(words) ? undefined : as('PRODUCT', CUE.head)
  if (/^\p{Lu}{0,3}-?\d/u.test(near.after[0] ?? '')) {
    if (isNumbered([...words, near.after[0] ?? ''])) return undefined
    // the maker and the model it names: one product mention, "Airbus A380"
    const model = tokens[run.last]
    const whole = model ? { start, end: model.end, text: text.slice(start, model.end) } : {}
    return { ...as('PRODUCT', CUE.head), ...whole }
  }
  if (code(near.before[0] ?? '')) return undefined
  if (words.some((w) => ORG_HEADS.has(w)) || (words.length === 1 && isAcronym(surface))) {
    return as('ORGANIZATION', CUE.head)
  }
  if (PLACE_HEADS.has(head)) return as('LOCATION', CUE.head, { kind: 'place' })
  // a surname of a person already named ("Hayashi"), or of one KB person in office at the publication date
  if (words.length === 1) {
    // endsWith first: it is implied by the last word being the surname, and far cheaper than splitting
    const earlier = out.findLast(
      (m) => m.kind === 'person' && m.entity && m.text.endsWith(surface) && m.text.split(/\s+/).at(-1) === surface,
    )
    if (earlier?.entity) return as('PERSON', 0.8, { kind: 'person', entity: earlier.entity })
    const people = (gazetteer.surnames.get(surface) ?? []).filter(
      (person) => doc.published && kb.rolesAt(person, doc.published).length > 0,
    )
    if (people.length === 1) return as('PERSON', 0.6, { kind: 'person', entity: people[0]! })
  }
  const before = (near.before[0] ?? '').toLowerCase()
  if (
    (STRONG_PLACE_PREPOSITIONS.has(before) && words.length <= 3) ||
    placeContext(near) ||
    followedByPlace(doc, run, context.isPlaceAt)
  ) {
    return as('LOCATION', CUE.context)
  }
  const person = () => as('PERSON', CUE.given, { kind: 'person', entity: personId(surface) })
  const nameShaped =
    words.length <= 4 &&
    words.every((w) => /^(?:\p{Lu}[\p{Ll}'’.-]+|\p{Lu}\.|(?:al|el|bin|ibn|bint)(?:-\p{Lu}[\p{Ll}'’-]+)?)$/u.test(w))
  if (nameShaped && (isGivenName(gazetteer, words[0]!) || hasNameParticle(words))) return person()
  if (
    nameShaped &&
    personContext(near, words.length) &&
    (words.length > 1 || context.isPlaceAt(run.first) === undefined)
  ) {
    return person()
  }
  // "at Apple", "from Airbus": as weak as the default, so a name read as an organization elsewhere stays one
  if (WEAK_PLACE_PREPOSITIONS.has(before) && words.length <= 2) return as('LOCATION', CUE.default)
  return as('ORGANIZATION', CUE.default)
}
