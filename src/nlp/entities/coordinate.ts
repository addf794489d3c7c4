import type { MentionDraft } from './classify.js'

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
    out[k] = { ...draft, type: 'LOCATION', kind: 'place', confidence: 0.45 }
  }
  for (let k = 1; k < drafts.length; k++) settle(k, at(k - 1))
  for (let k = drafts.length - 2; k >= 0; k--) settle(k, at(k + 1))
  return out ?? drafts
}
