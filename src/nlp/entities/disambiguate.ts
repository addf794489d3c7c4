import { withFields } from '../../objects.js'
import type { Doc } from '../../document.js'
import type { MentionDraft } from './classify.js'
import type { Words } from '../syntax/index.js'
import { countryOfMention, type KbView, type KbViewEntity } from './kb-view.js'
import { normalizeSurface } from '../../kb/normalize.js'
import { startOf } from '../../kb/dates.js'

/** How sure a link is that the rest of the document settles (a namesake named, a country's office after it …). */
const SETTLED = 0.7

/** Words after which a name is read as a country ("talks with Jordan", "troops in Guinea", "sanctions on Niger"). */
const COUNTRY_PREPOSITIONS = new Set([
  'in',
  'to',
  'from',
  'with',
  'against',
  'into',
  'toward',
  'towards',
  'between',
  'on',
])
const COORDINATION = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/
const WORD_BEFORE = /([A-Za-z]+)\W*$/
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u

/**
 * Links a name the KB marks ambiguous ("Jordan": also a given name and a river) when the document settles it:
 * the same entity is named elsewhere in the document by a demonym, capital or other name; or the name stands in
 * a list with other countries ("The United States and Jordan"); or it follows "in", "with", "to"… and is not the
 * first name of a person ("Jordan Peterson"). A name several countries share links to the one the document names
 * elsewhere. Otherwise it stays unlinked, with its reason and candidates.
 */
export function disambiguate(
  doc: Doc,
  kb: KbView,
  drafts: readonly MentionDraft[],
  words: Words, // NATIONAL_OFFICES, OFFICE_MODIFIERS, NOT_DESCRIBING (data/coding/lexicon/recognize.json)
): MentionDraft[] {
  const named = new Set(drafts.filter((d) => d.entity).map((d) => d.entity))
  // the countries the document names, by name or through a place in them ("Goma" → COD)
  let countries: Set<string | undefined> | undefined
  let firm: Set<string | undefined> | undefined
  let served: Set<string | undefined> | undefined
  let counts: Map<string | undefined, number> | undefined
  const settled = drafts.map((draft, i) => {
    if (draft.entity !== undefined && draft.candidates) {
      // the countries named by mentions that are not themselves a name with namesakes
      if (!firm || !counts) {
        const plain = drafts.filter((d) => !d.candidates).map((d) => countryOfMention(kb, d))
        firm = new Set(plain)
        counts = tally(plain)
      }
      return inTheatre(draft, kb, counts, doc.published) ?? namesakeNamed(draft, kb, firm)
    }
    if (draft.entity === undefined && (draft.candidates?.length ?? 0) > 1) {
      countries ??= new Set(drafts.map((d) => countryOfMention(kb, d)))
      return oneNamed(draft, kb, countries)
    }
    const candidate = draft.entity === undefined && draft.candidates?.length === 1 ? draft.candidates[0] : undefined
    const entity = candidate === undefined ? undefined : kb.entity(candidate)
    if (entity?.kind === 'organization' && entity.country !== undefined) {
      // an acronym many parties share ("PDP", "APC") is its country's party in a text naming the country or the party;
      // a group's, also in a text naming a land it fights in ("the ADF" in a story of eastern Congo)
      served ??= countriesServed(doc, kb, drafts)
      const home = served.has(entity.country) || entity.theatre?.countries.some((country) => served!.has(country))
      if (!named.has(entity.id) && !home) return draft
      const { unlinked: _reason, candidates: _candidates, ...rest } = draft
      return withFields(rest, { entity: entity.id, kind: entity.kind, confidence: SETTLED })
    }
    if (entity?.kind === 'organization') {
      // "the International Criminal Court … the ICC": an acronym other bodies share is the one the text names in full
      if (!named.has(entity.id)) return draft
      const { unlinked: _reason, candidates: _candidates, ...rest } = draft
      return withFields(rest, { entity: entity.id, kind: entity.kind, confidence: SETTLED })
    }
    if (!entity || (entity.kind !== 'country' && entity.kind !== 'region')) return draft
    // a region's adjective is read only as the owner of a body ("Western diplomats"), its name only as the
    // collective name of its states with its article ("the West"; "west" alone is a direction)
    const settled =
      entity.kind === 'region'
        ? entity.collective !== undefined &&
          ((draft.form === 'demonym' && ownsAgent(doc, draft, kb, words) && !described(doc, draft, words)) ||
            collectiveNamed(draft, entity.collective))
        : named.has(entity.id) ||
          coordinatedWithCountry(doc, draft, drafts[i - 1], drafts[i + 1]) ||
          afterCountryPreposition(doc, draft) ||
          ownsAgent(doc, draft, kb, words) ||
          actedOnByCountry(doc, draft, entity, drafts[i - 1], kb) ||
          actsOnState(doc, draft, entity, drafts[i + 1], kb) ||
          actsBeside(doc, draft, (countries ??= new Set(drafts.map((d) => countryOfMention(kb, d)))))
    if (!settled) return draft
    const { unlinked: _reason, candidates: _candidates, ...rest } = draft
    return withFields(rest, { entity: entity.id, kind: entity.kind, confidence: SETTLED })
  })
  // a holder several countries' offices share whose country only a name settled above names ("Jordan's King
  // Abdullah" in 2010, when Saudi Arabia had a King Abdullah too): read once more against the settled names
  const open = (d: MentionDraft) => d.entity === undefined && (d.candidates?.length ?? 0) > 1
  const waiting = settled.some(open) && settled.some((d, i) => d !== drafts[i] && d.entity !== undefined)
  if (!waiting) return settled
  const now = new Set(settled.map((d) => countryOfMention(kb, d)))
  return settled.map((d) => (open(d) ? oneNamed(d, kb, now) : d))
}

