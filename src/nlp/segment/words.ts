import type { Span } from '../../document.js'

/**
 * Each token's text, once per document: the segmenter already has it from wink, and the later stages read
 * words by token index many times over, so they share this array instead of slicing the text again and again.
 * Keyed by the tokens array, which every stage after segmentation passes along unchanged.
 */
const VALUES = new WeakMap<readonly Span[], readonly string[]>()
// the document being read: callers ask for its words once per token, so the last answer is kept at hand
let last: { tokens: readonly Span[]; values: readonly string[] } | undefined

/** The text of every token: `values[i] === text.slice(tokens[i].start, tokens[i].end)`. */
export function tokenValues(text: string, tokens: readonly Span[]): readonly string[] {
  if (last?.tokens === tokens && last.values.length === tokens.length) return last.values
  let values = VALUES.get(tokens)
  if (!values || values.length !== tokens.length) {
    values = tokens.map((token) => text.slice(token.start, token.end))
    VALUES.set(tokens, values)
  }
  last = { tokens, values }
  return values
}

/** Records the token texts the segmenter already holds (they must equal the slices of the text). */
export function rememberTokenValues(tokens: readonly Span[], values: readonly string[]): void {
  VALUES.set(tokens, values)
}
