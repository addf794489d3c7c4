export { relate, relateFacts } from './relate.js'