/**
 * The countries the document names, those its office holders serve ("Hun Sen's CPP": Cambodia) and those of the
 * parties and groups it names in full ("the Democratic Alliance accused the ANC").
 */
function countriesServed(doc: Doc, kb: KbView, drafts: readonly MentionDraft[]): Set<string | undefined> {
  const countries = new Set(drafts.map((d) => countryOfMention(kb, d)))
  for (const draft of drafts) {
    if (draft.kind === 'organization' && draft.entity) countries.add(kb.entity(draft.entity)?.country)
    if (draft.kind !== 'person' || !draft.entity) continue
    const roles = doc.published ? kb.rolesAt(draft.entity, doc.published) : (kb.roles?.(draft.entity) ?? [])
    for (const role of roles) countries.add(role.of)
  }
  return countries
}

const WITH_ARTICLE = /^the\s+/i
/** A lower-case word right before a name: "the first high-level Western delegation" describes some party. */
const LOWER_WORD_BEFORE = /\b[a-z][a-z-]*\s+$/

/** The region's adjective is one of several words describing a party named elsewhere, not the states acting. */
function described(doc: Doc, draft: MentionDraft, words: Words): boolean {
  const before = doc.text.slice(Math.max(0, draft.start - 30), draft.start)
  const word = LOWER_WORD_BEFORE.exec(before)?.[0].trim()
  // NOT_DESCRIBING: words before "Western diplomats" that do not describe them ("according to", "said")
  return word !== undefined && !words.NOT_DESCRIBING.has(word)
}

function collectiveNamed(draft: MentionDraft, collective: readonly string[] | undefined): boolean {
  if (!collective || !WITH_ARTICLE.test(draft.text)) return false
  return collective.includes(draft.text.replace(WITH_ARTICLE, '').replace(/\s+/g, ' ').toLowerCase())
}

/**
 * "Chad accused Sudan…": a name that is also a given name or a lake, directly followed by a verb, in a document that
 * names another country, is the country acting. ("Chad Smith said" has a name after it, not a verb; an auxiliary,
 * "Georgia will hold talks", is left alone: a US state also holds talks and elections.)
 */
function actsBeside(doc: Doc, draft: MentionDraft, countries: ReadonlySet<string | undefined>): boolean {
  if (draft.form !== 'name' || ![...countries].some((country) => country !== undefined)) return false
  let lo = 0
  let hi = doc.tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (doc.tokens[mid]!.start < draft.end) lo = mid + 1
    else hi = mid
  }
  const next = doc.tokens[lo]
  return next?.pos === 'VERB'
}

/** Between a country and its verb: "Russia has invaded", "Russia also accused". */
const SUBJECT_TO_VERB = /^\s+(?:(?:has|have|had|also|again|reportedly|then)\s+)*[a-z]+\s+$/
/** Between a name, its verb and the verb's object: "Niger left ECOWAS", "Niger has accused the African Union". */
const VERB_TO_OBJECT = /^\s+(?:(?:has|have|had|also|again|reportedly|then)\s+)*[a-z]+\s+(?:the\s+)?$/

/** The kinds of organization states belong to, which act on states (the AU, ECOWAS, the UN, the EU, the IMF). */
const INTERNATIONAL = new Set([
  'alliance',
  'economic-bloc',
  'financial',
  'forum',
  'political-union',
  'regional-org',
  'un-body',
])

/** The name is one whose other readings are no state or government ("Niger": also a river; data/kb/countries.json). */
function noStateNamesake(draft: MentionDraft, entity: KbViewEntity): boolean {
  return entity.noStateNamesakes?.includes(normalizeSurface(draft.text)) === true
}

