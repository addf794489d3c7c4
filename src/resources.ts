/**
 * Loads what a pipeline reads besides the documents: the KB, the verb dictionary, the lexicon, the code tables (with
 * each code's traits and governed forms, and the request constructions of requests.json) and WordNet (read when the coder first backs off to it).
 * Only the edges (CLI, API, workers) call this, once per process; the stages receive what it returns.
 */
import { existsSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import {
  loadCodeTables,
  loadLexicon,
  loadVerbDictionary,
  readDictionaryDir,
  readDictionaryFile,
  wordnetVerbs,
  type Lexicon,
} from './coding/index.js'
import { EntenteError } from './errors.js'
import { loadKb } from './kb/index.js'
import type { PipelineResources } from './pipeline.js'

/** Where to read resources from; each one left out is the package's own (data/kb, data/coding). */
export interface ResourcePaths {
  /**
   * KB folders (data/kb's layout, every file optional) or people files that **extend** the package's KB: their
   * entries add to it, and an entry with an id the package has replaces that entry.
   */
  readonly kb?: readonly string[]
  /**
   * A dictionary folder (format 2 files, as data/coding/dictionary/) or one dictionary file that **replaces** the
   * package's dictionary; word classes in a `lexicon/` folder beside its files add to the package's lexicon.
   */
  readonly dictionary?: string
}

/** Loads the resources the paths name, the package's own for the others. */
export function loadResources(paths: ResourcePaths = {}): PipelineResources {
  const own = loadLexicon()
  const kb = paths.kb?.length ? loadKb(undefined, { extend: paths.kb }) : loadKb()
  if (paths.dictionary === undefined) {
    return {
      kb,
      dictionary: loadVerbDictionary(undefined, { lexicon: own }),
      lexicon: own,
      tables: loadCodeTables(),
      wordnet: wordnetVerbs,
    }
  }
  const { entries, folder } = readDictionaryAt(paths.dictionary)
  const lexicon = withClasses(own, join(folder, 'lexicon'))
  const dictionary = withInput(paths.dictionary, () =>
    loadVerbDictionary(
      entries.map((x) => x.entry),
      { lexicon, origins: entries.map((x) => x.origin) },
    ),
  )
  return { kb, dictionary, lexicon, tables: loadCodeTables(), wordnet: wordnetVerbs }
}

/** A dictionary's entries, and the folder its lexicon would be in. */
function readDictionaryAt(path: string): { entries: ReturnType<typeof readDictionaryDir>; folder: string } {
  if (!existsSync(path)) {
    throw new EntenteError('input.not-found', `Cannot read dictionary "${path}": no such file or folder`, {
      input: path,
      hint: 'Pass a folder of dictionary files (as data/coding/dictionary/) or one such file',
    })
  }
  const folder = statSync(path).isDirectory()
  const entries = withInput(path, () => (folder ? readDictionaryDir(path) : readDictionaryFile(path, basename(path))))
  return { entries, folder: folder ? path : dirname(path) }
}

/** The package's lexicon with the classes of a dictionary's own lexicon folder, when it has one. */
function withClasses(own: Lexicon, folder: string): Lexicon {
  if (!existsSync(folder)) return own
  const extra = withInput(folder, () => loadLexicon(folder))
  const classes = new Map(own.classes)
  const files = new Map(own.files)
  for (const [name, words] of extra.classes) {
    if (classes.has(name)) {
      throw new EntenteError(
        'dictionary.invalid',
        `Cannot load lexicon "${folder}": class ${name} is also a class of the package`,
        {
          input: folder,
          hint: 'Rename the class in the dictionary and its lexicon',
        },
      )
    }
    classes.set(name, words)
    files.set(name, extra.files.get(name) ?? folder)
  }
  return { classes, files }
}

/** Runs a loader, turning its errors (a bad entry, a bad file) into one naming the input. */
function withInput<T>(input: string, load: () => T): T {
  try {
    return load()
  } catch (error) {
    if (error instanceof EntenteError) throw error
    throw new EntenteError('dictionary.invalid', `Cannot load dictionary "${input}": ${(error as Error).message}`, {
      input,
      hint: 'Fix the entry named, or import the dictionary again',
    })
  }
}
