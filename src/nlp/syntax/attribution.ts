import { listBackward, listForward } from './lists.js'
import type { ActorSpan, DocView } from './view.js'

/** How many tokens a closing attribution may take: ", Turkey's foreign minister said on Monday." */
const ATTRIBUTION_REACH = 10

/**
 * The actor of a closing attribution after `from` in the sentence: "Syria must withdraw its troops, Turkey said",
 * ", said Turkey". The saying verb (of `verbs`: WARNING_VERBS for ", Medvedev warned") stands after the last comma,
 * with the actor right before or after it.
 */
export function closingSayer(view: DocView, from: number, end: number, verbs = view.words.SAY_VERBS): ActorSpan[] {
  const comma = lastComma(view, from, end, ATTRIBUTION_REACH)
  if (comma < 0) return []
  for (let i = comma + 1; i < end; i++) {
    const token = view.tokens[i]
    if (!token || token.pos === 'NOUN' || !(view.forms[i] ?? []).some((form) => verbs.has(form))) continue
    // ", Turkey said" or ", Turkey's foreign minister told reporters"
    for (let j = i - 1; j > comma; j--) {
      const span = view.actorEnd.get(j)
      if (span) return listBackward(view, span, comma + 1)
    }
    // ", said Turkey"
    const after = view.actorStart.get(i + 1)
    return after ? listForward(view, after, end) : []
  }
  return []
}

/**
 * The last comma of the sentence's closing `reach` tokens, at or after `from` (-1 if none): where a closing
 * attribution or warning (", Turkey said", ", Medvedev warned") opens.
 */
export function lastComma(view: DocView, from: number, end: number, reach: number): number {
  for (let i = end - 1; i >= Math.max(from, end - reach); i--) if (view.tokens[i]?.norm === ',') return i
  return -1
}
