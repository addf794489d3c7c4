import type { VerbDictionary } from './dictionary.js'
import { isFreeToken, type Match } from './match.js'
import { matchHead, type Scan } from './sentence.js'
import { isGapToken } from './words.js'

/**
 * Verbs that carry on, begin or widen an action named by a noun: "continued military aid to", "launched an
 * offensive against", "stepped up attacks on". The noun's event is coded with the verb's subject and modality.
 */
const LIGHT_VERBS = new Set([
  'continue',
  'resume',
  'maintain',
  'extend',
  'intensify',
  'escalate',
  'step',
  'renew',
  'expand',
  'increase',
  'launch',
  'mount',
  'stage',
  'begin',
  'start',
  'conduct',
])
const MAX_LIGHT_OBJECT = 6

const nounHeadCache = new WeakMap<VerbDictionary, ReadonlySet<string>>()

/** Whether a noun entry is headed by one of the token's forms (the heads are collected once per dictionary). */
function headsNoun(scan: Scan, i: number): boolean {
  let heads = nounHeadCache.get(scan.dictionary)
  if (!heads) {
    const found = new Set<string>()
    for (const [word, items] of scan.dictionary.byHead) if (items.some((x) => x.entry.noun)) found.add(word)
    nounHeadCache.set(scan.dictionary, found)
    heads = found
  }
  for (const form of scan.view.forms[i] ?? []) if (heads.has(form)) return true
  return false
}

export function isLightVerb(scan: Scan, i: number): boolean {
  const token = scan.view.tokens[i]
  if (!token || token.pos !== 'VERB') return false
  return (scan.view.forms[i] ?? []).some((form) => LIGHT_VERBS.has(form))
}

/** The nominal event a light verb takes as its object ("continued its military aid to Mozambique"). */
export function lightObject(scan: Scan, i: number): Match | undefined {
  const { view } = scan
  for (let k = i + 1; k < Math.min(scan.end, i + 1 + MAX_LIGHT_OBJECT); k++) {
    const token = view.tokens[k]
    if (!token || view.actorCover.has(k)) return undefined
    if ((token.pos === 'NOUN' || token.pos === 'ADJ') && headsNoun(scan, k)) {
      const match = matchHead(scan, k, false)
      if (match?.item.entry.noun && !match.open) return match
    }
    if (!isGapToken(view.tokens, k) && !isFreeToken(view, k) && !(token.norm === 'up' && k === i + 1)) return undefined
  }
  return undefined
}
