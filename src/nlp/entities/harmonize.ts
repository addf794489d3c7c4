import { withFields } from '../../objects.js'
import type { MentionDraft } from './classify.js'

/** True for a name the KB does not know, typed by a cue (not a KB link, a title or a description). */
function isGuess(draft: MentionDraft): boolean {
  return draft.form === 'name' && draft.confidence < 0.6 && (!draft.entity || draft.kind === 'person')
}

/** How sure a bare name is of the town it was linked to elsewhere in the document. */
const LINKED_TOWN = 0.6

/** A place of the KB's gazetteer, linked by name. */
function isLinkedTown(draft: MentionDraft): boolean {
  return draft.form === 'name' && draft.kind === 'place' && draft.entity !== undefined && draft.type === 'LOCATION'
}

/** Words of the people named in the document, each with the person it names when only one person has it. */
function personWords(drafts: readonly MentionDraft[]): Map<string, string | undefined> {
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

/** A model number inside a product's name: "Boeing 787 Dreamliner" names the model "Dreamliner" too. */
const MODEL_IN_NAME = /(?:^|\s)\p{Lu}{0,3}-?\d[\p{L}\d-]*\s+(\p{Lu}[\p{L}\s-]*)$/u

/** The other texts a draft names: the model name in a product's name, with and without a plural "s". */
function alsoNamed(draft: MentionDraft): string[] {
  const model = MODEL_IN_NAME.exec(draft.text)?.[1]
  return model ? [model, model.replace(/s$/, '')] : []
}

/**
 * The organizations named in the document by more than one word, keyed by their first word or two: "Kestrel"
 * is the "Kestrel Marine Systems" of the same article, whatever a weak cue says ("went to Kestrel").
 */
function organizationStarts(drafts: readonly MentionDraft[]): Map<string, MentionDraft> {
  const starts = new Map<string, MentionDraft>()
  for (const draft of drafts) {
    if (draft.type !== 'ORGANIZATION' || draft.form !== 'name' || draft.confidence < 0.5) continue
    // the first word, and the first two when there are three or more ("Lockheed Martin Space")
    const { text } = draft
    const one = text.indexOf(' ')
    if (one < 0) continue
    starts.set(text.slice(0, one), draft)
    const two = text.indexOf(' ', one + 1)
    if (two > 0) starts.set(text.slice(0, two), draft)
  }
  return starts
}

/**
 * Gives every unknown name one reading across the document:
 * - a name that is a word of a person named anywhere in the document ("Karim" after or before "Karim Wasifi",
 *   "Assad" with "Bashar al-Assad") is that person;
 * - otherwise the strongest cue wins: "Airbus" is an organization in "from Airbus" too once a head word marked it
 *   as one elsewhere, and "Raqqah" is a place in "Raqqah fell" once "near Raqqah" marked it as one.
 */
export function harmonize(drafts: readonly MentionDraft[]): MentionDraft[] {
  const people = personWords(drafts)
  let organizations: Map<string, MentionDraft> | undefined
  const best = new Map<string, MentionDraft>()
  const offer = (text: string, draft: MentionDraft) => {
    const seen = best.get(text)
    // on a tie an organization wins: the weak place cue ("at Apple") is no stronger than the default
    const stronger = !seen || draft.confidence > seen.confidence
    const tieBreak = seen && draft.confidence === seen.confidence && draft.type === 'ORGANIZATION'
    if (stronger || tieBreak) best.set(text, draft)
  }
  for (const draft of drafts) {
    // a town linked where a cue allowed it ("in Darayya") is that town wherever else the name stands alone
    if (isLinkedTown(draft)) offer(draft.text, withFields(draft, { confidence: LINKED_TOWN }))
    if (!isGuess(draft)) continue
    offer(draft.text, draft)
    if (draft.type === 'PRODUCT') for (const text of alsoNamed(draft)) offer(text, draft)
  }
  return drafts.map((draft) => {
    // "Dayton" after "Scott C. Dayton" is the man, not the town
    if (isLinkedTown(draft) && !draft.text.includes(' ') && people.has(draft.text)) {
      const entity = people.get(draft.text)
      const { entity: _town, ...rest } = draft
      return withFields(rest, {
        type: 'PERSON' as const,
        kind: 'person' as const,
        confidence: 0.5,
        ...(entity ? { entity } : {}),
      })
    }
    if (!isGuess(draft)) return draft
    const words = draft.text.split(/\s+/)
    if (draft.type !== 'PERSON' && words.length <= 3 && words.every((w) => people.has(w))) {
      const entity = words.length === 1 ? people.get(draft.text) : undefined
      return withFields(draft, {
        type: 'PERSON' as const,
        kind: 'person' as const,
        confidence: 0.5,
        ...(entity ? { entity } : {}),
      })
    }
    // built on first need: most documents have no weak guess
    const organization =
      draft.confidence < 0.5 ? (organizations ??= organizationStarts(drafts)).get(draft.text) : undefined
    const strongest = organization ?? best.get(draft.text)
    if (!strongest || strongest.type === draft.type || strongest.confidence < draft.confidence) return draft
    const { kind: _kind, entity: _entity, ...rest } = draft
    return withFields(rest, {
      type: strongest.type,
      form: strongest.form,
      confidence: strongest.confidence,
      ...(strongest.kind ? { kind: strongest.kind } : {}),
      ...(strongest.entity ? { entity: strongest.entity } : {}),
    })
  })
}
