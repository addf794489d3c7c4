export { createCode, codeEvents, type CodeResources } from './code.js'
export { cameoInfo, ploverOf, ploverType, cameoCodes, loadCodeTables, type CodeTables } from './tables.js'
export {
  loadVerbDictionary,
  compilePattern,
  readDictionaryDir,
  readDictionaryFile,
  DictionaryError,
  type VerbDictionary,
  type VerbEntry,
} from './dictionary.js'
export { loadLexicon, lexiconOf, type Lexicon } from '../nlp/syntax/index.js'
export { intentCode } from './intent.js'
export { complementOffset, shiftBy } from './relative.js'
export { firstDay } from './dates.js'
