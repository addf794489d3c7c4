export { buildApp, openApiDocument } from './app.js'
export type { ApiOptions } from './context.js'
export { PROBLEM_TYPE } from './problem.js'
