import { interrupterStart } from '../nlp/syntax/index.js'
import type { EventDraft } from './draft.js'
import type { Scan } from './sentence.js'

/**
 * "The invasion of Ukraine by Russia was condemned": the subject is a nominal event, not an actor. A phrase set off
 * by commas may stand between them: "The attack on Israel, carried out by Hamas, was condemned".
 */
export function nominalSubject(scan: Scan, chainStart: number): EventDraft | undefined {
  const noun = scan.drafts.filter((d) => d.noun && d.head < chainStart).at(-1)
  if (!noun) return undefined
  const stop = interrupterStart(scan.view, chainStart, noun.head) ?? chainStart
  for (let i = noun.head + 1; i < stop; i++) {
    const token = scan.view.tokens[i]
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'SCONJ' || token.pos === 'CCONJ')
      return undefined
  }
  return noun
}
