export { viewOf, ethnicGroup, placeActor, type DocView, type ActorSpan, type LocatedSpan } from './view.js'
export { describedCountry, homeCountry, type CodingKb } from './kb-actor.js'
export { formsOf, irregularPast, looksLikeVerb } from '../segment/index.js'
export {
  matchesWord,
  hasFormIn,
  lemmaOf,
  isPossessiveMarker,
  isGapToken,
  phraseAt,
  hasPhrase,
  NOUN_PHRASE_POS,
} from './words.js'
export { governedGerund, readChain, type Chain } from './chain.js'
export { coActorAt, listForward } from './lists.js'
export { titledHolder } from './titled-holder.js'
export { findSubject, continuesVerbPhrase, clauseStart, deployerOf } from './subject.js'
export { antecedentOf, interrupterStart, objectRelative } from './relative-clause.js'
export { relationalPossessor } from './relational.js'
export { participleClause, nounComplement, gerundObject } from './clause.js'
export {
  afterLocative,
  findTarget,
  findAgent,
  findPossessor,
  findCoActors,
  conditionActor,
  conditionBefore,
  patientNamed,
  placeOfAct,
  placePatient,
} from './target.js'
export { coordinatedVerb, sharedObject } from './coordinated.js'
export { closingSayer, lastComma } from './attribution.js'
export {
  GRAMMAR_CLASSES,
  LEXICON_DIR,
  lexiconOf,
  loadLexicon,
  defaultLexicon,
  lexiconClass,
  wordsOf,
  wordIdsOf,
  type Lexicon,
  type Words,
  type WordIds,
  type GrammarClass,
} from './lexicon.js'
