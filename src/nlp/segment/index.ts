export { segment, segmentSpan, contentZones } from './segment.js'
export { nlp, its, bareNlp } from './wink.js'
