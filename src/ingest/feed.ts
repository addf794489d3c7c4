import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Diagnostic } from '../document.js'
import { EntenteError } from '../errors.js'
import { readerFailure } from './reader-failure.js'
import { decodeBytes, emptyError, xmlCharset } from './decode.js'
import { feedItem } from './feed-item.js'
import type { ReadResult } from './read-result.js'
import { asRecord, asRecords, textValue } from './xml-values.js'

/** Elements whose content is (escaped) HTML: kept raw so CDATA, escaped markup and XHTML are all handled. */
const HTML_ELEMENTS = ['description', 'content:encoded', 'content', 'summary']

const parser = new XMLParser({
  // No entity expansion at all, so a DTD cannot define entities (billion laughs, external files).
  processEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: false,
  stopNodes: HTML_ELEMENTS.map((name) => `*.${name}`),
})

/**
 * Reads an RSS 2.0, RSS 1.0 or Atom feed: one result per item, a bad item reported by its number. A DTD (entity
 * declarations of any kind), markup the parser refuses and nesting beyond its limit make the whole file a
 * clear "feed.malformed" error, never a crash.
 */
export function readFeed(bytes: Uint8Array, path: string): ReadResult[] {
  const decoding: Diagnostic[] = []
  const xml = decodeBytes(bytes, path, xmlCharset(bytes), (diagnostic) => decoding.push(diagnostic))
  if (xml.trim() === '') throw emptyError(path)
  const { name, items } = feedItems(parseXml(xml, path), path)
  return items.map((item, index): ReadResult => {
    const source = { kind: 'feed', path, item: index + 1, ...(name ? { name } : {}) } as const
    try {
      const article = feedItem(item, source)
      return decoding.length
        ? { ok: true, article: { ...article, diagnostics: [...decoding, ...(article.diagnostics ?? [])] } }
        : { ok: true, article }
    } catch (error) {
      return { ok: false, input: path, error: readerFailure(error, `item ${index + 1} of feed "${path}"`, path) }
    }
  })
}

function parseXml(xml: string, path: string): Record<string, unknown> {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    throw new EntenteError('feed.malformed', `Cannot read feed "${path}": line ${valid.err.line} is not valid XML`, {
      input: path,
      hint: `${valid.err.msg.replace(/\.$/, '')}; pass --input html or --input text to read it another way`,
    })
  }
  try {
    return parser.parse(xml) as Record<string, unknown>
  } catch (error) {
    // fast-xml-parser refuses external and parameter entities and very deep nesting with a plain Error
    const reason = error instanceof Error ? error.message.replace(/\.$/, '') : String(error)
    throw new EntenteError('feed.malformed', `Cannot read feed "${path}": ${reason}`, {
      input: path,
      hint: 'entente reads feeds without DTD entities and nested at most a few hundred elements deep',
      cause: error,
    })
  }
}

/** The items of an RSS 2.0 channel, an RSS 1.0 (RDF) document or an Atom feed, and the feed's title. */
function feedItems(root: Record<string, unknown>, path: string): { name?: string; items: Record<string, unknown>[] } {
  const rss = asRecord(root['rss'])
  const rdf = asRecord(root['rdf:RDF'])
  const atom = asRecord(root['feed'])
  if (!rss && !rdf && !atom) {
    throw new EntenteError('feed.malformed', `Cannot read feed "${path}": it has no <rss> or Atom <feed> element`, {
      input: path,
      hint: 'Pass --input html or --input text to read it another way',
    })
  }
  const channel = asRecord(rss?.['channel']) ?? asRecord(rdf?.['channel'])
  const items = asRecords(rss ? channel?.['item'] : rdf ? rdf['item'] : atom?.['entry'])
  if (items.length === 0) {
    throw new EntenteError('input.empty', `Cannot read feed "${path}": it has no items`, {
      input: path,
      hint: 'Pass a feed with at least one <item> or <entry>',
    })
  }
  const name = textValue((channel ?? atom)?.['title'])
  return name ? { name, items } : { items }
}
