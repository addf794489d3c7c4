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
export { complementOffset, shiftBy } from './relative.js'
export { wordnetVerbs, type WordNetVerbs } from './wordnet.js'
export { firstDay } from './dates.js'
