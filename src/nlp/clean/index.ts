/** clean: marks zones (headline, byline, body, debris) over the fixed text; never deletes anything. */
export { contentZones } from './content-zones.js'
export { clean, markZones } from './clean.js'
export { bylineReason, debrisReason, isHeadlineLike } from './line-rules.js'
export { linesOf, normalizeLine, type Line } from './lines.js'
