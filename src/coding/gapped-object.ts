import { withFields } from '../objects.js'
import { antecedentOf, clauseStart, objectRelative, type Chain } from '../nlp/syntax/index.js'
import type { Match } from './match.js'
import { slotTakes } from './pattern.js'
import type { Scan } from './sentence.js'

/**
 * A verb in an object relative clause has no object after it: what the clause describes is its object ("the
 * rebels whom Russia arms", "the militia that Iran funds attacked Israel"). A match whose target is the verb's
 * direct object takes that actor instead of one read after the verb (the main clause's); when the clause describes
 * no actor, or the pattern needs words after its target, the match is dropped and the words after the verb are read
 * again. Other matches (a target after a preposition: "the arms that Iran sends to Russia") are kept.
 */
export function gappedObject(scan: Scan, match: Match | undefined, chain: Chain): Match | undefined {
  if (!match || chain.passive || match.item.entry.noun) return match
  const { view, first } = scan
  const pronoun = objectRelative(view, chain.start, first)
  if (pronoun === undefined) return match
  const [, ...after] = match.item.elements.filter((e) => e.kind !== 'exclude')
  const [slot, ...rest] = after
  if (slot?.kind !== 'slot' || slot.role !== 'target') return match
  const described = antecedentOf(view, pronoun, clauseStart(view, pronoun, first))
  const kinds = slot.kinds
  // "the towns that Russia evacuated": a typed slot takes only a described actor of its kinds
  const fits = kinds ? described.filter((x) => slotTakes(kinds, x.mention)) : described
  if (!fits.length || rest.some((e) => e.kind === 'slot' || !e.optional)) return undefined
  return withFields(match, { target: fits, last: match.head, lastWord: match.head })
}
