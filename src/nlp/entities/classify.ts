import type { Doc, Mention } from '../../document.js'
import { type Gazetteer, longestAliasAt } from './gazetteer.js'
import { docIndex } from '../segment/index.js'
import type { KbView } from './kb-view.js'
import type { PeopleNamed } from './people-named.js'
import {
  COMMON_SURNAMES,
  GROUP_ADJECTIVES,
  MORE_GIVEN_NAMES,
  NOT_ENTITIES,
  PLACE_MODIFIERS,
  PLACE_NOUNS,
  PRODUCT_BEFORE,
  PRODUCT_NOUNS,
} from './lexicon.js'
import { endOf } from '../../kb/dates.js'
import { isCommonWord } from './common-words.js'
import { personRole } from './link.js'
import { isAcronym, isLowerCamel, personId } from './names.js'
import {
  FACILITY_HEADS,
  GIVEN_NAMES,
  ORG_HEADS,
  OTHER_HEADS,
  PLACE_HEADS,
  NOT_NAMES,
  SPEECH_VERBS,
} from './vocabulary.js'

export type MentionDraft = Omit<Mention, 'id'>

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
    (w, k) => /^(?:al|el|ad|as|ash|at|ibn|bin|bint)-\p{Lu}/iu.test(w) || (k > 0 && /^(?:bin|ibn|bint)$/.test(w)),
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

/** Verbs of saying that put the name right after them in the speaker's place. */
const SAID = new Set(['said', 'says', 'added', 'wrote', 'stated', 'explained'])

/** "X said", "said X,", "X, who", "X, 34,", "X, a local resident," "X, the foreign minister,". */
function personContext({ before, after }: Around, words: number, roleNouns: ReadonlySet<string>): boolean {
  const [a1 = '', a2 = '', ...rest] = after
  if (SPEECH_VERBS.has(a1.toLowerCase()) && words <= 3) return true
  if (before[0] === 'named' || before[0] === 'called') return true
  // '"…," said Mirela Kostan, …' and '"…," said Kostan.': the quoted speaker (not "told Norvex": a listener)
  if (words <= 3 && SAID.has(before[0] ?? '') && (a1 === ',' || a1 === '.' || a1 === '')) return true
  if (a1 !== ',') return false
  if (a2 === 'who' || /^\d{1,2}$/.test(a2)) return true
  // "X, director of the zoo", "X, spokesman for the army"
  if (roleNouns.has(a2) && (rest[0] === 'of' || rest[0] === 'for' || rest[0] === 'at')) return true
  if (!['a', 'an', 'the', 'his', 'her'].includes(a2.toLowerCase())) return false
  return rest.some((w) => roleNouns.has(w.toLowerCase()))
}

/** The country or place right after a comma, ending the phrase: "Aleppo, Syria." (not a list "Air France, Air Canada"). */
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
  /** The people named so far in the document, by surname. */
  readonly people: PeopleNamed
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

const ORDINAL = /^\d+(?:st|nd|rd|th)$/
const MODEL_NUMBER = /^(?:\p{Lu}{0,3}-?\d{3}[\p{L}\d-]*|\p{Lu}{1,3}-?\d{1,4}\p{Lu}*)$/u
/** Words a model number follows when it names a model ("the 787", "Boeing's 787"), not a count ("bought 100"). */
const BEFORE_MODEL = new Set(['the', 'a', 'an', 'new', 'its', 'their', 'his', 'her', 'our', "'s", '’s'])

function isModelBefore(before: readonly string[], name: string): boolean {
  const [model = '', previous = ''] = before
  if (!MODEL_NUMBER.test(model) || YEAR.test(model) || ORDINAL.test(model)) return false
  // "the 787 Dreamliner", but not the count in "the 500 Marines"
  return /^\p{Lu}/u.test(previous) || (BEFORE_MODEL.has(previous.toLowerCase()) && !/s$/.test(name))
}

