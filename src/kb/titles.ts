/** Office titles compared by meaning: "Secretary of State" of USA and "Foreign Minister" are one office. */
import { titleTable } from './title-table.js'

/**
 * The canonical lower-case form of an office title in the package's title table ("Defense Secretary" → "defence
 * minister"), for readers outside the pipeline; a KB compares by its own table (`kb.titles.office`).
 */
export function canonicalTitle(title: string): string {
  return titleTable().office(title)
}
