import type { Article, Source } from '../document.js'
import { makeArticle } from './article.js'
import { decodeBytes, emptyError } from './decode.js'

/** Reads plain text as scraped: the decoded text is kept exactly (BOM removed), so every offset stays true. */
export function readText(bytes: Uint8Array, path: string, options: { kind?: Source['kind'] } = {}): Article {
  const text = decodeBytes(bytes, path)
  if (text.trim() === '') throw emptyError(path)
  return makeArticle(text, { kind: options.kind ?? 'text', path })
}
