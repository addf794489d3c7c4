/** What the Doc view keeps per token, read by token index (a Map satisfies it). */
export interface TokenLookup<T> {
  get(token: number): T | undefined
  has(token: number): boolean
}

/**
 * A map from the token indexes of one document to values, kept in a typed array by index. Speed: the coder asks the
 * view's maps of actors, mentions and times several times for every token it walks, and a Map hashes each number on
 * every look-up; this is an array read, and it keeps 4 bytes a token rather than a hash table entry a covered token
 * (the view outlives young collections: what they copy per MB of text went from 86 to 83 MB). Keys outside
 * [0, tokens) are never in it, and setting one is a bug.
 */
export class TokenMap<T> implements TokenLookup<T> {
  /** Per token: 0 for none, else 1 + the value's place in `values`. */
  private readonly slots: Int32Array
  private readonly values: T[] = []

  constructor(tokens: number) {
    this.slots = new Int32Array(tokens)
  }

  get(token: number): T | undefined {
    const slot = this.slots[token]
    return slot ? this.values[slot - 1] : undefined
  }

  has(token: number): boolean {
    return !!this.slots[token]
  }

  set(token: number, value: T): this {
    const slot = this.slots[token]
    if (slot === undefined || !Number.isInteger(token)) throw new RangeError(`Token ${token} is not in the document`)
    if (slot) {
      this.values[slot - 1] = value
    } else {
      this.values.push(value)
      this.slots[token] = this.values.length
    }
    return this
  }
}

/** A set of the token indexes of one document, one byte a token (see `TokenMap`). */
export class TokenSet implements Pick<TokenLookup<true>, 'has'> {
  private readonly marks: Uint8Array

  constructor(tokens: number) {
    this.marks = new Uint8Array(tokens)
  }

  has(token: number): boolean {
    return this.marks[token] === 1
  }

  add(token: number): this {
    if (this.marks[token] === undefined || !Number.isInteger(token)) {
      throw new RangeError(`Token ${token} is not in the document`)
    }
    this.marks[token] = 1
    return this
  }
}
