import type { Doc, Fact } from '../document.js'
import type { Stage } from '../pipeline.js'
import { viewOf, type CodingKb, type Lexicon, type Words, wordsOf } from '../nlp/syntax/index.js'
import { borderFacts } from './border.js'
import type { FactDraft } from './draft.js'
import { admittedMembers } from './admission.js'
import { appositiveMembers } from './apposition.js'
import { composedMembers, joinedFacts, listedMembers } from './membership.js'
import { officeFacts } from './office.js'
import { madePartnerships, partnershipFacts } from './partnership.js'
import { presidesFacts } from './presides.js'
import { sanctionFacts } from './sanctions.js'

/** What relate reads besides the document. */
export interface RelateResources {
  /** Links the actors of the document's mentions, as the coder does. */
  readonly kb: CodingKb
  /** Word classes the sentence layer reads (saying verbs, list joiners, clause openers…). */
  readonly lexicon: Lexicon
}

/** Facts with validity intervals learned from one document's text, mentions and events. */
export function relateFacts(doc: Doc, resources: RelateResources, words: Words = wordsOf(resources.lexicon)): Fact[] {
  const view = viewOf(doc, resources.kb, words)
  const drafts: FactDraft[] = [
    ...joinedFacts(doc),
    ...listedMembers(view),
    ...composedMembers(view),
    ...appositiveMembers(view),
    ...admittedMembers(view),
    ...presidesFacts(doc, view),
    ...officeFacts(doc),
    ...partnershipFacts(doc, view),
    ...madePartnerships(doc, view),
    ...sanctionFacts(doc),
    ...borderFacts(doc, view),
  ]
  const seen = new Set<string>()
  const facts: Fact[] = []
  for (const draft of drafts) {
    const key = `${draft.relation}|${draft.subject}|${draft.object}`
    if (seen.has(key)) continue
    seen.add(key)
    facts.push({ id: `fact-${facts.length + 1}`, ...draft })
  }
  return facts
}

/** The facts stage: member_of, presides, holds_office, partnership, sanctions, shares_border. */
export function createRelate(resources: RelateResources): Stage {
  const words = wordsOf(resources.lexicon)
  return {
    name: 'relate',
    needs: ['zones', 'sentences', 'tokens', 'mentions', 'entities', 'times', 'events'],
    adds: ['facts'],
    run(doc) {
      return { facts: relateFacts(doc, resources, words) }
    },
  }
}
