import type { DomDocument, DomElement } from './dom.js'
import { normalizeDate } from './published.js'

/** Meta names and properties that carry the publication date, most specific first. */
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
]

export interface PageMeta {
  title?: string
  /** The raw date as the page writes it. */
  publishedRaw?: string
  url?: string
}

/** Title, publication date and canonical URL from a page's head, JSON-LD and <time> elements. */
export function pageMeta(document: DomDocument): PageMeta {
  const metas = new Map<string, string>()
  for (const meta of list(document.getElementsByTagName('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase()
    const content = meta.getAttribute('content')?.trim()
    if (key && content && !metas.has(key)) metas.set(key, content)
  }
  const h1 = clean(list(document.getElementsByTagName('h1'))[0]?.textContent)
  const title = chooseTitle(h1, metas.get('og:title'), clean(document.title))
  const publishedRaw =
    jsonLdDate(document) ?? DATE_META.map((key) => metas.get(key)).find(Boolean) ?? timeDate(document)
  // the first absolute http(s) URL; a page offering only others keeps one, for makeArticle to drop and report
  const urls = [metas.get('og:url'), canonical(document)].filter((u): u is string => u !== undefined)
  const url = urls.find((u) => /^https?:\/\//i.test(u)) ?? urls[0]
  return { ...(title ? { title } : {}), ...(publishedRaw ? { publishedRaw } : {}), ...(url ? { url } : {}) }
}

/**
 * The page's <h1> when a title tag contains it (so it is the headline, not a logo: 3 words or more), else
 * og:title, <title> or the <h1>. "Headline | Site" titles then give the clean headline.
 */
function chooseTitle(
  h1: string | undefined,
  ogTitle: string | undefined,
  pageTitle: string | undefined,
): string | undefined {
  const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ')
  const inTitles = h1 !== undefined && [ogTitle, pageTitle].some((t) => t !== undefined && norm(t).includes(norm(h1)))
  if (h1 !== undefined && h1.split(' ').length >= 3 && inTitles) return h1
  return ogTitle ?? pageTitle ?? h1
}

function jsonLdDate(document: DomDocument): string | undefined {
  for (const script of list(document.getElementsByTagName('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue
    try {
      const found = findKey(JSON.parse(script.textContent ?? ''), 'datePublished', 0)
      if (found) return found
    } catch {
      // A broken JSON-LD block is common on real pages; the meta tags are the fallback.
    }
  }
  return undefined
}

/** Depth-first search for a string-valued key in JSON-LD (objects, arrays, @graph). */
function findKey(value: unknown, key: string, depth: number): string | undefined {
  if (depth > 8 || value === null || typeof value !== 'object') return undefined
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findKey(item, key, depth + 1)
      if (found) return found
    }
    return undefined
  }
  const record = value as Record<string, unknown>
  const direct = record[key]
  if (typeof direct === 'string' && direct.trim()) return direct.trim()
  for (const child of Object.values(record)) {
    const found = findKey(child, key, depth + 1)
    if (found) return found
  }
  return undefined
}

function timeDate(document: DomDocument): string | undefined {
  const candidates = [
    ...list(document.querySelectorAll('[itemprop="datePublished"]')),
    ...list(document.getElementsByTagName('time')).filter((e) => e.getAttribute('pubdate') !== null),
    ...list(document.getElementsByTagName('time')),
  ]
  for (const element of candidates) {
    const raw = element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent
    if (raw && normalizeDate(raw)) return raw.trim()
  }
  return undefined
}

function canonical(document: DomDocument): string | undefined {
  const link = list(document.getElementsByTagName('link')).find((l) => l.getAttribute('rel') === 'canonical')
  return link?.getAttribute('href')?.trim() || undefined
}

function clean(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim()
  return value || undefined
}

function list(elements: ArrayLike<DomElement>): DomElement[] {
  return Array.from(elements)
}
