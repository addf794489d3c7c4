import { expect, test } from 'vitest'
import { readJsonl } from './jsonl.js'

const LINES = [
  JSON.stringify({
    text: 'Leaders met in Vilnius.',
    title: 'Vilnius',
    published: '2023-07-11',
    url: 'https://e.com/1',
    source: 'Wire',
  }),
  '',
  JSON.stringify({ title: 'No text here' }),
  '{"text": "unterminated',
  JSON.stringify({ html: '<p>Ministers <b>agreed</b>.</p>', title: 'Agreement', published: 'Jul 12, 2023' }),
  JSON.stringify({ text: 'Bad date.', published: 'someday' }),
  JSON.stringify({ text: 42 }),
  '   ',
  JSON.stringify({ text: 'Last line keeps\r\nits text exactly.' }),
]

const results = readJsonl(Buffer.from(LINES.join('\n') + '\n'), 'batch.jsonl')

test('readJsonl() reads one article per line and skips blank lines', () => {
  expect(results.map((r) => r.ok)).toEqual([true, false, false, true, false, false, true])
})

test('readJsonl() keeps `text` exactly and takes title, published, url and source', () => {
  const first = results[0]
  expect(first?.ok && first.article).toMatchObject({
    text: 'Leaders met in Vilnius.',
    title: 'Vilnius',
    published: '2023-07-11',
    url: 'https://e.com/1',
    source: { kind: 'jsonl', path: 'batch.jsonl', item: 1, name: 'Wire' },
  })
  const last = results[6]
  expect(last?.ok && last.article.text).toBe('Last line keeps\r\nits text exactly.')
  expect(last?.ok && last.article.source.item).toBe(9)
})

test('readJsonl() reads `html` like a page, title first', () => {
  const html = results[3]
  expect(html?.ok && html.article).toMatchObject({ text: 'Agreement\n\nMinisters agreed.', published: '2023-07-12' })
})

const ERRORS: [index: number, message: string][] = [
  [1, 'Cannot read "batch.jsonl" line 3: text: Required (or "html")'],
  [2, 'Cannot read "batch.jsonl" line 4: not valid JSON'],
  [4, 'Cannot read "batch.jsonl" line 6: published: not a date (expected YYYY-MM-DD)'],
  [5, 'Cannot read "batch.jsonl" line 7: text: Invalid input: expected string, received number'],
]
for (const [index, message] of ERRORS) {
  test(`readJsonl() reports ${JSON.stringify(message)}`, () => {
    const result = results[index]
    expect(result?.ok).toBe(false)
    if (result?.ok !== false) return
    expect(result.error.code).toBe('jsonl.line')
    expect(result.error.message.startsWith(message)).toBe(true)
    expect(result.input).toBe('batch.jsonl')
  })
}

test('readJsonl() reports an empty `text` and an `html` with no article', () => {
  const bad = readJsonl(Buffer.from('{"text": "  "}\n{"html": " "}'), 'b.jsonl')
  expect(bad.map((r) => (r.ok ? 'ok' : r.error.message))).toEqual([
    'Cannot read "b.jsonl" line 1: text: is empty',
    'Cannot read "b.jsonl" line 2: html: is empty',
  ])
  const noArticle = readJsonl(Buffer.from('{"html": "<div><img src=x></div>"}'), 'c.jsonl')
  expect(noArticle[0]?.ok === false && noArticle[0].error.message).toBe(
    'Cannot read "c.jsonl" line 1: html: no article text',
  )
})
