export { segment, segmentSpan, bodyZones } from './segment.js'
export { nlp, its } from './wink.js'
