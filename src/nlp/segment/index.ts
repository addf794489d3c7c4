export { createSegment, segment, segmentSpan, type Segments } from './segment.js'
export { nlp, its, bareNlp } from './wink.js'
export { formsOf, irregularPast, looksLikeVerb } from './forms.js'
export {
  docIndex,
  DocIndex,
  indexDoc,
  normalizeToken,
  type FormIds,
  type Indexed,
  type TokenRange,
} from './doc-index.js'
export { foldForWink } from './fold.js'
export { internWord, internedWords, NO_WORD, wordId, WordIdSet, wordIdSetOf } from './intern.js'
