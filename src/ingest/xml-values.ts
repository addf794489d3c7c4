/** Helpers for values fast-xml-parser returns (entities not expanded, attributes prefixed with "@"). */

/** Text of a parsed element: plain text, or {#text, @attributes}; standard XML entities decoded. */
export function textValue(value: unknown): string | undefined {
  const raw = typeof value === 'string' ? value : asRecord(value)?.['#text']
  if (typeof raw !== 'string') return undefined
  return decodeXmlEntities(raw).replace(/\s+/g, ' ').trim() || undefined
}

/**
 * HTML markup of an element kept raw by the parser (a stop node): CDATA sections as written, other escaped
 * text decoded once; XHTML content (type="xhtml") is markup already.
 */
export function htmlValue(value: unknown): string | undefined {
  const raw = typeof value === 'string' ? value : asRecord(value)?.['#text']
  if (typeof raw !== 'string') return undefined
  if (asRecord(value)?.['@type'] === 'xhtml') return raw
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlEntities(part)))
    .join('')
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Decodes the five predefined XML entities and character references; any other entity is left as written. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (!name.startsWith('#')) return NAMED[name.toLowerCase()] ?? whole
    const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** The value as an object (the first one, for repeated elements), or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(value)) return asRecord(value[0])
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
}

/** The value as a list of objects (absent → [], one → [one]). */
export function asRecords(value: unknown): Record<string, unknown>[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.map((item) => asRecord(item) ?? (typeof item === 'string' ? { '#text': item } : {}))
}
