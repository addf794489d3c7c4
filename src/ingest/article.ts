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

/**
 * Builds an Article, leaving out fields that are undefined or empty. Every reader ends here, so the two rules
 * for all of them are kept here: a URL that is not http(s) (`javascript:`, `data:`, relative) is dropped, and
 * a lone surrogate (not encodable as UTF-8) becomes U+FFFD — each reported as a warning on the article.
 */
export function makeArticle(text: string, source: Source, fields: ArticleFields = {}): Article {
  const { published } = fields
  const diagnostics = [...(fields.diagnostics ?? [])]
  const report = (diagnostic: Diagnostic) => diagnostics.push(diagnostic)
  const body = wellFormed(text, 'text', report)
  const title = fields.title === undefined ? undefined : wellFormed(fields.title, 'title', report)
  const url = fields.url === undefined ? undefined : httpUrl(wellFormed(fields.url, 'url', report), report)
  return {
    id: articleId(body),
    text: body,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
    source,
    ...(diagnostics.length ? { diagnostics } : {}),
  }
}

/** Paragraphs joined by blank lines, with the title (when there is one) as the first line. */
export function titledText(title: string | undefined, body: string): string {
  return title ? `${title}\n\n${body}` : body
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The string with each lone surrogate replaced by U+FFFD (reported): SQLite and UTF-8 files cannot hold one. */
export function wellFormed(value: string, field: string, report: (diagnostic: Diagnostic) => void): string {
  let count = 0
  const fixed = value.replace(LONE_SURROGATE, () => {
    count++
    return '\uFFFD'
  })
  if (count > 0) {
    report({
      severity: 'warning',
      code: 'text.lone-surrogate',
      message: `Replaced ${count} lone surrogate${count === 1 ? '' : 's'} in the ${field} with U+FFFD (not valid Unicode)`,
    })
  }
  return fixed
}

/** The URL when it is an absolute http(s) URL; anything else is dropped and reported, never stored or exported. */
export function httpUrl(url: string, report: (diagnostic: Diagnostic) => void): string | undefined {
  const trimmed = url.trim()
  if (trimmed === '') return undefined
  let protocol: string | undefined
  try {
    protocol = new URL(trimmed).protocol
  } catch {
    protocol = undefined
  }
  if (protocol === 'http:' || protocol === 'https:') return trimmed
  const shown = trimmed.length > 100 ? `${trimmed.slice(0, 100)}…` : trimmed
  report({
    severity: 'warning',
    code: 'url.dropped',
    message: `Dropped the URL ${JSON.stringify(shown)}: only absolute http and https URLs are kept`,
  })
  return undefined
}

/** How messages name an input: 'HTML "page.html"', '"dump.jsonl" line 4', 'item 3 of feed "wire.xml"'. */
export function whereOf(source: Source): string {
  if (source.kind === 'jsonl') return `"${source.path}" line ${source.item}`
  if (source.kind === 'feed') return `item ${source.item} of feed "${source.path}"`
  return `HTML "${source.path}"`
}
