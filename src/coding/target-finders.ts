import { type ActorSpan, type Chain, type DocView, continuesVerbPhrase, findTarget } from '../nlp/syntax/index.js'
import type { Match } from './match.js'
import { nominalSubject } from './nominal-subject.js'
import type { Scan } from './sentence.js'

const OTHERS_REACH = 3

/**
 * The targets of the sentence's last verbal event when the object at `from` is only "(two) others"
 * (ELLIPTIC_OBJECTS): "shot one officer and injured three others" injures officers of the same side.
 */
export function othersOf(scan: Scan, match: Match, chain: Chain): ActorSpan[] {
  const { view } = scan
  const from = match.lastWord + 1
  let i = from
  while (i < from + OTHERS_REACH && (view.tokens[i]?.pos === 'NUM' || view.tokens[i]?.pos === 'ADJ')) i++
  if (!view.words.ELLIPTIC_OBJECTS.has(view.tokens[i]?.norm ?? '')) return []
  // only the verb coordinated before: "shelling two villages and wounding dozens of others", not "charged … with shelling"
  const last = scan.drafts.filter((d) => !d.noun).at(-1)
  const gerund = (k: number) => !!view.tokens[k]?.norm.endsWith('ing')
  if (!last || view.tokens[chain.start - 1]?.norm !== 'and' || gerund(last.head) !== gerund(match.head)) return []
  const targets = scan.drafts.filter((d) => d.head === last.head && d.target).map((d) => d.target as ActorSpan)
  return [...new Set(targets)]
}

/**
 * The other side of the cooperative act right before, when this cooperative act continues its verb phrase with the
 * same doers and names no side of its own: "Blinken met Wang Yi and signed a climate agreement" signs with China,
 * "Macron visited Beijing and signed trade deals" with China. An act that takes no other side (08, yielding) is left.
 */
export function coordinatedPartner(scan: Scan, chain: Chain, code: string, doers: ReadonlySet<string>): ActorSpan[] {
  const { view, tables, first } = scan
  if (!tables.has(code, 'cooperative') || tables.has(code, 'unilateral')) return []
  if (!continuesVerbPhrase(view, chain.start, first)) return []
  const prior = scan.drafts.filter((d) => !d.noun && d.head < chain.start).at(-1)
  if (!prior || !tables.has(prior.code, 'cooperative') || !prior.source || !doers.has(prior.source.ref.entity))
    return []
  const partners = scan.drafts.filter((d) => d.head === prior.head && d.target).map((d) => d.target as ActorSpan)
  return [...new Set(partners.filter((t) => !doers.has(t.ref.entity)))]
}

/** Whether a verb's pattern read an object of its own after the verb: a noun among its words ("veto resolution"). */
export function ownObject(view: DocView, match: Match): boolean {
  for (let i = match.head + 1; i <= match.last; i++) {
    const pos = view.tokens[i]?.pos
    if (pos === 'NOUN' || pos === 'PROPN') return true
  }
  return false
}

/**
 * "shut down the Chinese consulate in Houston": when every target of the pattern is the subject's own, the act falls
 * on another actor its object names before them, the owner of what was acted on.
 */
export function ownerInObject(view: DocView, match: Match, exclude: ReadonlySet<string>): ActorSpan[] | undefined {
  const first = match.target?.[0]
  if (!first || !match.target!.every((t) => exclude.has(t.ref.entity))) return undefined
  const owner = findTarget(view, match.head + 1, first.first, exclude)
  // a pronoun ("discuss it with him") refers to something else than an owner
  return owner.some((t) => !exclude.has(t.ref.entity) && t.mention.form !== 'pronoun') ? owner : undefined
}

/** The object of an infinitive right at `to` ("to punish Lithuania"), as a target. */
export function infinitiveObject(view: DocView, to: number, end: number, exclude: ReadonlySet<string>): ActorSpan[] {
  if (!view.words.INFINITIVE_MARKERS.has(view.tokens[to]?.norm ?? '') || view.tokens[to + 1]?.pos !== 'VERB') return []
  return findTarget(view, to + 1, end, exclude)
}

/** The targets of the nominal event that is the subject of force done ("The shelling of Kharkiv by … killed"). */
export function causeTargets(scan: Scan, chain: Chain, code: string): ActorSpan[] {
  if (chain.passive || !scan.tables.has(code, 'force')) return []
  const noun = nominalSubject(scan, chain.start)
  if (!noun) return []
  return [...new Set(scan.drafts.filter((d) => d.noun && d.head === noun.head && d.target).map((d) => d.target!))]
}
