import { requestCode } from './demand.js'
import type { Match } from './match.js'
import { hasEntries, matchHead, readChain, type Scan } from './sentence.js'

/** After "urged Japan to" or "demanded that Russia", the requested action is not itself an event. */
export function requestedAction(scan: Scan, match: Match): number {
  const root = match.item.entry.code.slice(0, 2)
  if (root !== '02' && root !== '10' && root !== '14') return match.last
  const { view } = scan
  let j = match.last + 1
  // "demanded that its EU partners refuse …": the rest of the object, then its verb
  let that = false
  for (let k = match.head + 1; k <= match.last && !that; k++) that = view.tokens[k]?.norm === 'that'
  // (a subjunctive the tagger calls a noun, "that Iran release", is a verb when the dictionary knows it)
  while (
    view.tokens[j]?.pos === 'ADV' ||
    (that && view.tokens[j]?.pos === 'NOUN' && !(j === match.last + 1 && hasEntries(scan, j)))
  )
    j++
  const next = view.tokens[j]
  if (that && (next?.pos === 'VERB' || next?.pos === 'AUX' || (j === match.last + 1 && hasEntries(scan, j)))) j--
  else if (next?.norm !== 'to' && next?.norm !== 'that') return match.last
  for (let k = j + 1; k < Math.min(scan.end, j + 10); k++) {
    const inner = matchHead(scan, k, false)
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
    const code = requestCode(draft.code, action)
    if (code !== draft.code) scan.drafts[d] = { ...draft, code }
  })
}
