export { segment, segmentSpan, type Segments } from './segment.js'
export { nlp, its, bareNlp } from './wink.js'
export { formsOf, irregularPast, looksLikeVerb } from './forms.js'
export { docIndex, DocIndex, indexDoc, normalizeToken, type Indexed, type TokenRange } from './doc-index.js'
