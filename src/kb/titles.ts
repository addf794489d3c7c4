/** Office titles compared by meaning: "Secretary of State" of USA and "Foreign Minister" are one office. */
import { normalizeSurface } from './normalize.js'

const SYNONYMS: Record<string, readonly string[]> = {
  'foreign minister': [
    'minister of foreign affairs',
    'minister for foreign affairs',
    'foreign affairs minister',
    'foreign secretary',
    'secretary of state',
    'secretary of state for foreign, commonwealth and development affairs',
    'minister for europe and foreign affairs',
    'external affairs minister',
    'minister of external affairs',
    'minister of foreign affairs and international cooperation',
  ],
  'defence minister': [
    'defense minister',
    'minister of defence',
    'minister of defense',
    'minister for defence',
    'minister of national defense',
    'minister of national defence',
    'defence secretary',
    'defense secretary',
    'secretary of defense',
    'secretary of war',
    'secretary of state for defence',
    'minister of the armed forces',
    'minister for the armed forces',
  ],
  'prime minister': ['premier'],
  president: [],
  chancellor: ['federal chancellor'],
  'secretary general': ['secretary-general'],
}

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
