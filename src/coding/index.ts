export { createCode, codeEvents, type CodeResources } from './code.js'
export { cameoInfo, ploverOf, ploverType, cameoCodes, loadCodeTables, type CodeTables } from './tables.js'
export type { CodingKb } from './kb-actor.js'
export {
  loadVerbDictionary,
  compilePattern,
  readDictionaryDir,
  readDictionaryFile,
  DictionaryError,
  type VerbDictionary,
  type VerbEntry,
} from './dictionary.js'
export { loadLexicon, lexiconOf, type Lexicon } from './lexicon.js'
export { intentCode } from './intent.js'
export { viewOf, actorOf, type DocView, type ActorSpan } from './view.js'
export { findSubject } from './subject.js'
export { listForward, listBackward } from './lists.js'
export { complementOffset, shiftBy } from './relative.js'
export { firstDay } from './dates.js'
