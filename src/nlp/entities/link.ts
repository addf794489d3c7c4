import type { Doc, EntityKind, MentionForm, MentionType, Role } from '../../document.js'
import type { AliasHit, KbView } from './kb-view.js'
import { PLACE_PREPOSITIONS } from './vocabulary.js'

export interface Linked {
  readonly type: MentionType
  readonly form: MentionForm
  readonly entity?: string
  readonly kind?: EntityKind
  readonly confidence: number
  readonly unlinked?: string
  readonly role?: Role
}

function typeOf(hit: AliasHit): MentionType {
  if (hit.form === 'demonym') return 'NATIONALITY'
  if (hit.kind === 'person') return 'PERSON'
  if (hit.kind === 'organization') return 'ORGANIZATION'
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
  const distinct = [...new Map(hits.map((hit) => [hit.entity, hit])).values()]
  const first = distinct[0]
  if (!first) return { type: 'LOCATION', form: 'name', confidence: 0, unlinked: 'no candidate' }
  const ambiguous = distinct.find((hit) => hit.ambiguous)
  if (ambiguous) {
    return { type: typeOf(first), form: formOf(first), confidence: 0, unlinked: `ambiguous: ${ambiguous.ambiguous}` }
  }
  let chosen = first
  if (distinct.length > 1) {
    const afterPlacePreposition = PLACE_PREPOSITIONS.has((context.before ?? '').toLowerCase())
    const place = distinct.find((hit) => hit.kind === 'place')
    const government = distinct.find((hit) => hit.form === 'capital' || hit.form === 'metonym')
    const named = distinct.filter((hit) => hit.form === 'name' || hit.form === 'abbreviation')
    if (afterPlacePreposition && place) chosen = place
    else if (named.length === 1) chosen = named[0]!
    else if (government && !afterPlacePreposition) chosen = government
    else if (place) chosen = place
    else if (distinct.every((hit) => hit.form === 'description')) {
      return { type: typeOf(first), form: 'description', confidence: 0 }
    } else {
      return {
        type: typeOf(first),
        form: formOf(first),
        confidence: 0,
        unlinked: `ambiguous: ${distinct.map((hit) => hit.entity).join(' or ')}`,
      }
    }
  }
  const role = chosen.kind === 'person' && kb && doc.published ? roleAt(kb, chosen.entity, doc.published) : undefined
  return {
    type: typeOf(chosen),
    form: formOf(chosen),
    entity: chosen.entity,
    kind: chosen.kind,
    confidence: CONFIDENCE[chosen.form] * (distinct.length > 1 ? 0.85 : 1),
    ...(role ? { role } : {}),
  }
}

/** The person's KB role valid at the date, if any. */
function roleAt(kb: KbView, person: string, date: string): Role | undefined {
  const role = kb.rolesAt(person, date)[0]
  if (!role) return undefined
  return {
    title: role.title,
    of: role.of,
    learned: false,
    ...(role.from ? { from: role.from } : {}),
    ...(role.to ? { to: role.to } : {}),
  }
}
