import { Readability } from '@mozilla/readability'
import type { Article, Diagnostic, Source } from '../document.js'
import { EntenteError } from '../errors.js'
import { makeArticle, titledText, whereOf } from './article.js'
import { decodeBytes, htmlCharset } from './decode.js'
import { checkMarkup, paragraphsOf, parseDocument, SKIPPED, type DomDocument, type DomNode } from './dom.js'
import { pageMeta } from './html-meta.js'
import { normalizeDate } from './published.js'

/** Page furniture never read as article text (Readability keeps a <nav> when it finds nothing better). */
const FURNITURE = new Set([...SKIPPED, 'NAV', 'FOOTER', 'ASIDE'])

/** Reads an HTML page: the charset it declares, its main text (Readability), title and publication date. */
export function readHtml(bytes: Uint8Array, path: string): Article {
  const decoding: Diagnostic[] = []
  const html = decodeBytes(bytes, path, htmlCharset(bytes), (diagnostic) => decoding.push(diagnostic))
  const article = articleFromHtml(html, { kind: 'html', path })
  return decoding.length ? { ...article, diagnostics: [...decoding, ...(article.diagnostics ?? [])] } : article
}

/**
 * An Article from HTML already decoded: title line, blank line, then the paragraphs separated by blank lines.
 * Markup nested or sized beyond MARKUP_LIMITS is refused before Readability sees it.
 */
export function articleFromHtml(
  html: string,
  source: Source,
  fallback: { title?: string; url?: string } = {},
): Article {
  checkMarkup(html, whereOf(source), source.path)
  const document = parseDocument(html)
  const meta = pageMeta(document)
  const title = fallback.title ?? meta.title
  const paragraphs = mainParagraphs(document, html)
  if (paragraphs[0] !== undefined && title !== undefined && sameText(paragraphs[0], title)) paragraphs.shift()
  if (paragraphs.length === 0) {
    throw new EntenteError('html.no-article', `Cannot read HTML "${source.path}": no article text found`, {
      input: source.path,
      hint: 'The page has no body text; pass --input text to read it as plain text',
    })
  }
  const diagnostics: Diagnostic[] = []
  const published = meta.publishedRaw === undefined ? undefined : normalizeDate(meta.publishedRaw)
  if (meta.publishedRaw !== undefined && published === undefined) {
    diagnostics.push({
      severity: 'warning',
      code: 'date.malformed',
      message: `Ignored the page's publication date "${meta.publishedRaw}": not a date`,
    })
  }
  return makeArticle(titledText(title, paragraphs.join('\n\n')), source, {
    title,
    published,
    url: fallback.url ?? meta.url,
    diagnostics,
  })
}

/** The article's paragraphs by Readability, or the body's text when Readability finds nothing. */
function mainParagraphs(document: DomDocument, html: string): string[] {
  let content: DomNode | null | undefined
  try {
    const reader = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode })
    content = reader.parse()?.content
  } catch {
    // Readability gives up on some malformed pages; the whole body is still worth reading.
    content = undefined
  }
  const paragraphs = content ? paragraphsOf(content, FURNITURE) : []
  if (paragraphs.length > 0) return paragraphs
  // Readability mutates the document it reads, so the fallback parses the original markup again.
  const body = parseDocument(html).body
  return body ? paragraphsOf(body, FURNITURE) : []
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()
  return norm(a) === norm(b)
}
