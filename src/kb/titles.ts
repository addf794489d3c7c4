/** Office titles compared by meaning: "Secretary of State" of USA and "Foreign Minister" are one office. */
import { normalizeSurface } from './normalize.js'
import { titleTable } from './title-table.js'

// the offices of the one title table (data/kb/titles.json): each canonical office with the ways it is written
const SYNONYMS: Readonly<Record<string, readonly string[]>> = titleTable().offices

const CANONICAL = new Map<string, string>()
for (const [canonical, synonyms] of Object.entries(SYNONYMS)) {
  CANONICAL.set(canonical, canonical)
  for (const synonym of synonyms) CANONICAL.set(synonym, canonical)
}

/** The canonical lower-case form of an office title ("Defense Secretary" → "defence minister"). */
export function canonicalTitle(title: string): string {
  const key = normalizeSurface(title).toLowerCase().replace(/\s+/g, ' ')
  return CANONICAL.get(key) ?? key
}