/** One past the end of a product name going on from token k: the model and the capitalized words after it. */
function productEnd(doc: Doc, k: number, last: number): number {
  const { text, tokens } = doc
  let end = tokens[k - 1]!.end
  for (let j = k; j < last; j++) {
    const token = tokens[j]!
    const value = text.slice(token.start, token.end)
    if (token.start - end !== 1 || text.charCodeAt(end) !== 32 || !/^\p{Lu}[\p{L}\d-]*$/u.test(value)) break
    if (NOT_ENTITIES.has(value) || NOT_NAMES.has(value) || ORG_HEADS.has(value)) break
    end = token.end
  }
  return end
}

/** A word of a person's name: "Anna", "O'Hara", "J.", "al-Qadiri", "Al-Qadiri", "bin", "Smith-Jones". */
const NAME_WORD =
  /^(?:\p{Lu}[\p{Ll}'’.]+(?:-\p{Lu}?[\p{Ll}'’.]+)*-?|\p{Lu}\.|(?:al|el|bin|ibn|bint)(?:-\p{Lu}[\p{Ll}'’-]+)?)$/u

/** An everyday word in capitals: "WARNING", "NOTICE" (not "NATO", which the lexicon does not hold). */
function isShoutedWord(word: string): boolean {
  return word === word.toUpperCase() && isCommonWord(word)
}

/** How many years after leaving office a former holder's bare surname still names him. */
const FORMER_YEARS = 20

/**
 * "Milosevic accused the tribunal …" (2003), "Gorbachev criticized the Kremlin" (2009): the surname of the one KB
 * person bearing it who left an office of a state or organization the document names (anywhere in it), in the years
 * before its publication date (with no date, any office he held). A surname that is an everyday word or a common given
 * name ("Major", "Martin") is left out, and so is one many people bear ("Powell" in 2019 is more likely the Fed chair
 * than a secretary of state gone since 2005): that holder is named by his full name first (`latestWithSurname`).
 */
function formerHolder(context: ClassifyContext, surface: string): string | undefined {
  const { doc, kb, gazetteer } = context
  const bearers = gazetteer.surnames.get(surface) ?? []
  if (bearers.length === 0 || GIVEN_NAMES.has(surface) || COMMON_SURNAMES.has(surface) || isCommonWord(surface))
    return undefined
  const day = doc.published?.slice(0, 10)
  const since = day && `${Number(day.slice(0, 4)) - FORMER_YEARS}${day.slice(4)}`
  const served = namedActors(context)
  const former = bearers.filter((person) =>
    (kb.roles?.(person) ?? []).some(
      (role) =>
        served.has(role.of) && (day ? role.to !== undefined && endOf(role.to) < day && endOf(role.to) >= since! : true),
    ),
  )
  return former.length === 1 ? former[0] : undefined
}

/**
 * Of several people in office bearing a surname ("Suleiman" in 2009: Egypt's intelligence chief and Lebanon's
 * president), the one whose country or organization alone the document names; none when it names both or neither.
 */
function servingNamed(context: ClassifyContext, people: readonly string[]): string | undefined {
  const { doc, kb } = context
  const named = namedActors(context)
  const day = doc.published!.slice(0, 10)
  const found = people.filter((person) => kb.rolesAt(person, day).some((role) => named.has(role.of)))
  return found.length === 1 ? found[0] : undefined
}

const NAMED = new WeakMap<Doc, Set<string>>()

/** The countries and organizations a document names anywhere, by any KB name (places and bodies for their country). */
function namedActors({ doc, kb, gazetteer }: ClassifyContext): Set<string> {
  let named = NAMED.get(doc)
  if (named) return named
  named = new Set()
  const index = docIndex(doc)
  for (let i = 0; i < index.tokens.length; i++) {
    const match = longestAliasAt(gazetteer, index, i, index.tokens.length)
    for (const hit of match?.hits ?? []) {
      const id = hit.kind === 'country' || hit.kind === 'organization' ? hit.entity : kb.entity(hit.entity)?.country
      if (id) named.add(id)
    }
  }
  NAMED.set(doc, named)
  return named
}

/** Types an unknown capitalized run by its words and the words around it; undefined when it names no entity. */
export function classifyRun(run: { first: number; last: number }, context: ClassifyContext): MentionDraft | undefined {
  const { doc, kb, gazetteer } = context
  const { text, tokens } = doc
  const start = tokens[run.first]!.start
  const end = tokens[run.last - 1]!.end
  const surface = text.slice(start, end)
  const words = surface.split(/\s+/)
  const head = words.at(-1) ?? ''
  const near = around(doc, run, context.sentence)
  const base = { start, end, text: surface }
  const as = (type: MentionDraft['type'], confidence: number, extra: Partial<MentionDraft> = {}): MentionDraft =>
    // Object.assign, not a spread that adds keys to a copy (see withFields, objects.ts)
    Object.assign({}, base, { type, form: 'name' as const, confidence }, extra)
  if (NOT_ENTITIES.has(words[0]!) || OTHER_HEADS.has(head)) return undefined
  // a title's owner may be a sentence's first word ("While Deputy Mayor…"); a shouted word is no acronym
  // ("WARNING:", "NOTICE:")
  if (words.length === 1 && (NOT_NAMES.has(surface) || (surface.length > 4 && isShoutedWord(surface)))) return undefined
  // the short form of a programme or event is no entity either: "Harbour Safety Protocol (HSP)"
  if (words.length === 1 && near.before[0] === '(' && OTHER_HEADS.has(near.before[1] ?? '')) return undefined
  if (words.length === 1 && GROUP_ADJECTIVES.has(surface)) return { ...as('NATIONALITY', CUE.head), form: 'demonym' }
  if (/\d/.test(surface)) return isNumbered(words) ? undefined : as('PRODUCT', CUE.head)
  if (/^\p{Lu}{0,3}-?\d/u.test(near.after[0] ?? '')) {
    if (isNumbered([...words, near.after[0] ?? ''])) return undefined
    // the maker, the model and the model's name: one product mention, "Airbus A380", "Boeing 787 Dreamliner"
    const last = productEnd(doc, run.last + 1, context.sentence.last)
    return { ...as('PRODUCT', CUE.head), end: last, text: text.slice(start, last) }
  }
  // a name right after a model number names that model: "the 787 Dreamliner", "A350 XWB"
  if (isModelBefore(near.before, surface)) {
    const model = tokens[run.first - 1]!
    return { ...as('PRODUCT', CUE.head), start: model.start, text: text.slice(model.start, end) }
  }
  // "iPhone", "zPhone Mini": brand words name products
  if (words.some(isLowerCamel)) return as('PRODUCT', CUE.head)
  const airline = words[0] === 'Air' && words.length > 1
  if (airline || words.some((w) => ORG_HEADS.has(w)) || (words.length === 1 && isAcronym(surface))) {
    return as('ORGANIZATION', CUE.head)
  }
  if (PLACE_HEADS.has(head) || (words.length > 1 && FACILITY_HEADS.has(head))) {
    return as('LOCATION', CUE.head, { kind: 'place' })
  }
  // a surname of a person already named ("Hayashi"), or of one KB person in office at the publication date
  if (words.length === 1) {
    // endsWith first: it is implied by the last word being the surname, and far cheaper than splitting
    const earlier = context.people.latestWithSurname(surface)
    if (earlier?.entity) return as('PERSON', 0.8, { kind: 'person', entity: earlier.entity })
    const people = (gazetteer.surnames.get(surface) ?? []).filter(
      (person) => doc.published && kb.rolesAt(person, doc.published).length > 0,
    )
    // with the role held that day, as a full name gets it: a group's leader acts as the group ("Nasrallah" alone)
    const serving = people.length > 1 ? servingNamed(context, people) : people[0]
    const inOffice = serving ? personRole(kb, serving, doc.published) : undefined
    if (serving && inOffice) return as('PERSON', 0.6, { kind: 'person', entity: serving, role: inOffice })
    const former = people.length === 0 ? formerHolder(context, surface) : undefined
    const role = former ? personRole(kb, former, doc.published) : undefined
    if (former) return as('PERSON', 0.5, { kind: 'person', entity: former, ...(role ? { role } : {}) })
  }
  // "music app Lumen": a kind of product before the name makes it a product; after it ("Corolla cars") the
  // name may as well be the maker's ("Dell laptops"), so that cue is as weak as the default, and the
  // name is a company wherever it is read as one elsewhere in the text
  const [b1 = '', a1 = ''] = [near.before[0], near.after[0]]
  if (PRODUCT_NOUNS.has(b1) || PRODUCT_BEFORE.has(b1)) return as('PRODUCT', CUE.preposition)
  if (PRODUCT_NOUNS.has(a1)) return as('PRODUCT', CUE.default)
  const before = b1.toLowerCase()
  if (
    (STRONG_PLACE_PREPOSITIONS.has(before) && words.length <= 3) ||
    placeContext(near) ||
    followedByPlace(doc, run, context.isPlaceAt)
  ) {
    return as('LOCATION', CUE.context)
  }
  const person = () => as('PERSON', CUE.given, { kind: 'person', entity: personId(surface) })
  // "Karen villages", "Karen refugees": a people's name that is also a given name, alone before a common noun, is
  // that people, not a person ("Karen met …", "Karen Pierce" stay people's names)
  if (
    words.length === 1 &&
    doc.tokens[run.last]?.pos === 'NOUN' &&
    isGivenName(gazetteer, surface) &&
    kb.ethnicGroup?.(surface)
  )
    return as('ORGANIZATION', CUE.default)
  const nameShaped = words.length <= 4 && words.every((w) => NAME_WORD.test(w))
  if (nameShaped && (isGivenName(gazetteer, words[0]!) || hasNameParticle(words))) return person()
  if (
    nameShaped &&
    personContext(near, words.length, kb.titles.roleNouns) &&
    (words.length > 1 || context.isPlaceAt(run.first) === undefined)
  ) {
    return person()
  }
  // "at Apple", "from Airbus": as weak as the default, so a name read as an organization elsewhere stays one
  if (WEAK_PLACE_PREPOSITIONS.has(before) && words.length <= 2) return as('LOCATION', CUE.default)
  // "Ferries stopped running…", "Heavy rains flooded…": an everyday word that only starts its sentence
  // ("Chechen rebels…" is a people, whatever the lexicon holds)
  if (
    words.length === 1 &&
    startsSentence(doc, run, context.sentence) &&
    isCommonWord(surface) &&
    !kb.ethnicGroup?.(surface)
  ) {
    if (!namedElsewhere(text, surface, start)) return undefined
  }
  return as('ORGANIZATION', CUE.default)
}

/**
 * True when nothing but punctuation stands between the sentence start and the run ("Ferries …", '"Heavy …'), or
 * the run follows a colon ("a size: Small or Large").
 */
function startsSentence(doc: Doc, run: { first: number }, sentence: { first: number }): boolean {
  const { text, tokens } = doc
  const previous = tokens[run.first - 1]
  if (previous && run.first > sentence.first && text.slice(previous.start, previous.end) === ':') return true
  for (let k = sentence.first; k < run.first; k++) {
    const token = tokens[k]!
    if (/\p{L}|\d/u.test(text.slice(token.start, token.end))) return false
  }
  return true
}

const NAMED_REACH = 20_000

/**
 * True when the text reads the word as a name elsewhere: capitalized in the middle of a sentence, or capitalized
 * again and never in lower case ("Lantern opened…" and "Lantern hired…", but not "Ferries…" and "ferries").
 */
function namedElsewhere(text: string, word: string, except: number): boolean {
  // within an article's reach of the run: a multi-megabyte text is not scanned whole for every sentence start
  const from = Math.max(0, except - NAMED_REACH)
  const to = except + NAMED_REACH
  const lower = word.toLowerCase()
  for (let at = text.indexOf(lower, from); at !== -1 && at < to; at = text.indexOf(lower, at + lower.length)) {
    if (!/[\p{L}\d]/u.test(text.charAt(at - 1) + text.charAt(at + lower.length))) return false
  }
  let again = false
  for (let at = text.indexOf(word, from); at !== -1 && at < to; at = text.indexOf(word, at + word.length)) {
    if (at === except || /[\p{L}\d]/u.test(text.charAt(at - 1) + text.charAt(at + word.length))) continue
    if (/[\p{Ll}\d,;] $/u.test(text.slice(Math.max(0, at - 2), at))) return true
    again = true
  }
  return again
}
