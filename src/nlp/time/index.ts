export { resolveTimes } from './resolve-times.js'
export { findTimes } from './find-times.js'
export { shiftDate } from './calendar.js'
export { relativeOffset } from './relative-offset.js'
