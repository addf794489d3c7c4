import type { Doc, Mention, MentionForm, MentionType, Role } from '../../document.js'
import type { AliasHit, KbView, KbViewRole } from './kb-view.js'
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
  hits: readonly AliasHit[],
  doc: Doc,
  context: { before?: string; after?: string },
  kb?: KbView,
): Linked {
  // one entity per candidate (the last hit for it); a single hit, the common case, is already distinct
  const distinct = hits.length < 2 ? hits : [...new Map(hits.map((hit) => [hit.entity, hit])).values()]
  const first = distinct[0]
  if (!first) return { type: 'LOCATION', form: 'name', confidence: 0, unlinked: 'no candidate' }
  const chosen = choose(distinct, context)
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
 * The person's KB role valid at the publication date; in a document with no date, the latest role they held,
 * so that a former holder still acts for the country or organization he served ("Kofi Annan" → UN).
 */
function personRole(kb: KbView, person: string, date: string | undefined): Role | undefined {
  const role = date ? kb.rolesAt(person, date)[0] : latestRole(kb.roles?.(person) ?? [])
  if (!role) return undefined
  return {
    title: role.title,
    of: role.of,
    learned: false,
    ...(role.from ? { from: role.from } : {}),
    ...(role.to ? { to: role.to } : {}),
  }
}

/** The role that started last (file order breaks ties). */
function latestRole(roles: readonly KbViewRole[]): KbViewRole | undefined {
  let latest: KbViewRole | undefined
  for (const role of roles) if (!latest || (role.from ?? '') > (latest.from ?? '')) latest = role
  return latest
}
