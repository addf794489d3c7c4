import { withFields } from '../../objects.js'
import type { Doc, Mention, MentionForm, MentionType, Role } from '../../document.js'
import type { AliasHit, KbView, KbViewRole } from './kb-view.js'
import { endOf, startOf, within } from '../../kb/dates.js'
import { PLACE_PREPOSITIONS } from './vocabulary.js'

/** What linking decides about a name: the mention's fields other than its span and id. */
export type Linked = Pick<
  Mention,
  'type' | 'form' | 'entity' | 'kind' | 'confidence' | 'unlinked' | 'candidates' | 'role' | 'sector'
>

function typeOf(hit: AliasHit): MentionType {
  if (hit.form === 'demonym') return 'NATIONALITY'
  if (hit.kind === 'person') return 'PERSON'
  if (hit.kind === 'organization' || hit.form === 'metonym') return 'ORGANIZATION'
  return 'LOCATION'
}

function formOf(hit: AliasHit): MentionForm {
  if (hit.form === 'demonym') return 'demonym'
  if (hit.form === 'capital' || hit.form === 'metonym') return 'capital'
  if (hit.form === 'description') return 'description'
  return 'name'
}

const CONFIDENCE: Record<AliasHit['form'], number> = {
  name: 0.95,
  abbreviation: 0.9,
  demonym: 0.9,
  capital: 0.8,
  metonym: 0.85,
  description: 0.8,
}

/** Chooses among a name's KB candidates using the words around it; leaves it unlinked with a reason when unsure. */
export function linkHits(
  all: readonly AliasHit[],
  doc: Doc,
  context: { before?: string; after?: string; first?: string },
  kb?: KbView,
): Linked {
  const hits = inDate(all, doc.published)
  if (hits.length === 0 && all.length > 0) {
    const names = [...new Set(all.map((hit) => hit.entity))].join(', ')
    return { type: typeOf(all[0]!), form: formOf(all[0]!), confidence: 0, unlinked: `out of its dates: ${names}` }
  }
  // one entity per candidate (the last hit for it); a single hit, the common case, is already distinct
  const distinct = hits.length < 2 ? hits : [...new Map(hits.map((hit) => [hit.entity, hit])).values()]
  const namesakes = kb && distinct.length > 1 ? namesakesOf(distinct, kb) : []
  if (namesakes.length > 0) {
    // "Tripoli": linked as the KB reads it by default (Libya's capital); the namesake in another country stays a
    // candidate, taken when the document names that country and not the default's (see `disambiguate`)
    const linked = linkHits(
      distinct.filter((hit) => !namesakes.includes(hit)),
      doc,
      context,
      kb,
    )
    return withFields(linked, { candidates: [...(linked.candidates ?? []), ...namesakes.map((hit) => hit.entity)] })
  }
  const first = distinct[0]
  if (!first) return { type: 'LOCATION', form: 'name', confidence: 0, unlinked: 'no candidate' }
  const chosen =
    (kb && doc.published && personByDate(distinct, kb, doc.published.slice(0, 10), context)) ||
    choose(distinct, context)
  if (!chosen) {
    const reasons = [...new Set(distinct.map((hit) => hit.ambiguous).filter(Boolean))]
    return {
      type: typeOf(first),
      form: formOf(first),
      confidence: 0,
      unlinked: `ambiguous: ${reasons.length ? reasons.join('; ') : distinct.map((hit) => hit.entity).join(' or ')}`,
      candidates: distinct.filter((hit) => hit.kind !== 'place').map((hit) => hit.entity),
    }
  }
  if (chosen.form === 'description' && distinct.length > 1)
    return { type: typeOf(first), form: 'description', confidence: 0 }
  const role = chosen.kind === 'person' && kb ? personRole(kb, chosen.entity, doc.published) : undefined
  return {
    type: typeOf(chosen),
    form: formOf(chosen),
    entity: chosen.entity,
    kind: chosen.kind,
    confidence: CONFIDENCE[chosen.form] * (distinct.length > 1 ? 0.85 : 1) * (chosen.ambiguous ? 0.8 : 1),
    ...(role ? { role } : {}),
    ...(chosen.sector ? { sector: chosen.sector } : {}),
  }
}

/** The hits a text of that date may mean: a dated surface ("IRA", the armed group until 2005) only within its dates. */
function inDate(hits: readonly AliasHit[], published: string | undefined): readonly AliasHit[] {
  if (!published || hits.every((hit) => hit.from === undefined && hit.to === undefined)) return hits
  const day = published.slice(0, 10)
  return hits.filter((hit) => within(day, hit))
}

/**
 * Readings the KB marks ambiguous in another country than the name's plain readings: a namesake town ("Tripoli" in
 * Lebanon beside Libya's capital), the rarer country of a shared name ("Congolese": the Republic of the Congo
 * beside DR Congo, which the KB reads by default, as news does), or a namesake group ("National Liberation Army":
 * Macedonia's of 2001 beside Colombia's ELN).
 */
