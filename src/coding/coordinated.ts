import type { Match } from './match.js'
import { acceptsPos } from './pos-fit.js'
import { entriesAt, type Scan } from './sentence.js'
import { findTarget } from './target.js'
import type { ActorSpan, DocView } from './view.js'

/** Words that may stand between two coordinated verbs besides the conjunction: "attacked and then occupied". */
const BETWEEN_VERBS = new Set(['then', 'later', 'subsequently'])

/** "criticized and sanctioned Iran": the verb after "and" or "or" right after the verb at `i`, if there is one. */
export function coordinatedVerb(view: DocView, i: number, end: number): number | undefined {
  let j = i + 1
  const conjunction = view.tokens[j]?.norm
  if (conjunction !== 'and' && conjunction !== 'or') return undefined
  j++
  while (j < end && (view.tokens[j]?.pos === 'ADV' || BETWEEN_VERBS.has(view.tokens[j]?.norm ?? ''))) j++
  const verb = view.tokens[j]
  return j < end && verb?.pos === 'VERB' && !view.actorCover.has(j) ? j : undefined
}

/** The object a verb shares with the verb coordinated after it ("attacked and occupied Ukraine": Ukraine). */
export function sharedObject(view: DocView, i: number, end: number, exclude: ReadonlySet<string>): ActorSpan[] {
  const verb = coordinatedVerb(view, i, end)
  return verb === undefined ? [] : findTarget(view, verb + 1, end, exclude)
}

/**
 * A verb with no object of its own before "and" + verb takes that verb's object: "Canada criticized and sanctioned
 * Iran" reads "criticized Iran" with the head's plain transitive entry ("criticize $TARGET") or its default.
 */
export function sharedObjectMatch(scan: Scan, i: number, passive: boolean): Match | undefined {
  const { view, end } = scan
  if (passive || coordinatedVerb(view, i, end) === undefined) return undefined
  const item = entriesAt(scan, i)?.find(
    (x) =>
      !x.entry.noun &&
      x.elements.length === 2 &&
      x.elements[1]?.kind === 'slot' &&
      x.elements[1].role === 'target' &&
      acceptsPos(x, view, i),
  )
  if (!item) return undefined
  const target = sharedObject(view, i, end, new Set())
  return target.length ? { item, head: i, last: i, lastWord: i, target } : undefined
}
