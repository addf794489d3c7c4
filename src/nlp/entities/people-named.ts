import type { MentionDraft } from './classify.js'

/**
 * The people recognized so far in a document, by the last word of their name, so that a lone surname ("Hayashi")
 * finds the person it shortens without a scan over every earlier mention: recognition stays linear in the text.
 */
export class PeopleNamed {
  private readonly bySurname = new Map<string, MentionDraft>()
  private indexed = 0

  /** `drafts` is the document's list of mentions so far; it only grows. */
  constructor(private readonly drafts: readonly MentionDraft[]) {}

  /** The last linked person whose name ends in the word `surname`. */
  latestWithSurname(surname: string): MentionDraft | undefined {
    for (; this.indexed < this.drafts.length; this.indexed++) {
      const draft = this.drafts[this.indexed]!
      if (draft.kind === 'person' && draft.entity) this.bySurname.set(draft.text.split(/\s+/).at(-1) ?? '', draft)
    }
    return this.bySurname.get(surname)
  }
}