/**
 * A mention that acts on a country by name, or is acted on by one: another country ("Russia"), or, for a name whose
 * other readings are no state (`noStateNamesakes`), an international organization ("the African Union").
 */
function stateParty(kb: KbView, other: MentionDraft | undefined, entity: KbViewEntity, namesake: boolean): boolean {
  if (!other || other.form === 'description') return false
  const country = countryOfMention(kb, other)
  if (country !== undefined) return country !== entity.id && kb.entity(country)?.kind === 'country'
  const org = other.entity === undefined ? undefined : kb.entity(other.entity)
  return namesake && org?.kind === 'organization' && INTERNATIONAL.has(org.orgKind ?? '')
}

/**
 * "Russia invaded Georgia", "Armenia accused Georgia": a name that is also a US state or a given name, right after
 * the verb of another country named as its subject, is the country acted on (a state acts on no US state). A name
 * whose other readings are no state is also the country acted on by an international organization: "The African
 * Union suspended Niger" (a US state's government would be acted on too, so "Georgia" waits for a country). So is
 * the demonym opening the object ("Russia banned Georgian wine"): a state bans no US state's goods.
 */
function actedOnByCountry(
  doc: Doc,
  draft: MentionDraft,
  entity: KbViewEntity,
  subject: MentionDraft | undefined,
  kb: KbView,
): boolean {
  if (draft.form !== 'name' && draft.form !== 'demonym') return false
  if (!stateParty(kb, subject, entity, noStateNamesake(draft, entity))) return false
  if (doc.tokens[tokenEndingAt(doc, draft.start)]?.pos !== 'VERB') return false
  return (
    SUBJECT_TO_VERB.test(doc.text.slice(subject!.end, draft.start)) &&
    !NAME_AFTER.test(doc.text.slice(draft.end, draft.end + 4))
  )
}

/**
 * "Niger left ECOWAS", "Jordan condemned Israel": a name whose other readings are no state (no river or given name
 * acts on a state), whose verb takes another country or an international organization as its object, is the country.
 */
function actsOnState(
  doc: Doc,
  draft: MentionDraft,
  entity: KbViewEntity,
  object: MentionDraft | undefined,
  kb: KbView,
): boolean {
  if (draft.form !== 'name' || !noStateNamesake(draft, entity) || !stateParty(kb, object, entity, true)) return false
  const between = doc.tokens.filter((token) => token.start >= draft.end && token.end <= object!.start)
  return between.some((token) => token.pos === 'VERB') && VERB_TO_OBJECT.test(doc.text.slice(draft.end, object!.start))
}

