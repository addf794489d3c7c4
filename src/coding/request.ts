import { requestCode } from './demand.js'
import { matchAt, type Match } from './match.js'
import { governedVerb, hasEntries, type Scan } from './sentence.js'
import { governedAction } from './governed-action.js'
import { readChain } from '../nlp/syntax/index.js'

/** After "urged Japan to" or "demanded that Russia", the requested action is not itself an event. */
export function requestedAction(scan: Scan, match: Match): number {
  if (!scan.tables.has(match.item.entry.code, 'request')) return match.last
  const { view } = scan
  let j = match.last + 1
  // "demanded that its EU partners refuse …": the rest of the object, then its verb
  let that = false
  for (let k = match.head + 1; k <= match.last && !that; k++)
    that = view.words.COMPLEMENTIZERS.has(view.tokens[k]?.norm ?? '')
  // (a subjunctive the tagger calls a noun, "that Iran release", is a verb when the dictionary knows it)
  while (
    view.tokens[j]?.pos === 'ADV' ||
    (that && view.tokens[j]?.pos === 'NOUN' && !(j === match.last + 1 && hasEntries(scan, j)))
  )
    j++
  const next = view.tokens[j]
  if (that && (next?.pos === 'VERB' || next?.pos === 'AUX' || (j === match.last + 1 && hasEntries(scan, j)))) j--
  else if (!view.words.INFINITIVE_MARKERS.has(next?.norm ?? '') && !view.words.COMPLEMENTIZERS.has(next?.norm ?? ''))
    return match.last
  for (let k = j + 1; k < Math.min(scan.end, j + 10); k++) {
    // "urged Germany to send tanks": the action asked for may leave its target to the request
    const inner = governedAction(scan, k, view.words.RECIPIENT_PREPOSITIONS)
    if (!inner) continue
    // "demanded that they refuse to recognize": a refused action asks for no cooperation
    if (!readChain(view, k, j + 1, scan.first).negated) specifyRequest(scan, match, inner.item.entry.code)
    return inner.last
  }
  return match.last
}

/** The request's drafts take the code of the action asked for, where CAMEO has one. */
function specifyRequest(scan: Scan, match: Match, action: string): void {
  scan.drafts.forEach((draft, d) => {
    if (draft.head !== match.head) return
    const code = requestCode(scan.tables, draft.code, action)
    if (code !== draft.code) scan.drafts[d] = { ...draft, code }
  })
}

/** Whether a request construction is headed by one of the token's forms. */
export function headsRequest(scan: Scan, i: number): boolean {
  const heads = scan.tables.requests().byHead
  for (const form of scan.view.forms[i] ?? []) if (heads.has(form)) return true
  return false
}

/**
 * "The EU wants Serbia to hold talks", "pleaded with Ethiopia to withdraw": a verb of asking with an actor object
 * and an infinitive whose action codes. The match ends at the object; requestedAction() then makes the request
 * specific and passes over the asked-for action. A verb with no coded action after "to" gives nothing.
 */
export function requestAt(scan: Scan, i: number): Match | undefined {
  const { view } = scan
  for (const form of view.forms[i] ?? []) {
    for (const item of scan.tables.requests().byHead.get(form) ?? []) {
      if (view.tokens[i]?.pos !== 'VERB') continue
      const match = matchAt(view, i, scan.end, item, false)
      if (!match?.target) continue
      const to = match.last + 1
      if (!view.words.INFINITIVE_MARKERS.has(view.tokens[to]?.norm ?? '') || view.tokens[to + 1]?.pos !== 'VERB')
        continue
      if (askedAction(scan, to + 1)) return match
    }
  }
  return undefined
}

/**
 * The action asked for, starting at the verb after "to": the verb's own, or the one it governs ("told the United
 * States to stop arming Taiwan": a demand to stop an act is a demand, and the act is not done).
 */
function askedAction(scan: Scan, k: number): Match | undefined {
  const takes = scan.view.words.RECIPIENT_PREPOSITIONS
  const own = governedAction(scan, k, takes)
  if (own) return own
  const governed = governedVerb(scan, k)
  return governed === undefined ? undefined : governedAction(scan, governed, takes)
}
