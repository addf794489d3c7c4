import { z } from 'zod'
import type { Article, Diagnostic, Source } from '../document.js'
import { EntenteError } from '../errors.js'
import { makeArticle, wellFormed } from './article.js'
import { decodeBytes, emptyError } from './decode.js'
import { articleFromHtml } from './html.js'
import type { ReadResult } from './read-result.js'
import { normalizeDate } from './published.js'
import { readerFailure } from './reader-failure.js'
import { tooLarge } from './limits.js'

/** One JSONL line: an article as `text` (kept exactly) or `html` (read like a page). Other keys are ignored. */
const LINE = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    title: z.string().optional(),
    published: z
      .string()
      .refine((value) => normalizeDate(value) !== undefined, 'not a date (expected YYYY-MM-DD)')
      .optional(),
    url: z.string().optional(),
    source: z.string().optional(),
  })
  .superRefine((line, ctx) => {
    if (line.text === undefined && line.html === undefined) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'Required (or "html")' })
    } else if ((line.text ?? line.html ?? '').trim() === '') {
      ctx.addIssue({ code: 'custom', path: [line.text === undefined ? 'html' : 'text'], message: 'is empty' })
    }
  })

/**
 * Reads JSON Lines: one article per line; a bad line (or one over `maxBytes`, the article limit) is reported by
 * its number and the rest still read.
 */
export function readJsonl(bytes: Uint8Array, path: string, maxBytes = Infinity): ReadResult[] {
  const content = decodeBytes(bytes, path)
  if (content.trim() === '') throw emptyError(path)
  const results: ReadResult[] = []
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    const source: Source = { kind: 'jsonl', path, item: index + 1 }
    try {
      const size = line.length > maxBytes / 3 ? Buffer.byteLength(line, 'utf8') : 0
      if (size > maxBytes) throw tooLarge(`${path}#${index + 1}`, size, maxBytes, 'article', path)
      results.push({ ok: true, article: readLine(line, source) })
    } catch (error) {
      results.push({ ok: false, input: path, error: readerFailure(error, `"${path}" line ${index + 1}`, path) })
    }
  })
  return results
}

function readLine(line: string, source: Source): Article {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch (error) {
    throw lineError(source, `not valid JSON (${(error as Error).message})`)
  }
  const parsed = LINE.safeParse(json)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.')
      return field ? `${field}: ${issue.message}` : issue.message
    })
    throw lineError(source, issues.join('; '))
  }
  // JSON can spell a lone surrogate ("\\ud800"), which UTF-8 and SQLite cannot hold: each becomes U+FFFD, reported
  const diagnostics: Diagnostic[] = []
  const report = (diagnostic: Diagnostic) => diagnostics.push(diagnostic)
  const field = (value: string | undefined, name: string) =>
    value === undefined ? undefined : wellFormed(value, name, report)
  const { published } = parsed.data
  const [text, html, title, url, name] = (['text', 'html', 'title', 'url', 'source'] as const).map((key) =>
    field(parsed.data[key], key),
  )
  const from: Source = name ? { ...source, name } : source
  const date = published === undefined ? undefined : normalizeDate(published)
  if (text !== undefined) return makeArticle(text, from, { title, published: date, url, diagnostics })
  try {
    const article = articleFromHtml(html ?? '', from, { ...(title ? { title } : {}), ...(url ? { url } : {}) })
    const all = [...diagnostics, ...(article.diagnostics ?? [])]
    return { ...article, ...(date ? { published: date } : {}), ...(all.length ? { diagnostics: all } : {}) }
  } catch (error) {
    if (error instanceof EntenteError && error.code === 'html.no-article')
      throw lineError(source, 'html: no article text')
    throw error
  }
}

function lineError(source: Source, detail: string): EntenteError {
  return new EntenteError('jsonl.line', `Cannot read "${source.path}" line ${source.item}: ${detail}`, {
    input: source.path,
    hint: 'Each line needs a JSON object with "text" or "html", and optional "title", "published", "url", "source"',
  })
}
