import type { Doc, Zone } from '../../document.js'

/** Zones whose text is article content (what sentence splitting and everything after it read). */
export function bodyZones(doc: Pick<Doc, 'zones'>): Zone[] {
  return doc.zones.filter((zone) => zone.kind === 'body')
}
