import type { Token } from '../../document.js'

/** Token indexes [first, last) of one sentence. */
export interface TokenRange {
  readonly first: number
  readonly last: number
}

/**
 * Look-ups over a document's tokens and sentences: the token at an offset, the tokens of a sentence, the sentence
 * of a span. One module for what each stage used to write for itself; tokens come in text order.
 */
export interface DocIndex {
  /** The first token that ends after `offset` (tokens.length when none does). */
  tokenAt(offset: number): number
  /** The sentence of the token that starts exactly at `offset`, or -1 when no token starts there. */
  sentenceAt(offset: number): number
  /** Token ranges of every sentence of `doc.sentences`, by sentence index (empty where a sentence has no token). */
  readonly sentenceTokens: readonly (readonly [number, number])[]
  /** Token ranges of the sentences that have tokens, in order. */
  readonly tokenSentences: readonly TokenRange[]
}

/** Builds the index of a document's tokens and sentences. */
export function indexDoc(doc: { readonly tokens: readonly Token[]; readonly sentences: readonly unknown[] }): DocIndex {
  const { tokens } = doc
  return {
    tokenAt: (offset) => firstEndingAfter(tokens, offset),
    sentenceAt: sentenceAtOf(tokens),
    sentenceTokens: sentenceTokensOf(tokens, doc.sentences.length),
    tokenSentences: tokenSentencesOf(tokens),
  }
}

function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((tokens[middle]?.end ?? 0) <= offset) low = middle + 1
    else high = middle
  }
  return low
}

function sentenceAtOf(tokens: readonly Token[]): (offset: number) => number {
  if (!startsAscend(tokens)) {
    const byStart = new Map(tokens.map((t) => [t.start, t.sentence]))
    return (offset) => byStart.get(offset) ?? -1
  }
  // tokens come in text order, so a binary search finds the token without building a map of all of them
  return (offset) => {
    let low = 0
    let high = tokens.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (tokens[middle]!.start <= offset) low = middle + 1
      else high = middle
    }
    const token = tokens[low - 1]
    return token && token.start === offset ? token.sentence : -1
  }
}

function startsAscend(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.start < tokens[i - 1]!.start) return false
  return true
}

function sentenceTokensOf(tokens: readonly Token[], sentences: number): [number, number][] {
  const ranges: [number, number][] = Array.from({ length: sentences }, () => [0, 0])
  let i = 0
  for (let s = 0; s < sentences; s++) {
    while (i < tokens.length && (tokens[i]?.sentence ?? 0) < s) i++
    const first = i
    while (i < tokens.length && tokens[i]?.sentence === s) i++
    ranges[s] = [first, i]
  }
  return ranges
}

function tokenSentencesOf(tokens: readonly Token[]): TokenRange[] {
  const ranges: TokenRange[] = []
  tokens.forEach((token, i) => {
    const current = ranges[token.sentence]
    if (current) ranges[token.sentence] = { first: current.first, last: i + 1 }
    else ranges[token.sentence] = { first: i, last: i + 1 }
  })
  return ranges.filter(Boolean)
}
