import fc from 'fast-check'
import { asBytes, date, deep, fragment, page, text, url } from './arbitraries.js'

/** The declarations hostile feeds start with: entities of every kind, external and parameter ones. */
const doctype = fc.constantFrom(
  '',
  '',
  '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE rss [<!ENTITY % pe SYSTEM "http://127.0.0.1:9/x.dtd"> %pe;]>',
  '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  '<!DOCTYPE rss PUBLIC "-//x//EN" "http://127.0.0.1:9/rss.dtd">',
)

const escaped = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const body = fc.oneof(
  text,
  fragment.map(escaped),
  fragment.map((html) => `<![CDATA[${html}]]>`),
  deep.map(escaped),
  deep,
)

const item = fc
  .record({ title: text, description: body, link: url, pubDate: date, guid: url }, { requiredKeys: [] })
  .map((fields) =>
    Object.entries(fields)
      .map(([name, value]) => `<${name}>${value}</${name}>`)
      .join(''),
  )

/** RSS 2.0, Atom and RSS 1.0 documents with random items and declarations. */
export const feed = fc
  .tuple(
    fc.constantFrom('rss', 'atom', 'rdf'),
    doctype,
    fc.array(item, { maxLength: 4 }),
    fc.constantFrom('', '<?xml version="1.0" encoding="UTF-16"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>'),
  )
  .map(([kind, dtd, items, declaration]) => {
    if (kind === 'atom')
      return `${declaration}${dtd}<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>${items.map((i) => `<entry>${i.replace(/description>/g, 'summary>')}</entry>`).join('')}</feed>`
    const open =
      kind === 'rss' ? '<rss version="2.0"><channel><title>W</title>' : '<rdf:RDF><channel><title>W</title></channel>'
    const close = kind === 'rss' ? '</channel></rss>' : '</rdf:RDF>'
    return `${declaration}${dtd}${open}${items.map((i) => `<item>${i}</item>`).join('')}${close}`
  })

const value = fc.oneof(text, url, date, fc.integer(), fc.constant(null), fc.boolean(), fc.array(text, { maxLength: 2 }))
const jsonLine = fc
  .record(
    { text: value, html: fc.oneof(page, fragment, deep), title: value, published: date, url, source: value },
    { requiredKeys: [] },
  )
  .map((record) => JSON.stringify(record).replace(/\\\\u/g, '\\u')) // "\\ud800" in a value becomes an escape

/** JSON Lines: article objects, objects of the wrong shape, escapes of lone surrogates, and junk lines. */
export const jsonl = fc
  .array(fc.oneof({ weight: 4, arbitrary: jsonLine }, text, fc.json()), { maxLength: 6 })
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((end) => lines.join(end)))

export const textBytes = asBytes(text)
export const htmlBytes = asBytes(fc.oneof({ weight: 3, arbitrary: page }, fragment, deep, text))
export const feedBytes = asBytes(feed)
export const jsonlBytes = asBytes(jsonl)

const EXTENSIONS = ['.txt', '.html', '.htm', '.xml', '.rss', '.atom', '.jsonl', '.md', '']
const file = fc.tuple(
  fc.stringMatching(/^[a-z0-9 ._-]{1,12}$/),
  fc.constantFrom(...EXTENSIONS),
  fc.oneof(textBytes, htmlBytes, feedBytes, jsonlBytes),
)

/** A folder: files of any reader's input under any extension, in a subfolder sometimes, with a sidecar sometimes. */
export const folder = fc.record({
  files: fc.array(file, { maxLength: 5 }),
  nested: fc.boolean(),
  sidecar: fc.option(fc.oneof(fc.json(), text), { nil: undefined }),
})
export type FolderInput = typeof folder extends fc.Arbitrary<infer T> ? T : never
