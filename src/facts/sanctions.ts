import type { Doc } from '../document.js'
import { learned, type FactDraft } from './draft.js'

/** An asserted, not negated sanction event (163) means an ongoing sanctions regime from its source on its target. */
export function sanctionFacts(doc: Doc): FactDraft[] {
  const facts: FactDraft[] = []
  const seen = new Set<string>()
  for (const event of doc.events) {
    if (event.cameo !== '163' || event.negated || !event.source || !event.target) continue
    if (event.modality === 'hypothetical' || event.modality === 'intent') continue
    const key = `${event.source.entity}|${event.target.entity}`
    if (seen.has(key)) continue
    seen.add(key)
    const dates = event.date ? { start: event.date.value } : event.dateAfter ? { startAfter: event.dateAfter } : {}
    facts.push(learned('sanctions', event.source.entity, event.target.entity, event.evidence, dates))
  }
  return facts
}
