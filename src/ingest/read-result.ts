import type { Article } from '../document.js'
import type { EntenteError } from '../errors.js'

/** One outcome of reading: an article, or the error for one file, feed item or JSONL line. */
export type ReadResult = { ok: true; article: Article } | { ok: false; input: string; error: EntenteError }

/** How to read an input; `auto` goes by file extension, then by content. */
export type InputFormat = 'auto' | 'text' | 'html' | 'feed' | 'jsonl'

/** A format a reader exists for. */
export type ReaderFormat = Exclude<InputFormat, 'auto'>

/** Where an article came from, for messages: "feeds/wire.xml#3". */
export function inputName(article: Article): string {
  return article.source.item === undefined ? article.source.path : `${article.source.path}#${article.source.item}`
}
