import iconv from 'iconv-lite'
import { expect, test } from 'vitest'
import type { Article } from '../document.js'
import { readFeed } from './feed.js'
import type { ReadResult } from './read-result.js'

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example Wire &amp; Co</title>
  <item>
    <title>Ministers meet in Vilnius</title>
    <link>https://example.com/vilnius</link>
    <pubDate>Tue, 13 Jun 2023 08:00:00 +0300</pubDate>
    <description>&lt;p&gt;Foreign ministers met on Tuesday.&lt;/p&gt;&lt;p&gt;Talks went on &amp;amp; on.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Only a title</title>
    <link>https://example.com/empty</link>
  </item>
  <item>
    <title><![CDATA[Summit ends]]></title>
    <pubDate>not a date</pubDate>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>The summit ended with a <b>joint</b> statement.</p><p>Leaders left on Wednesday.</p>]]></content:encoded>
  </item>
</channel>
</rss>`

function articles(results: ReadResult[]): Article[] {
  return results.flatMap((result) => (result.ok ? [result.article] : []))
}

test('readFeed() reads RSS 2.0 items: title line, text stripped of HTML, link, date, feed name', () => {
  const [first] = articles(readFeed(Buffer.from(RSS), 'wire.xml'))
  expect(first).toMatchObject({
    text: 'Ministers meet in Vilnius\n\nForeign ministers met on Tuesday.\n\nTalks went on & on.',
    title: 'Ministers meet in Vilnius',
    url: 'https://example.com/vilnius',
    published: '2023-06-13',
    source: { kind: 'feed', path: 'wire.xml', item: 1, name: 'Example Wire & Co' },
  })
})

test('readFeed() reports an item with no text by its number and still reads the rest', () => {
  const results = readFeed(Buffer.from(RSS), 'wire.xml')
  expect(results.map((r) => r.ok)).toEqual([true, false, true])
  const bad = results[1]
  expect(bad?.ok === false && bad.error.code).toBe('feed.item')
  expect(bad?.ok === false && bad.error.message).toBe('Cannot read item 2 of feed "wire.xml": it has no text')
})

test('readFeed() prefers content:encoded over description, and warns about a date it cannot read', () => {
  const third = articles(readFeed(Buffer.from(RSS), 'wire.xml'))[1]
  expect(third?.text).toBe('Summit ends\n\nThe summit ended with a joint statement.\n\nLeaders left on Wednesday.')
  expect(third?.published).toBeUndefined()
  expect(third?.diagnostics?.[0]?.code).toBe('date.malformed')
})

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title>
  <entry>
    <title type="html">Allies &amp;amp; partners agree</title>
    <link rel="self" href="https://example.com/self"/>
    <link rel="alternate" href="https://example.com/allies"/>
    <published>2023-07-11T23:30:00-05:00</published>
    <updated>2023-07-12T10:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Leaders agreed on a plan.</p><p>It takes effect &amp; binds all.</p></div></content>
  </entry>
  <entry>
    <title>Summary only</title>
    <link href="https://example.com/summary"/>
    <updated>2023-07-12</updated>
    <summary>A short summary of the day.</summary>
  </entry>
</feed>`

test('readFeed() reads Atom entries: alternate link, published before updated, XHTML and summary text', () => {
  const [first, second] = articles(readFeed(Buffer.from(ATOM), 'atom.atom'))
  expect(first).toMatchObject({
    text: 'Allies & partners agree\n\nLeaders agreed on a plan.\n\nIt takes effect & binds all.',
    url: 'https://example.com/allies',
    published: '2023-07-11',
    source: { kind: 'feed', path: 'atom.atom', item: 1, name: 'Example Atom' },
  })
  expect(second).toMatchObject({ text: 'Summary only\n\nA short summary of the day.', published: '2023-07-12' })
})

test('readFeed() reports invalid XML as feed.malformed with the line number', () => {
  const xml = '<?xml version="1.0"?>\n<rss><channel>\n<item><title>Broken</tite></item>\n</channel></rss>'
  expect(() => readFeed(Buffer.from(xml), 'broken.xml')).toThrow(
    expect.objectContaining({
      code: 'feed.malformed',
      message: 'Cannot read feed "broken.xml": line 3 is not valid XML',
    }),
  )
})

test('readFeed() reports well-formed XML that is not a feed', () => {
  expect(() => readFeed(Buffer.from('<notes><note>Hi</note></notes>'), 'notes.xml')).toThrow(
    expect.objectContaining({ code: 'feed.malformed' }),
  )
})

test('readFeed() never expands DTD entities', () => {
  const xml = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>T</title><item><title>Entity &lol2;</title><description>Body &lol2; text</description></item></channel></rss>`
  const [article] = articles(readFeed(Buffer.from(xml), 'dtd.xml'))
  expect(article?.text).not.toContain('lollol')
  expect(article?.text).toContain('&lol2;')
})

test('readFeed() decodes a feed by the encoding its XML declaration names', () => {
  const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item><title>Zürich</title><description>Señor Sánchez spoke.</description></item></channel></rss>`
  const [article] = articles(readFeed(iconv.encode(xml, 'latin1'), 'latin.rss'))
  expect(article?.text).toBe('Zürich\n\nSeñor Sánchez spoke.')
})

test('readFeed() reports a feed with no items as empty', () => {
  const xml = '<rss version="2.0"><channel><title>Quiet</title></channel></rss>'
  expect(() => readFeed(Buffer.from(xml), 'quiet.xml')).toThrow(expect.objectContaining({ code: 'input.empty' }))
})
