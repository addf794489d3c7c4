import type { Doc, Zone } from '../../document.js'

/** Zones whose text is article content: the headline (once) and the body; never bylines or debris. */
export function contentZones(doc: Pick<Doc, 'zones'>): Zone[] {
  return doc.zones.filter((zone) => zone.kind === 'body' || zone.kind === 'headline')
}