/** The index of the last token ending before `offset`. */
function tokenEndingAt(doc: Doc, offset: number): number {
  let lo = 0
  let hi = doc.tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (doc.tokens[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** Agent phrases are at most this many words long ("ministry of the interior"). */
const LONGEST_AGENT = 4

/**
 * A body or a group of a state's people follows the name: "Macedonian police", "Georgian troops", "Chad's army",
 * "Western diplomats". A Greek region, a US state or a given name owns no police, army or diplomats, so the
 * country (or the West) is meant.
 */
function ownsAgent(doc: Doc, draft: MentionDraft, kb: KbView, classes: Words): boolean {
  if (!kb.agent) return false
  const after = doc.text.slice(draft.end, draft.end + 60)
  // a title the possessive gives the country's office holder: "Jordan's King Abdullah" (not a person's name's
  // last word: "Michael Jordan's")
  const title = /^['’]s\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}/u.exec(after)?.[1]?.toLowerCase()
  const named = /\p{Lu}\p{Ll}+\s+$/u.test(doc.text.slice(Math.max(0, draft.start - 20), draft.start))
  if (title !== undefined && !named && classes.NATIONAL_OFFICES.has(title)) return true
  const words = /^(?:['’]s)?((?:\s+[a-z][a-z-]*){1,4})/.exec(after)?.[1]?.trim().split(/\s+/)
  if (!words) return false
  for (let n = Math.min(LONGEST_AGENT, words.length); n >= 1; n--)
    if (kb.agent(words.slice(0, n).join(' '))) return true
  // NATIONAL_OFFICES: offices only a state fills, which the agent table leaves to the person titles ("Niger's
  // ambassador", "Jordan's foreign minister"); a river, a lake or a person has none, a US state a governor
  const office = classes.OFFICE_MODIFIERS.has(words[0]!) ? words[1] : words[0]
  return office !== undefined && classes.NATIONAL_OFFICES.has(office)
}

/**
 * A name several countries share ("Congolese": DR Congo or the Republic of the Congo; "Korean"), or parties of
 * several countries ("BNP"), links to the one of them the document names elsewhere (by name, capital or a place
 * in it); with none or several, it stays unlinked.
 */
function oneNamed(draft: MentionDraft, kb: KbView, countries: ReadonlySet<string | undefined>): MentionDraft {
  const candidates = draft.candidates ?? []
  // a country, a party or group of one ("BNP": Bangladesh's or Britain's), or one of its office holders ("King
  // Abdullah": Jordan's or, while he reigned, Saudi Arabia's)
  const countryOf = (id: string) => {
    const entity = kb.entity(id)
    if (entity?.kind === 'country') return id
    return entity?.kind === 'organization' || entity?.kind === 'person' ? entity.country : undefined
  }
  if (!candidates.every((id) => countryOf(id) !== undefined)) return draft
  const [only, ...more] = candidates.filter((id) => countries.has(countryOf(id)))
  if (only === undefined || more.length > 0) return draft
  const kind = kb.entity(only)!.kind
  const { unlinked: _reason, candidates: _candidates, ...rest } = draft
  return withFields(rest, { entity: only, kind, confidence: SETTLED })
}

/** How many mentions name each country. */
function tally(countries: readonly (string | undefined)[]): Map<string | undefined, number> {
  const counts = new Map<string | undefined, number>()
  for (const country of countries) if (country) counts.set(country, (counts.get(country) ?? 0) + 1)
  return counts
}

/**
 * "Coalition warplanes struck Saada" (2016): words that name the US-led coalition by default name the group a
 * candidate whose theatre is the country the document names most (a tie counts), on or after the date it went to war
 * there (the Saudi-led coalition in Yemen from 2015-03-26), wherever its own country is named. A story about another
 * war that names a town of the theatre once keeps the default. Undefined when no one candidate is in its theatre.
 */
function inTheatre(
  draft: MentionDraft,
  kb: KbView,
  counts: ReadonlyMap<string | undefined, number>,
  published: string | undefined,
): MentionDraft | undefined {
  const most = Math.max(0, ...counts.values())
  const there = (draft.candidates ?? []).filter((id) => {
    const theatre = kb.entity(id)?.theatre
    const begun = !theatre?.from || !published || published.slice(0, 10) >= startOf(theatre.from)
    return begun && theatre?.countries.some((country) => most > 0 && counts.get(country) === most)
  })
  if (there.length !== 1) return undefined
  const { candidates: _candidates, ...rest } = draft
  return withFields(rest, { entity: there[0]!, kind: 'organization' as const, confidence: SETTLED })
}

/**
 * A name read by default as one country's that another shares ("Tripoli": Libya's capital, and Lebanon's port;
 * "Congolese") is the other's when the document names that country and not the default's.
 */
function namesakeNamed(draft: MentionDraft, kb: KbView, countries: ReadonlySet<string | undefined>): MentionDraft {
  const countryOf = (id: string) => {
    const entity = kb.entity(id)
    return entity?.kind === 'country' ? id : entity?.country
  }
  if (countries.has(countryOf(draft.entity!))) return draft
  const [only, ...more] = (draft.candidates ?? []).filter((id) => {
    const country = countryOf(id)
    return country !== undefined && countries.has(country)
  })
  if (only === undefined || more.length > 0) return draft
  const { candidates: _candidates, ...rest } = draft
  const kind = kb.entity(only)?.kind
  // a namesake group ("National Liberation Army": Macedonia's beside Colombia's) stays an organization
  if (kind === 'country' || kind === 'organization')
    return withFields(rest, { entity: only, kind, confidence: SETTLED })
  const { sector: _sector, ...place } = rest
  return withFields(place, {
    type: 'LOCATION',
    form: 'name',
    entity: only,
    kind: 'place' as const,
    confidence: SETTLED,
  })
}

function coordinatedWithCountry(doc: Doc, draft: MentionDraft, before?: MentionDraft, after?: MentionDraft): boolean {
  const joined = (left: MentionDraft, right: MentionDraft) => COORDINATION.test(doc.text.slice(left.end, right.start))
  return (before?.kind === 'country' && joined(before, draft)) || (after?.kind === 'country' && joined(draft, after))
}

function afterCountryPreposition(doc: Doc, draft: MentionDraft): boolean {
  const word = WORD_BEFORE.exec(doc.text.slice(Math.max(0, draft.start - 16), draft.start))?.[1]?.toLowerCase()
  return (
    word !== undefined && COUNTRY_PREPOSITIONS.has(word) && !NAME_AFTER.test(doc.text.slice(draft.end, draft.end + 4))
  )
}
