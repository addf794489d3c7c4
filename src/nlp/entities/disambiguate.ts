import type { Doc } from '../../document.js'
import type { MentionDraft } from './classify.js'
import { countryOfMention, type KbView } from './kb-view.js'

/** Words after which a name is read as a country ("talks with Jordan", "troops in Guinea", "sanctions on Niger"). */
const COUNTRY_PREPOSITIONS = new Set([
  'in',
  'to',
  'from',
  'with',
  'against',
  'into',
  'toward',
  'towards',
  'between',
  'on',
])
const COORDINATION = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/
const WORD_BEFORE = /([A-Za-z]+)\W*$/
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u

/**
 * Links a name the KB marks ambiguous ("Jordan": also a given name and a river) when the document settles it:
 * the same entity is named elsewhere in the document by a demonym, capital or other name; or the name stands in
 * a list with other countries ("The United States and Jordan"); or it follows "in", "with", "to"… and is not the
 * first name of a person ("Jordan Peterson"). A name several countries share links to the one the document names
 * elsewhere. Otherwise it stays unlinked, with its reason and candidates.
 */
export function disambiguate(doc: Doc, kb: KbView, drafts: readonly MentionDraft[]): MentionDraft[] {
  const named = new Set(drafts.filter((d) => d.entity).map((d) => d.entity))
  // the countries the document names, by name or through a place in them ("Goma" → COD)
  let countries: Set<string | undefined> | undefined
  return drafts.map((draft, i) => {
    if (draft.entity === undefined && (draft.candidates?.length ?? 0) > 1) {
      countries ??= new Set(drafts.map((d) => countryOfMention(kb, d)))
      return oneNamed(draft, kb, countries)
    }
    const candidate = draft.entity === undefined && draft.candidates?.length === 1 ? draft.candidates[0] : undefined
    const entity = candidate === undefined ? undefined : kb.entity(candidate)
    if (!entity || entity.kind !== 'country') return draft
    const settled =
      named.has(entity.id) ||
      coordinatedWithCountry(doc, draft, drafts[i - 1], drafts[i + 1]) ||
      afterCountryPreposition(doc, draft)
    if (!settled) return draft
    const { unlinked: _reason, candidates: _candidates, ...rest } = draft
    return { ...rest, entity: entity.id, kind: 'country' as const, confidence: 0.7 }
  })
}

/**
 * A name several countries share ("Congolese": DR Congo or the Republic of the Congo; "Korean") links to the one
 * of them the document names elsewhere (by name, capital or a place in it); with none or several, it stays unlinked.
 */
function oneNamed(draft: MentionDraft, kb: KbView, countries: ReadonlySet<string | undefined>): MentionDraft {
  const candidates = draft.candidates ?? []
  if (!candidates.every((id) => kb.entity(id)?.kind === 'country')) return draft
  const [only, ...more] = candidates.filter((id) => countries.has(id))
  if (only === undefined || more.length > 0) return draft
  const { unlinked: _reason, candidates: _candidates, ...rest } = draft
  return { ...rest, entity: only, kind: 'country' as const, confidence: 0.7 }
}

function coordinatedWithCountry(doc: Doc, draft: MentionDraft, before?: MentionDraft, after?: MentionDraft): boolean {
  const joined = (left: MentionDraft, right: MentionDraft) => COORDINATION.test(doc.text.slice(left.end, right.start))
  return (before?.kind === 'country' && joined(before, draft)) || (after?.kind === 'country' && joined(draft, after))
}

function afterCountryPreposition(doc: Doc, draft: MentionDraft): boolean {
  const word = WORD_BEFORE.exec(doc.text.slice(Math.max(0, draft.start - 16), draft.start))?.[1]?.toLowerCase()
  return (
    word !== undefined && COUNTRY_PREPOSITIONS.has(word) && !NAME_AFTER.test(doc.text.slice(draft.end, draft.end + 4))
  )
}
