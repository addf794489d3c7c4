import type { TimeExpression } from '../document.js'
import type { EventDraft } from './draft.js'
import { complementOffset, shiftBy } from './relative.js'
import { type DocView } from '../nlp/syntax/index.js'

/** First day of a dated value ("2022-02" → "2022-02-01"); undefined for weeks and other forms. */
export function firstDay(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10)
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`
  if (/^\d{4}$/.test(value)) return `${value}-01-01`
  return undefined
}

/** The first token of [first, end) that ends after `offset`, else the last one. */
function tokenIndex(view: DocView, offset: number, first: number, end: number): number {
  const at = Math.max(first, view.index.tokenAt(offset))
  return at < end ? at : end - 1
}

/**
 * The dated, resolved times inside [start, end], in document order. The time stage sorts them by start, so a binary
 * search finds the first instead of a filter over the whole document for every sentence.
 */
function timesWithin(view: DocView, start: number, end: number): TimeExpression[] {
  const all = view.doc.times
  const sorted = view.timesInOrder
  const within = (t: TimeExpression) =>
    t.start >= start && t.end <= end && t.resolved && !!t.value && view.words.DATED_UNITS.has(t.precision)
  if (!sorted) return all.filter(within)
  let lo = 0
  let hi = all.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (all[mid]!.start < start) lo = mid + 1
    else hi = mid
  }
  const found: TimeExpression[] = []
  for (let i = lo; i < all.length && all[i]!.start <= end; i++) if (within(all[i]!)) found.push(all[i]!)
  return found
}

/**
 * Gives each dated time expression of a sentence to the nearest event trigger. Verbal events with no time of their
 * own share one owned by another verbal event; "since X" gives only a lower bound; an event caused by a dated
 * nominal event ("sanctions … over its invasion, launched in February 2022") is dated after it.
 */
export function dateSentence(view: DocView, drafts: EventDraft[], first: number, end: number): void {
  if (!drafts.length) return
  const sentence = view.doc.sentences[drafts[0]?.sentence ?? 0]
  if (!sentence) return
  const times = timesWithin(view, sentence.start, sentence.end)
  let shared: { value: string; precision: TimeExpression['precision']; at: number } | undefined
  for (const time of times) {
    const at = tokenIndex(view, time.start, first, end)
    const owner = nearest(drafts, at)
    if (!owner || !time.value) continue
    const before = view.tokens[at - 1]?.norm ?? ''
    if (view.words.LOWER_BOUND_PREPOSITIONS.has(before)) {
      const after = firstDay(time.value)
      if (after) owner.dateAfter ??= after
      continue
    }
    // "the talks on Saturday, which opened two days after Sweden became a member": the owner is two days earlier
    const offset = at < owner.head ? complementOffset(view, at + 1, owner.head) : undefined
    const shifted = offset === undefined ? undefined : shiftBy(time.value, time.precision, offset)
    if (shifted) {
      if (!owner.date) {
        owner.date = shifted
        owner.shifted = true
      }
      continue
    }
    owner.date ??= { value: time.value, precision: time.precision }
    if (!owner.noun) shared ??= { value: owner.date.value, precision: owner.date.precision, at }
  }
  for (const draft of drafts) {
    if (draft.date || draft.dateAfter || draft.noun || !shared) continue
    const offset = shared.at < draft.head ? complementOffset(view, shared.at + 1, draft.head) : undefined
    const shifted = offset === undefined ? undefined : shiftBy(shared.value, shared.precision, offset)
    draft.date = shifted ?? { value: shared.value, precision: shared.precision }
    if (offset !== undefined) draft.shifted = true
  }
  for (const draft of drafts) {
    if (draft.noun || draft.dateAfter || draft.date) continue
    const cause = drafts.find((d) => d.noun && d.date && d.head > draft.last && causeLinked(view, draft.last, d.head))
    const after = cause?.date && firstDay(cause.date.value)
    if (after) draft.dateAfter = after
  }
}

function nearest(drafts: EventDraft[], at: number): EventDraft | undefined {
  let best: EventDraft | undefined
  let distance = Infinity
  for (const draft of drafts) {
    const d = at < draft.head ? draft.head - at : Math.max(0, at - draft.last)
    if (d < distance) {
      best = draft
      distance = d
    }
  }
  return best
}

/** A cause word between the end of one event and the head of a nominal event: "over its invasion". */
function causeLinked(view: DocView, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (view.words.CAUSE_WORDS.has(view.tokens[i]?.norm ?? '')) return to - i <= 4
  return false
}
