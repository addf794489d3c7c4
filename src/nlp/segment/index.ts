export { segment, segmentSpan, type Segments } from './segment.js'
export { nlp, its, bareNlp } from './wink.js'
export { tokenValues } from './words.js'
export { indexDoc, type DocIndex, type TokenRange } from './doc-index.js'
