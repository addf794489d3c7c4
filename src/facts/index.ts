export { createRelate, relateFacts, type RelateResources } from './relate.js'
