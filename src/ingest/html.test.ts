import iconv from 'iconv-lite'
import { expect, test } from 'vitest'
import { articleFromHtml, readHtml } from './html.js'

const PARAGRAPHS = [
  'Foreign ministers of the alliance met in Vilnius on Tuesday to prepare the July summit, officials said.',
  'The talks covered air defence for Ukraine, the pace of new members joining and spending targets.',
  'Several delegations said they expected a joint statement before the end of the second day of talks.',
]

function page(head: string, body: string): string {
  return `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>${body}<footer>© Example News</footer></body></html>`
}

const ARTICLE = `<article><h1>Ministers prepare Vilnius summit</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>`

test('readHtml() gives title line, blank line, then paragraphs separated by blank lines', () => {
  const html = page('<title>Ministers prepare Vilnius summit | Example News</title>', ARTICLE)
  const article = readHtml(Buffer.from(html), 'page.html')
  expect(article.title).toBe('Ministers prepare Vilnius summit')
  expect(article.text).toBe(['Ministers prepare Vilnius summit', ...PARAGRAPHS].join('\n\n'))
  expect(article.source).toEqual({ kind: 'html', path: 'page.html' })
})

const DATE_SOURCES: [name: string, head: string, body: string][] = [
  ['article:published_time', '<meta property="article:published_time" content="2023-06-13T08:00:00+03:00">', ''],
  ['og:published_time', '<meta property="og:published_time" content="2023-06-13">', ''],
  ['pubdate', '<meta name="pubdate" content="20230613">', ''],
  ['DC.date', '<meta name="DC.date" content="2023-06-13">', ''],
  ['date', '<meta name="date" content="June 13, 2023">', ''],
  ['itemprop datePublished', '', '<span itemprop="datePublished" content="2023-06-13T07:00:00Z"></span>'],
  ['<time datetime>', '', '<time datetime="2023-06-13T09:30">13 June</time>'],
  [
    'JSON-LD',
    '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-06-13T10:00:00Z"}]}</script>',
    '',
  ],
]
for (const [name, head, body] of DATE_SOURCES) {
  test(`readHtml() reads the publication date from ${name}`, () => {
    const article = readHtml(Buffer.from(page(head, body + ARTICLE)), 'page.html')
    expect(article.published).toBe('2023-06-13')
  })
}

test('readHtml() keeps a warning, not a date, when the page date cannot be read', () => {
  const article = readHtml(Buffer.from(page('<meta name="date" content="soon">', ARTICLE)), 'page.html')
  expect(article.published).toBeUndefined()
  expect(article.diagnostics?.[0]?.code).toBe('date.malformed')
})

test('readHtml() still reads a truncated page', () => {
  const html = `<html><head><title>Cut short</title></head><body><div><p>${PARAGRAPHS[0]}</p><p>The talks covered air def`
  const article = readHtml(Buffer.from(html), 'cut.html')
  expect(article.text).toBe(`Cut short\n\n${PARAGRAPHS[0]}\n\nThe talks covered air def`)
})

test('readHtml() reads a bare fragment with no <html> or <body>', () => {
  const article = readHtml(Buffer.from(`<p>${PARAGRAPHS[1]}</p>`), 'fragment.html')
  expect(article.text).toBe(PARAGRAPHS[1])
})

test('readHtml() reports a page with no body text as html.no-article', () => {
  const html = page('<title>Empty</title><script>var x = "not text"</script>', '<div><img src="a.png"></div>')
  expect(() => readHtml(Buffer.from(html), 'empty.html')).toThrow(
    expect.objectContaining({
      code: 'html.no-article',
      message: 'Cannot read HTML "empty.html": no article text found',
    }),
  )
})

test('readHtml() decodes a windows-1252 page by its <meta charset>', () => {
  const text = 'Ministers met in Zürich for “frank” talks — the café was closed.'
  const html = `<html><head><meta charset="windows-1252"><title>Zürich talks</title></head><body><p>${text}</p></body></html>`
  const article = readHtml(iconv.encode(html, 'windows-1252'), 'legacy.html')
  expect(article.title).toBe('Zürich talks')
  expect(article.text).toBe(`Zürich talks\n\n${text}`)
})

test('readHtml() decodes an iso-8859-1 page declared with http-equiv', () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Señor Sánchez spoke.</p></body></html>`
  expect(readHtml(iconv.encode(html, 'latin1'), 'latin.html').text).toBe('Señor Sánchez spoke.')
})

test('readHtml() reports undeclared non-UTF-8 bytes instead of guessing', () => {
  const html = '<html><body><p>Señor Sánchez spoke.</p></body></html>'
  expect(() => readHtml(iconv.encode(html, 'latin1'), 'bad.html')).toThrow(
    expect.objectContaining({ code: 'input.encoding' }),
  )
})

test('articleFromHtml() prefers a given title and url, and does not repeat the title in the body', () => {
  const article = articleFromHtml(
    `<h2>Summit opens</h2><p>${PARAGRAPHS[0]}</p>`,
    { kind: 'jsonl', path: 'a.jsonl' },
    {
      title: 'Summit opens',
      url: 'https://example.com/a',
    },
  )
  expect(article.text).toBe(`Summit opens\n\n${PARAGRAPHS[0]}`)
  expect(article.url).toBe('https://example.com/a')
})

const TITLES: [head: string, h1: string, title: string][] = [
  [
    '<meta property="og:title" content="Ministers prepare Vilnius summit - Example News">',
    'Ministers prepare Vilnius summit',
    'Ministers prepare Vilnius summit',
  ],
  ['<meta property="og:title" content="Ministers prepare summit">', 'Example News', 'Ministers prepare summit'],
  ['<title>Ministers prepare summit | Example News</title>', '', 'Ministers prepare summit | Example News'],
]
for (const [head, h1, title] of TITLES) {
  test(`readHtml() takes the title ${JSON.stringify(title)} from ${head}${h1 ? ` and <h1>${h1}</h1>` : ''}`, () => {
    const body = `${h1 ? `<header><h1>${h1}</h1></header>` : ''}<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`
    const article = readHtml(Buffer.from(page(head, body)), 'page.html')
    expect(article.title).toBe(title)
    expect(article.text.split('\n\n')).toEqual([title, ...PARAGRAPHS])
  })
}
