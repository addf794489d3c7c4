import type { Article, Diagnostic, Source } from '../document.js'
import { EntenteError } from '../errors.js'
import { makeArticle, titledText, whereOf } from './article.js'
import { htmlToText } from './dom.js'
import { normalizeDate } from './published.js'
import { asRecords, htmlValue, textValue } from './xml-values.js'

/** Where an item's text is, fullest first (RSS content:encoded, Atom content, then the summaries). */
const TEXT_ELEMENTS = ['content:encoded', 'content', 'description', 'summary']
const DATE_ELEMENTS = ['pubDate', 'published', 'dc:date', 'updated', 'dc:created']

/** One RSS <item> or Atom <entry> as an Article: title line, blank line, the text stripped of HTML. */
export function feedItem(item: Record<string, unknown>, source: Source): Article {
  const where = whereOf(source)
  const rawTitle = textValue(item['title'])
  const title =
    rawTitle === undefined ? undefined : htmlToText(rawTitle, where, source.path).replace(/\s+/g, ' ') || undefined
  const body = TEXT_ELEMENTS.map((name) => htmlValue(item[name]))
    .map((html) => (html === undefined ? '' : htmlToText(html, where, source.path)))
    .find((text) => text.length > 0)
  if (body === undefined) {
    throw new EntenteError('feed.item', `Cannot read item ${source.item} of feed "${source.path}": it has no text`, {
      input: source.path,
      hint: 'An item needs text in <description>, <content:encoded>, Atom <content> or <summary>',
    })
  }
  const rawDate = DATE_ELEMENTS.map((name) => textValue(item[name])).find(Boolean)
  const published = rawDate === undefined ? undefined : normalizeDate(rawDate)
  const diagnostics: Diagnostic[] = []
  if (rawDate !== undefined && published === undefined) {
    diagnostics.push({ severity: 'warning', code: 'date.malformed', message: `Ignored the item's date "${rawDate}"` })
  }
  return makeArticle(titledText(title, body), source, { title, published, url: itemLink(item), diagnostics })
}

/** RSS <link>url</link>, or the Atom <link rel="alternate" href> (a link without rel is an alternate). */
function itemLink(item: Record<string, unknown>): string | undefined {
  const links = asRecords(item['link'])
  const alternate = links.find((link) => (link['@rel'] ?? 'alternate') === 'alternate') ?? links[0]
  const href = alternate?.['@href']
  if (typeof href === 'string' && href.trim()) return href.trim()
  const guid = textValue(item['guid'])
  return textValue(alternate) ?? (guid && /^https?:\/\//.test(guid) ? guid : undefined)
}
