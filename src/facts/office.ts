import type { Doc, DocEntity, Mention } from '../document.js'
import { learned, type FactDraft } from './draft.js'

/** A role stated in the text: on the mention, else on its entity (when learned from this text). */
function roleOf(mention: Mention, entities: ReadonlyMap<string, DocEntity>) {
  if (mention.role?.learned) return mention.role
  const role = mention.entity ? entities.get(mention.entity)?.role : undefined
  return role?.learned && role.evidence && role.evidence.start <= mention.end && role.evidence.end >= mention.start
    ? role
    : undefined
}

/** "Japanese Foreign Minister Yoshimasa Hayashi": holds_office for the person, at the publication date. */
export function officeFacts(doc: Doc): FactDraft[] {
  const entities = new Map(doc.entities.map((e) => [e.id, e]))
  const facts: FactDraft[] = []
  const seen = new Set<string>()
  for (const mention of doc.mentions) {
    const role = roleOf(mention, entities)
    // "former Prime Minister Boris Johnson" held the office once: nothing holds at the publication date
    if (!role?.of || !mention.entity || role.to === 'former') continue
    const key = `${mention.entity}|${role.of}|${role.title}`
    if (seen.has(key)) continue
    seen.add(key)
    const at = doc.published?.slice(0, 10)
    const evidence = role.evidence ?? { start: mention.start, end: mention.end }
    facts.push(
      learned('holds_office', mention.entity, role.of, evidence, {
        ...(at ? { at } : {}),
        attributes: { title: role.title },
        confidence: 0.8,
      }),
    )
  }
  return facts
}
