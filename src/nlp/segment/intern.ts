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

/**
 * A set of words compiled to their ids: one bit per id up to the largest id it holds (a class of words given ids
 * late costs a few kilobytes), read by `has(id)` without hashing.
 */
export class WordIdSet {
  private readonly bits: Uint32Array

  constructor(words: Iterable<string>) {
    const ids = [...words].map(internWord)
    this.bits = new Uint32Array((Math.max(0, ...ids) >>> 5) + 1)
    for (const id of ids) this.bits[id >>> 5]! |= 1 << (id & 31)
  }

  /** Whether the word of this id is in the set (NO_WORD never is). */
  has(id: number): boolean {
    const word = id >>> 5
    return word < this.bits.length && (this.bits[word]! & (1 << (id & 31))) !== 0
  }
}
