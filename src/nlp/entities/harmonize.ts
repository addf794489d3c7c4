import type { Draft } from './classify.js'

/** True for a name the KB does not know, typed by a cue (not a KB link, a title or a description). */
function isGuess(draft: Draft): boolean {
  return draft.form === 'name' && draft.confidence < 0.6 && (!draft.entity || draft.kind === 'person')
}

/** Words of the people named in the document, each with the person it names when only one person has it. */
function personWords(drafts: readonly Draft[]): Map<string, string | undefined> {
  const words = new Map<string, string | undefined>()
  for (const draft of drafts) {
    if (draft.type !== 'PERSON' || (draft.form !== 'name' && draft.form !== 'title')) continue
    const parts = draft.text.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w) || /^al-\p{Lu}/u.test(w))
    for (const word of new Set(parts)) {
      const bare = word.replace(/^al-/, '')
      for (const key of new Set([word, bare])) {
        words.set(key, words.has(key) && words.get(key) !== draft.entity ? undefined : draft.entity)
      }
    }
  }
  return words
}

/**
 * Gives every unknown name one reading across the document:
 * - a name that is a word of a person named anywhere in the document ("Karim" after or before "Karim Wasifi",
 *   "Assad" with "Bashar al-Assad") is that person;
 * - otherwise the strongest cue wins: "Airbus" is an organization in "from Airbus" too once a head word marked it
 *   as one elsewhere, and "Raqqah" is a place in "Raqqah fell" once "near Raqqah" marked it as one.
 */
export function harmonize(drafts: readonly Draft[]): Draft[] {
  const people = personWords(drafts)
  const best = new Map<string, Draft>()
  for (const draft of drafts) {
    if (!isGuess(draft)) continue
    const seen = best.get(draft.text)
    // on a tie an organization wins: the weak place cue ("at Apple") is no stronger than the default
    const stronger = !seen || draft.confidence > seen.confidence
    const tieBreak = seen && draft.confidence === seen.confidence && draft.type === 'ORGANIZATION'
    if (stronger || tieBreak) best.set(draft.text, draft)
  }
  return drafts.map((draft) => {
    if (!isGuess(draft)) return draft
    const words = draft.text.split(/\s+/)
    if (draft.type !== 'PERSON' && words.length <= 3 && words.every((w) => people.has(w))) {
      const entity = words.length === 1 ? people.get(draft.text) : undefined
      return { ...draft, type: 'PERSON', kind: 'person', confidence: 0.5, ...(entity ? { entity } : {}) }
    }
    const strongest = best.get(draft.text)
    if (!strongest || strongest.type === draft.type || strongest.confidence < draft.confidence) return draft
    const { kind: _kind, entity: _entity, ...rest } = draft
    return {
      ...rest,
      type: strongest.type,
      form: strongest.form,
      confidence: strongest.confidence,
      ...(strongest.kind ? { kind: strongest.kind } : {}),
      ...(strongest.entity ? { entity: strongest.entity } : {}),
    }
  })
}
