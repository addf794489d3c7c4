export {
  viewOf,
  actorOf,
  ethnicGroup,
  placeActor,
  type DocView,
  type ActorSpan,
  type PlaceSpan,
  type LocatedSpan,
} from './view.js'
export { describedCountry, homeCountry, type CodingKb } from './kb-actor.js'
export { formsOf, irregularPast, looksLikeVerb } from '../segment/index.js'
export { hyphenModifier } from './modifier.js'
export {
  matchesWord,
  lemmaOf,
  isPossessiveMarker,
  isGapToken,
  POSSESSIVE_PRONOUNS,
  LIST_JOINERS,
  LIST_CLOSERS,
  CLAUSE_OPENERS,
  AGENT_NOUNS,
  OBJECT_PREPOSITIONS,
} from './words.js'
export { readChain, NEGATING_VERBS, INTENT_WORDS, THREAT_WORDS, SAY_VERBS, type Chain } from './chain.js'
export { listForward, listBackward } from './lists.js'
export { findSubject, continuesVerbPhrase, agentOf, clauseStart } from './subject.js'
export { relativeOpener, closedRelative, antecedentOf, interrupterStart } from './relative-clause.js'
export { participleClause, nounComplement, gerundObject } from './clause.js'
export {
  findTarget,
  findAgent,
  findPossessor,
  findCoActors,
  conditionActor,
  patientNamed,
  placeOfAct,
} from './target.js'
export { coordinatedVerb, sharedObject } from './coordinated.js'
export { closingSayer } from './attribution.js'
export { LEXICON_DIR, lexiconOf, loadLexicon, defaultLexicon, lexiconClass, type Lexicon } from './lexicon.js'
