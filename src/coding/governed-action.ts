import { withFields } from '../objects.js'
import type { Chain } from '../nlp/syntax/index.js'
import { warningOf } from './warning.js'
import type { CompiledEntry } from './dictionary.js'
import { matchAt, type Match } from './match.js'
import { acceptsPos } from './pos-fit.js'
import { entriesAt, matchHead, type Scan } from './sentence.js'

// RECIPIENT_PREPOSITIONS (view.words): Prepositions a recipient of an action takes ("send tanks to", "buy arms for"):
// an action asked for may leave that recipient to the request.

/**
 * An entry's pattern without its closing "preposition $TARGET", when that preposition is one the missing target
 * would take (`takes`): "send|supply weapon|tank to $TARGET" read as "send|supply weapon|tank" for a target that
 * would be sent to, never "send tanks into $TARGET" (an invasion). Undefined when the pattern does not close so, or
 * when only its head would be left (a bare verb says too little of what is asked for or promised).
 */
function withoutTarget(item: CompiledEntry, takes: ReadonlySet<string>, bare: boolean): CompiledEntry | undefined {
  const slot = item.elements.at(-1)
  if (
    item.entry.noun ||
    item.entry.default ||
    slot?.kind !== 'slot' ||
    slot.role !== 'target' ||
    slot.optional ||
    slot.kinds
  )
    return undefined
  const preposition = item.elements.at(-2)
  if (preposition?.kind !== 'word' || ![...preposition.words].some((w) => takes.has(w))) {
    // "retaliate against? $TARGET": a verb whose target may follow it at once
    if (!bare || preposition?.kind === 'word' || item.elements.length !== 2) return undefined
    return { ...item, elements: item.elements.slice(0, -1) }
  }
  const elements = item.elements.slice(0, -2)
  return bare || elements.some((e, n) => n > 0 && e.kind !== 'exclude') ? { ...item, elements } : undefined
}

/**
 * A governed action whose target the governing construction names, not the action itself: "Ukraine wants Germany to
 * send tanks" (Ukraine is the one asked to receive them, Germany the one asked), "Ankara agreed with Moscow to extend
 * the grain deal" (the partner). The action's entry matches at the verb `k` as written, or with its closing
 * "preposition $TARGET" left out when the missing target would take that preposition (`takes`); with `bare`, the
 * head alone may be left ("warned Israel it would retaliate": what is threatened is aimed at the one warned).
 */
export function governedAction(scan: Scan, k: number, takes: ReadonlySet<string>, bare = false): Match | undefined {
  const own = matchHead(scan, k, false)
  if (own) return own
  const { view } = scan
  if (view.tokens[k]?.pos !== 'VERB' || view.actorCover.has(k)) return undefined
  for (const item of entriesAt(scan, k) ?? []) {
    const cut = withoutTarget(item, takes, bare)
    if (!cut || !acceptsPos(item, view, k)) continue
    const match = matchAt(view, k, scan.end, cut, false)
    if (match) return { ...match, item }
  }
  return undefined
}

/**
 * "Ankara agreed with Moscow to extend the grain deal", "Japan pledged with Australia to build …": a promise made
 * with a partner ("agree with $TARGET", 019) and followed by the action promised is an intent to do that action with
 * the partner (03x by the action's code), as "agreed to extend the deal with Moscow" is. The action's own target, if
 * it names one, stays.
 */
export function partneredAction(scan: Scan, match: Match): Match | undefined {
  const { view } = scan
  const partner = match.target
  if (!partner?.length || !(view.forms[match.head] ?? []).some((f) => view.words.PROMISING_VERBS.has(f)))
    return undefined
  if (!view.words.COMITATIVE_PREPOSITIONS.has(view.tokens[partner[0]!.first - 1]?.norm ?? '')) return undefined
  const to = match.last + 1
  if (!view.words.INFINITIVE_MARKERS.has(view.tokens[to]?.norm ?? '')) return undefined
  const action = governedAction(scan, to + 1, view.words.COMITATIVE_PREPOSITIONS)
  if (!action || action.item.entry.noun) return undefined
  return action.target ? action : withFields(action, { target: partner })
}

/** The promise's verb group made an intent, as "agreed to" makes one ("will agree with …" already is one). */
export function promised(chain: Chain): Chain {
  return chain.modality === 'asserted' ? { ...chain, modality: 'intent' } : chain
}

/**
 * "Iran warned Israel it would retaliate", "China warned Taiwan it would use force": an action the warner threatens
 * with no target of its own is aimed at the one warned, as "warned Israel it would strike its bases" is. Only when
 * the clause's subject is the warner and the warning names whom it warns.
 */
export function warnedAction(scan: Scan, i: number, chain: Chain): Match | undefined {
  if (chain.negated || chain.passive) return undefined
  const { view } = scan
  const warning = warningOf(view, chain, i, scan.first)
  if (!warning?.own || !warning.warned.length || !warning.warners.length) return undefined
  const action = governedAction(scan, i, view.words.OBJECT_PREPOSITIONS, true)
  return action && !action.item.entry.noun ? withFields(action, { target: action.target ?? warning.warned }) : undefined
}
