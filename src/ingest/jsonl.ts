import { z } from 'zod'
import type { Article, Source } from '../document.js'
import { EntenteError } from '../errors.js'
import { makeArticle } from './article.js'
import { decodeBytes, emptyError } from './decode.js'
import { articleFromHtml } from './html.js'
import type { ReadResult } from './read-result.js'
import { normalizeDate } from './published.js'

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

/** Reads JSON Lines: one article per line; a bad line is reported by its number and the rest still read. */
export function readJsonl(bytes: Uint8Array, path: string): ReadResult[] {
  const content = decodeBytes(bytes, path)
  if (content.trim() === '') throw emptyError(path)
  const results: ReadResult[] = []
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    try {
      results.push({ ok: true, article: readLine(line, { kind: 'jsonl', path, item: index + 1 }) })
    } catch (error) {
      if (!(error instanceof EntenteError)) throw error
      results.push({ ok: false, input: path, error })
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
  const { text, html, title, published, url, source: name } = parsed.data
  const from: Source = name ? { ...source, name } : source
  const date = published === undefined ? undefined : normalizeDate(published)
  if (text !== undefined) return makeArticle(text, from, { title, published: date, url })
  try {
    const article = articleFromHtml(html ?? '', from, { ...(title ? { title } : {}), ...(url ? { url } : {}) })
    return date ? { ...article, published: date } : article
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
