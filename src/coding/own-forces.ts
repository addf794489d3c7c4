import type { ActorSpan } from '../nlp/syntax/index.js'
import type { Match } from './match.js'
import { matchHead, type Scan } from './sentence.js'

/** How far after a command its ordered action may start ("ordered the immediate withdrawal of all US troops"). */
const ORDER_REACH = 8

/**
 * The acts a command puts to the commander's own forces: military de-escalation (087: a withdrawal, a pullout, a halt).
 * A release ordered ("ordered the release of Swedish journalists") may be a demand on another side or the
 * commander's own act; the dictionary codes it as the demand (1053).
 */
const OWN_FORCES_ACT = '087'

/**
 * "Trump ordered the withdrawal of US troops from Syria", "Putin ordered Russian troops to pull out of Kherson": a
 * command (COMMANDING_VERBS: order, instruct, command, tell) whose demand (10) is put to the commander's own forces is
 * their act, done by the commander's side — the withdrawal itself (087), not a demand on another. The ordered action
 * is the first de-escalating (087) entry matching after the command; it is the side's own when every actor named between
 * the command and that action's target is one of the subjects ("US troops", "its forces") or none is named ("the
 * withdrawal of troops from Syria"). "Mali ordered the withdrawal of French troops" names another side's forces and
 * stays a demand.
 */
export function ownForcesOrdered(scan: Scan, match: Match, subject: readonly ActorSpan[]): Match | undefined {
  const { view } = scan
  if (!subject.length || !match.item.entry.code.startsWith('10')) return undefined
  if (!(view.forms[match.head] ?? []).some((form) => view.words.COMMANDING_VERBS.has(form))) return undefined
  const own = new Set(subject.map((s) => s.ref.entity))
  for (let k = match.head + 1; k < Math.min(scan.end, match.head + ORDER_REACH); k++) {
    if (view.actorCover.has(k)) continue
    const action = matchHead(scan, k, false)
    if (!action) continue
    if (!action.item.entry.code.startsWith(OWN_FORCES_ACT)) continue
    const stop = action.target?.[0]?.first ?? action.last + 1
    for (let j = match.head + 1; j < stop; j++) {
      const span = view.actorStart.get(j)
      if (span && !own.has(span.ref.entity)) return undefined
    }
    return action
  }
  return undefined
}
