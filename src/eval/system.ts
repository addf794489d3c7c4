import type { Doc } from '../document.js'

/** Entity kinds a system is scored on for entity precision (FORMAT.md). */
export const SCORED_ENTITY_KINDS: ReadonlySet<string> = new Set(['country', 'organization', 'person'])

/** Mention forms that are named spans; descriptions and pronouns are not named-entity mentions. */
export const NAMED_FORMS: ReadonlySet<string> = new Set(['name', 'demonym', 'capital', 'title'])

export interface SystemEvent {
  readonly source: string | undefined
  readonly target: string | undefined
  readonly cameo: string
  readonly plover: string | undefined
  readonly negated: boolean
  readonly date: string | undefined
  readonly dateAfter: string | undefined
  readonly evidence: string
}

export interface SystemFact {
  readonly relation: string
  readonly subject: string
  readonly object: string
  readonly start: string | undefined
}

export interface SystemSpan {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly type: string
  readonly value?: string | undefined
}

/** What a system produced for one document, reduced to what the scorer compares. */
export interface SystemItems {
  /** Ids of entities of kind country/organization/person. */
  readonly entities: readonly string[]
  /** Every entity id some mention is linked to. */
  readonly linked: ReadonlySet<string>
  readonly events: readonly SystemEvent[]
  readonly facts: readonly SystemFact[]
  readonly mentions: readonly SystemSpan[]
  readonly times: readonly SystemSpan[]
}

/** Maps a Doc to scorable items. */
export function systemItems(doc: Doc): SystemItems {
  const linked = new Set<string>()
  for (const mention of doc.mentions) if (mention.entity !== undefined) linked.add(mention.entity)
  for (const entity of doc.entities) if (entity.mentions.length > 0) linked.add(entity.id)
  return {
    entities: unique(doc.entities.filter((entity) => SCORED_ENTITY_KINDS.has(entity.kind)).map((entity) => entity.id)),
    linked,
    events: doc.events.map((event) => ({
      source: event.source?.entity,
      target: event.target?.entity,
      cameo: event.cameo,
      plover: event.plover,
      negated: event.negated,
      date: event.date?.value,
      dateAfter: event.dateAfter,
      evidence: doc.text.slice(event.evidence.start, event.evidence.end),
    })),
    facts: doc.facts.map(({ relation, subject, object, start }) => ({ relation, subject, object, start })),
    mentions: doc.mentions
      .filter((mention) => NAMED_FORMS.has(mention.form))
      .map(({ start, end, text, type }) => ({ start, end, text, type })),
    times: doc.times.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })),
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)]
}
