import { findTarget } from './target.js'
import type { ActorSpan, DocView } from './view.js'

// BETWEEN_VERBS (view.words): Words that may stand between two coordinated verbs besides the conjunction: "attacked and
// then occupied".

/** "criticized and sanctioned Iran": the verb after "and" or "or" right after the verb at `i`, if there is one. */
export function coordinatedVerb(view: DocView, i: number, end: number): number | undefined {
  let j = i + 1
  if (!view.words.COORDINATING_CONJUNCTIONS.has(view.tokens[j]?.norm ?? '')) return undefined
  j++
  while (j < end && (view.tokens[j]?.pos === 'ADV' || view.words.BETWEEN_VERBS.has(view.tokens[j]?.norm ?? ''))) j++
  const verb = view.tokens[j]
  return j < end && verb?.pos === 'VERB' && !view.actorCover.has(j) ? j : undefined
}

/** The object a verb shares with the verb coordinated after it ("attacked and occupied Ukraine": Ukraine). */
export function sharedObject(view: DocView, i: number, end: number, exclude: ReadonlySet<string>): ActorSpan[] {
  const verb = coordinatedVerb(view, i, end)
  return verb === undefined ? [] : findTarget(view, verb + 1, end, exclude)
}
