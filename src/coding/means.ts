import { withFields } from '../objects.js'
import type { DocView } from '../nlp/syntax/index.js'
import { matchesWord, NOUN_PHRASE_POS } from '../nlp/syntax/index.js'
import type { Scan } from './sentence.js'

// MEANS_PREPOSITIONS (view.words): Prepositions before a gerund that says how the act of the verb before it was done:
// "retaliated against Britain by expelling its diplomats".
// MEANS_DEFERRING_VERBS (view.words): Verbs that say only that the subject answered or punished, so that the means
// names the act: "retaliated against Britain by expelling its diplomats" is an expulsion (161), not force (190).

/** "by expelling its diplomats": a gerund after a means preposition, with an object after it, is a verb. */
export function meansGerund(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  const before = view.tokens[i - 1]
  const next = view.tokens[i + 1]
  if (!token?.norm.endsWith('ing') || !before || !next || !view.words.MEANS_PREPOSITIONS.has(before.norm)) return false
  if (view.actorStart.has(i + 1) || NOUN_PHRASE_POS.has(next.pos)) return true
  return next.pos === 'PRON' && view.words.POSSESSIVE_PRONOUNS.has(next.norm)
}

/** How far back the verb a means clause serves may stand. */
const MEANS_REACH = 12

/** The verb a means gerund at `start` serves ("retaliated against Britain by expelling"), if any. */
export function meansVerb(view: DocView, start: number, first: number): number | undefined {
  if (!meansGerund(view, start)) return undefined
  for (let k = start - 2; k >= Math.max(first, start - MEANS_REACH); k--) {
    const token = view.tokens[k]
    if (!token || token.norm === ';' || token.pos === 'SCONJ') return undefined
    if (token.pos === 'VERB' && !view.actorCover.has(k)) return k
  }
  return undefined
}

/**
 * After the events of a means gerund are coded (drafts from `added` on): when the verb it serves only says that its
 * subject answered (MEANS_DEFERRING_VERBS), that verb's own events give way, and lend their target to a means event
 * that has none ("Iran retaliated against Israel by firing missiles").
 */
export function deferToMeans(scan: Scan, start: number, added: number): void {
  const { view, first, drafts } = scan
  const verb = meansVerb(view, start, first)
  if (verb === undefined || drafts.length <= added) return
  if (!matchesWord(view.forms[verb], view.words.MEANS_DEFERRING_VERBS)) return
  const answered = drafts.slice(0, added).filter((d) => d.head === verb)
  if (!answered.length) return
  const target = answered.find((d) => d.target)?.target
  const means = drafts.splice(added).map((d) => (d.target || !target ? d : withFields(d, { target })))
  const kept = drafts.filter((d) => d.head !== verb)
  drafts.splice(0, drafts.length, ...kept, ...means)
}
