import fc from 'fast-check'

/**
 * Inputs for the readers' fuzzing: plausible news markup stirred with what hostile inputs hold (entities, lone
 * surrogates, control characters, odd charsets and URL schemes, deep nesting), plus raw bytes.
 */

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 30,
})

const pieces = fc.constantFrom(
  'Oslo',
  'NATO',
  'Finland joined NATO on 4 April 2023.',
  'The foreign ministers of Chile and Peru met in Lima on Tuesday.',
  'he said',
  '"',
  "'",
  '&amp;',
  '&lt;b&gt;',
  '&#xD800;',
  '&#0;',
  '&#x10FFFF;',
  '&nbsp;',
  '&xxe;',
  '%pe;',
  '<![CDATA[x]]>',
  ']]>',
  '<!-- c -->',
  '\u0000',
  '\ud800',
  '\udc00',
  '\u2028',
  '\u001b]0;title\u0007',
  '\r\n',
  '\n\n',
  'é',
  '🇵🇪',
  '\uFEFF',
)

/** Text made of words, markup-looking pieces and random code units. */
export const text = fc
  .array(fc.oneof({ weight: 4, arbitrary: pieces }, { weight: 1, arbitrary: codeUnits }), { maxLength: 12 })
  .map((parts) => parts.join(' '))

export const url = fc.oneof(
  fc.constantFrom('https://news.example/a', 'http://x.example', 'javascript:alert(1)', 'data:,x', '/relative', '', ' '),
  fc.webUrl(),
  text,
)

export const date = fc.oneof(
  fc.constantFrom(
    '2023-04-04',
    'Tue, 04 Apr 2023 10:00:00 GMT',
    '2023-13-45',
    'yesterday',
    '0000-00-00',
    '99999-01-01',
  ),
  text,
)

const charset = fc.constantFrom(
  'utf-8',
  'UTF-16',
  'utf-16be',
  'utf-32',
  'windows-1252',
  'shift_jis',
  'x-user-defined',
  'bogus',
  '',
)

const TAGS = ['div', 'p', 'span', 'article', 'main', 'section', 'h1', 'a', 'br', 'li', 'ul', 'table', 'td', 'tr']
const OTHER = [
  'script',
  'style',
  'nav',
  'footer',
  'aside',
  'svg',
  'template',
  'time',
  'title',
  'meta',
  'link',
  'iframe',
]
const tag = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TAGS) }, fc.constantFrom(...OTHER))
const attribute = fc
  .tuple(fc.constantFrom('class', 'id', 'rel', 'href', 'datetime', 'content', 'property', 'charset', 'type'), text)
  .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)

/** An HTML fragment: a random tree of elements, text and attributes (unclosed and stray tags included). */
export const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
  element: fc
    .tuple(tag, fc.array(attribute, { maxLength: 2 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
    .map(
      ([name, attrs, children, closed]) =>
        `<${name}${attrs.join('')}>${children.join('')}${closed ? `</${name}>` : ''}`,
    ),
})).node

/** Elements nested `depth` deep: the shape that overflowed the stack and made Readability crawl. */
export const deep = fc
  .tuple(fc.constantFrom('div', 'span', 'b', 'x'), fc.integer({ min: 100, max: 3000 }))
  .map(([name, depth]) => `<${name}>`.repeat(depth) + 'Deep.' + `</${name}>`.repeat(depth))

/** A whole page: head with charset, canonical, og:url, dates and JSON-LD; a body fragment. */
export const page = fc
  .record({ charset, canonical: url, ogUrl: url, title: text, published: date, jsonLd: fc.json(), body: fragment })
  .map(
    (p) =>
      `<!doctype html><html><head><meta charset="${p.charset}"><title>${p.title}</title>` +
      `<link rel="canonical" href="${p.canonical}"><meta property="og:url" content="${p.ogUrl}">` +
      `<meta property="article:published_time" content="${p.published}">` +
      `<script type="application/ld+json">${p.jsonLd}</script></head><body>${p.body}</body></html>`,
  )

/** Bytes as a reader gets them: UTF-8, UTF-16 with a BOM, Latin-1, or raw bytes. */
export function asBytes(strings: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 6, arbitrary: strings.map((s) => new Uint8Array(Buffer.from(s, 'utf8'))) },
    strings.map((s) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]))),
    strings.map((s) => new Uint8Array(Buffer.from(s, 'latin1'))),
    fc.uint8Array({ maxLength: 200 }),
  )
}
