export { segment, segmentSpan, contentZones } from './segment.js'
export { nlp, its } from './wink.js'
