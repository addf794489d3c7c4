/**
 * Loads what a pipeline reads besides the documents: the KB, the verb dictionary and the code tables. Only the
 * edges (CLI, API, workers) call this, once per process; the stages receive what it returns.
 */
import { loadCodeTables, loadLexicon, loadVerbDictionary } from './coding/index.js'
import { loadKb } from './kb/index.js'
import type { PipelineResources } from './pipeline.js'

/** Where to read resources from; each one left out is the package's own (data/kb, data/coding). */
export interface ResourcePaths {
  /** A KB folder in data/kb's layout. */
  readonly kb?: string
}

/** Loads the resources the paths name, the package's own for the others. */
export function loadResources(paths: ResourcePaths = {}): PipelineResources {
  const lexicon = loadLexicon()
  return {
    kb: loadKb(paths.kb),
    dictionary: loadVerbDictionary(undefined, { lexicon }),
    lexicon,
    tables: loadCodeTables(),
  }
}
