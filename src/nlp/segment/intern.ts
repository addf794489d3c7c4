/**
 * Word ids: one process-wide table gives each word of a vocabulary (a word class, a dictionary's words) an integer,
 * so that a stage asking "is this token's word in that class?" several times a token reads a bit by the token's id
 * (`WordIdSet.has`), which the Doc index looked up once per document (`DocIndex.normIds`, `formIds`), rather than
 * hashing the word's string at every question.
 *
 * Memory is bounded by the vocabularies, not by the text: only `internWord` adds to the table, and it is called when
 * a vocabulary is compiled (a word class, a dictionary); a word of a text is only looked up (`wordId`), and a word no
 * vocabulary holds gets NO_WORD, which no set holds. Ids never change once given, so sets compiled for one document
 * hold for every later one.
 */

/** The id of a word no vocabulary holds (in no `WordIdSet`). */
export const NO_WORD = 0

const IDS = new Map<string, number>()

/** The id of a vocabulary word, given on first sight and kept for the life of the process. */
export function internWord(word: string): number {
  let id = IDS.get(word)
  if (id === undefined) {
    id = IDS.size + 1
    IDS.set(word, id)
  }
  return id
}

/** The id of a word when some vocabulary holds it, else NO_WORD; never adds to the table. */
export function wordId(word: string): number {
  return IDS.get(word) ?? NO_WORD
}

/** Words in the table now: the distinct words of the vocabularies compiled so far. */
export function internedWords(): number {
  return IDS.size
}

/** Sets of at most this many words are kept as a list of ids, read one by one; larger ones as bits. */
const LISTED = 8

/**
 * A set of words compiled to their ids, read by `has(id)` without hashing: a small set (most pattern words) as the
 * list of its ids, a larger one as one bit per id up to the largest id it holds (a few kilobytes at most).
 */
export class WordIdSet {
  private readonly listed: Int32Array
  private readonly bits: Uint32Array

  constructor(words: Iterable<string>) {
    const ids = Array.from(words, internWord)
    let largest = 0
    for (const id of ids) largest = Math.max(largest, id)
    const listed = ids.length <= LISTED
    this.listed = listed ? Int32Array.from(ids) : new Int32Array(0)
    this.bits = new Uint32Array(listed ? 0 : (largest >>> 5) + 1)
    if (!listed) for (const id of ids) this.bits[id >>> 5]! |= 1 << (id & 31)
  }

  /** Whether the word of this id is in the set (NO_WORD never is). */
  has(id: number): boolean {
    const { listed, bits } = this
    if (bits.length === 0) {
      for (let k = 0; k < listed.length; k++) if (listed[k] === id) return true
      return false
    }
    const word = id >>> 5
    return word < bits.length && (bits[word]! & (1 << (id & 31))) !== 0
  }
}

const COMPILED = new WeakMap<ReadonlySet<string>, WordIdSet>()

/** The `WordIdSet` of a set of words that never changes (a pattern's words), compiled on first use and kept with it. */
export function wordIdSetOf(words: ReadonlySet<string>): WordIdSet {
  let set = COMPILED.get(words)
  if (!set) COMPILED.set(words, (set = new WordIdSet(words)))
  return set
}