function namesakesOf(hits: readonly AliasHit[], kb: KbView): AliasHit[] {
  const countryOf = (hit: AliasHit) => (hit.kind === 'country' ? hit.entity : kb.entity(hit.entity)?.country)
  // a group of one country, not an organization of states a city stands for ("Brussels": the EU)
  const group = (hit: AliasHit) => hit.kind === 'organization' && hit.form === 'name' && countryOf(hit) !== undefined
  const towns = hits.filter((hit) => (hit.kind === 'place' || hit.kind === 'country' || group(hit)) && hit.ambiguous)
  const others = new Set(hits.filter((hit) => !towns.includes(hit)).map(countryOf))
  if (others.size === 0) return []
  return towns.filter((hit) => !others.has(countryOf(hit)))
}

/**
 * Picks one candidate: after "in"/"at"/"from" a place; else a capital or metonym standing for one government
 * ("Beijing said"); else the one plain name; else a place. A name flagged ambiguous is taken only when it is
 * the sole reading left and it is a capital (capitals read as governments far more often than as anything else).
 */
function choose(hits: readonly AliasHit[], context: { before?: string }): AliasHit | undefined {
  if (hits.length === 1) return hits[0]!.ambiguous ? undefined : hits[0]
  const afterPlacePreposition = PLACE_PREPOSITIONS.has((context.before ?? '').toLowerCase())
  const places = hits.filter((hit) => hit.kind === 'place')
  if (afterPlacePreposition && places.length === 1) return places[0]
  const governments = hits.filter((hit) => hit.form === 'capital' || hit.form === 'metonym')
  if (governments.length === 1) return governments[0]
  const names = hits.filter(
    (hit) => hit.kind !== 'place' && !hit.ambiguous && hit.form !== 'capital' && hit.form !== 'metonym',
  )
  if (names.length === 1) return names[0]
  if (names.length === 0 && places.length === 1) return places[0]
  if (hits.every((hit) => hit.form === 'description')) return hits[0]
  return undefined
}

/**
 * A name several people share ("George Bush"), told apart by the document's date: the one in office that day, else
 * the one alone to have held office by then. Undefined when the hits are not all people or the date does not decide.
 */
function personByDate(
  hits: readonly AliasHit[],
  kb: KbView,
  date: string,
  context: { before?: string; first?: string },
): AliasHit | undefined {
  if (hits.length < 2 || hits.some((hit) => hit.kind !== 'person')) return undefined
  const serving = hits.filter((hit) => kb.rolesAt(hit.entity, date).length > 0)
  if (serving.length === 1) return serving[0]
  if (serving.length > 1) {
    // "King Abdullah" in 2001: Jordan's king, not Saudi Arabia's crown prince; the title the text gives decides
    const titles = new Set([context.first, context.before].map((word) => word?.toLowerCase()))
    const titled = serving.filter((hit) =>
      kb.rolesAt(hit.entity, date).some((role) => titles.has(role.title.toLowerCase())),
    )
    return titled.length === 1 ? titled[0] : undefined
  }
  const served = hits.filter((hit) =>
    (kb.roles?.(hit.entity) ?? []).some((role) => role.from === undefined || startOf(role.from) <= date),
  )
  return served.length === 1 ? served[0] : undefined
}

/**
 * The person's KB role at the publication date, a state office before any other (Riek Machar as South Sudan's
 * vice president, not as the SPLM-IO's leader, in 2016). A former holder in a dated document keeps the last role
 * he left before that date, marked `to: 'former'`: he still speaks for his country, as an ex-official, not as its
 * government. In a document with no date, the latest role he held, so that a former holder still acts for the
 * country or organization he served ("Kofi Annan" → UN).
 */
/** The role a person acts through on the date: one held that day, else the last one left ("former"). */
export function personRole(kb: KbView, person: string, date: string | undefined): Role | undefined {
  const day = date?.slice(0, 10)
  const held = day ? kb.rolesAt(person, day) : []
  const now = held.find((role) => kb.entity(role.of)?.kind === 'country') ?? held[0]
  const role = now ?? (day ? lastLeft(kb.roles?.(person) ?? [], day) : latestRole(kb.roles?.(person) ?? []))
  if (!role) return undefined
  return {
    title: role.title,
    of: role.of,
    learned: false,
    ...(role.from ? { from: role.from } : {}),
    ...(now || !day ? (role.to ? { to: role.to } : {}) : { to: 'former' }),
  }
}

/** The role that started last (file order breaks ties). */
function latestRole(roles: readonly KbViewRole[]): KbViewRole | undefined {
  let latest: KbViewRole | undefined
  for (const role of roles) if (!latest || (role.from ?? '') > (latest.from ?? '')) latest = role
  return latest
}

/** The role that ended last before `date`, if any ended by then. */
function lastLeft(roles: readonly KbViewRole[], date: string): KbViewRole | undefined {
  return latestRole(roles.filter((role) => role.to !== undefined && endOf(role.to) < date))
}
