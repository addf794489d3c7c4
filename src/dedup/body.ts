import { docOf, type Doc } from '../document.js'
import { clean } from '../nlp/clean/index.js'

/**
 * The text near-duplicates compare: the body zones, or the whole text when no zone is marked body. Syndicated
 * copies differ in page furniture (headline, byline, share counters), so that is left out.
 */
export function bodyText(doc: Pick<Doc, 'text' | 'zones'>): string {
  const body = doc.zones.filter((zone) => zone.kind === 'body')
  return body.length ? body.map((zone) => doc.text.slice(zone.start, zone.end)).join('\n') : doc.text
}

/** The body of a stored article's text, its zones marked again (the store keeps no zones; marking them is cheap). */
export function storedBodyText(text: string): string {
  return bodyText({ text, zones: clean.run(docOf(text), { report: () => {} }).zones ?? [] })
}
