import { createHash } from 'node:crypto'
import type { Article, Diagnostic, Source } from '../document.js'

/** The article id: the first 16 hex characters of the SHA-256 of its text. */
export function articleId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)
}

export interface ArticleFields {
  title?: string | undefined
  published?: string | undefined
  url?: string | undefined
  diagnostics?: readonly Diagnostic[] | undefined
}

/** Builds an Article, leaving out fields that are undefined or empty. */
export function makeArticle(text: string, source: Source, fields: ArticleFields = {}): Article {
  const { title, published, url, diagnostics } = fields
  return {
    id: articleId(text),
    text,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
    source,
    ...(diagnostics?.length ? { diagnostics } : {}),
  }
}

/** Paragraphs joined by blank lines, with the title (when there is one) as the first line. */
export function titledText(title: string | undefined, body: string): string {
  return title ? `${title}\n\n${body}` : body
}
