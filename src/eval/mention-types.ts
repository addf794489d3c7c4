import type { GoldDoc } from './gold.js'

/** The mention types a gold set annotates, and how system types map onto them. */
export interface MentionTypes {
  readonly annotated: ReadonlySet<string>
  /** System type → scored type, e.g. NATIONALITY → LOCATION where a set files demonyms under LOCATION. */
  readonly retype: ReadonlyMap<string, string>
}

/**
 * A set annotates the types that appear in its gold mentions. A set with LOCATION but no NATIONALITY
 * (MEANTIME: "American" is LOCATION there) accepts system NATIONALITY mentions as LOCATION.
 */
export function mentionTypesOf(docs: readonly GoldDoc[]): MentionTypes {
  const annotated = new Set<string>()
  for (const doc of docs) {
    if (!doc.scored.includes('mentions')) continue
    for (const mention of doc.mentions ?? []) annotated.add(mention.type)
  }
  const retype = new Map<string, string>()
  if (annotated.has('LOCATION') && !annotated.has('NATIONALITY')) retype.set('NATIONALITY', 'LOCATION')
  return { annotated, retype }
}
