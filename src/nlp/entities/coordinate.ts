import { withFields } from '../../objects.js'
import type { MentionDraft } from './classify.js'
import type { KbView } from './kb-view.js'

/** What stands between the last two names of a list: "Tarvo and Belhan", "Tarvo, and Belhan". */
const LAST_GAP = /^\s*,?\s*(?:and|or)\s+$/
/** A comma between names makes a list only when the list goes on: "Velmora, Tarvo and…" (not "In Brussels, Norvex staff…"). */
const COMMA_GAP = /^\s*,\s*$/
const LIST_GOES_ON = /^\s*(?:,|and\s|or\s)/

/** A place mention that can lead a list: a city or place, known or read from a cue; not a country ("Russia and X"). */
function leadsPlaces(draft: MentionDraft): boolean {
  return draft.type === 'LOCATION' && draft.kind !== 'country' && draft.confidence >= 0.45
}

/** A name typed by no cue at all, the default reading. */
function isBare(draft: MentionDraft): boolean {
  return draft.form === 'name' && !draft.entity && draft.confidence < 0.35
}

/**
 * Names listed with a place are places too: "in Velmora, Tarvo and Belhan", "Brussels, Tarvo and Belhan".
 * Only names with no cue of their own change, so a company in a list of countries stays a company.
 */
export function coordinatePlaces(text: string, drafts: readonly MentionDraft[]): readonly MentionDraft[] {
  if (!drafts.some(isBare)) return drafts
  let out: MentionDraft[] | undefined
  const joined = (left: MentionDraft, right: MentionDraft) => {
    const gap = text.slice(left.end, right.start)
    if (LAST_GAP.test(gap)) return true
    return COMMA_GAP.test(gap) && LIST_GOES_ON.test(text.slice(right.end, right.end + 6))
  }
  // the list is copied only when a name changes, which few documents need
  const at = (k: number) => (out ?? drafts)[k]
  const settle = (k: number, neighbour: MentionDraft | undefined) => {
    const draft = at(k)!
    if (!neighbour || !isBare(draft) || !leadsPlaces(neighbour)) return
    if (!(neighbour.start < draft.start ? joined(neighbour, draft) : joined(draft, neighbour))) return
    out ??= [...drafts]
    out[k] = withFields(draft, { type: 'LOCATION', kind: 'place', confidence: 0.45 })
  }
  for (let k = 1; k < drafts.length; k++) settle(k, at(k - 1))
  for (let k = drafts.length - 2; k >= 0; k--) settle(k, at(k + 1))
  return out ?? drafts
}

/** A capitalized word and "and"/"or" right before a name: "North and " in "North and South Korea". */
const SHARED_HEAD_BEFORE = /(?:^|[^\p{L}-])(\p{Lu}\p{Ll}+)\s*,?\s+(?:and|or)\s+$/u

/**
 * Two countries that share the last words of their names, written once: "North and South Korea" names North Korea
 * too, "North or South Korean" the North Korean. A capitalized word before "and" + a country's name of several words
 * becomes a mention of the country its word and the name's last words name, when the KB knows that name.
 */
export function sharedHeads(text: string, drafts: readonly MentionDraft[], kb: KbView): readonly MentionDraft[] {
  if (!kb.lookup) return drafts
  let added: MentionDraft[] | undefined
  let dropped: Set<MentionDraft> | undefined
  for (const [k, draft] of drafts.entries()) {
    const space = draft.text.indexOf(' ')
    if (draft.kind !== 'country' || !draft.entity || space < 0) continue
    const before = text.slice(Math.max(0, draft.start - 24), draft.start)
    const match = SHARED_HEAD_BEFORE.exec(before)
    if (!match) continue
    const word = match[1]!
    const start = draft.start - before.length + match.index + match[0].indexOf(word)
    const end = start + word.length
    // an unlinked name of the word alone ("North" read as a name) gives way; anything else there stays
    const previous = drafts[k - 1]
    const replaced = previous && previous.end > start ? previous : undefined
    if (replaced && (replaced.entity || replaced.start !== start || replaced.end !== end)) continue
    const ids = new Set(
      kb
        .lookup(`${word}${draft.text.slice(space)}`)
        .filter((hit) => hit.kind === 'country' && hit.form === draft.form && !hit.ambiguous)
        .map((hit) => hit.entity),
    )
    const [entity] = ids
    if (ids.size !== 1 || entity === draft.entity) continue
    ;(added ??= []).push(withFields(draft, { start, end, text: word, entity: entity! }))
    if (replaced) (dropped ??= new Set()).add(replaced)
  }
  if (!added) return drafts
  const kept = dropped ? drafts.filter((draft) => !dropped!.has(draft)) : drafts
  return [...kept, ...added].sort((a, b) => a.start - b.start)
}
