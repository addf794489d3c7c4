import { join } from 'node:path'
import { expect, test } from 'vitest'
import { readBytes } from '../../src/ingest/index.js'
import { collect, folderOf, input, nested, outcomes } from './helpers.js'

// Issue 14, item 2: each of these stopped the whole run with "Internal error" and stored nothing.

test('issue 14: a feed with an external entity is refused as feed.malformed, naming the feed', () => {
  const [result] = readBytes(input('external-entity.xml'), 'wire.xml')
  expect(result?.ok === false && [result.error.code, result.error.message]).toEqual([
    'feed.malformed',
    'Cannot read feed "wire.xml": External entities are not supported',
  ])
})

test('issue 14: a feed with a parameter entity is refused as feed.malformed, naming the feed', () => {
  const [result] = readBytes(input('parameter-entity.xml'), 'wire.xml')
  expect(result?.ok === false && result.error.code).toBe('feed.malformed')
  expect(result?.ok === false && result.error.input).toBe('wire.xml')
})

test('issue 14: a feed nesting 100 k tags is refused as feed.malformed', () => {
  const xml = `<rss><channel><item><title>A</title><description>Text.</description></item>${nested('x', 100_000, '')}</channel></rss>`
  const [result] = readBytes(Buffer.from(xml), 'deep.xml')
  expect(result?.ok === false && result.error.code).toBe('feed.malformed')
  expect(result?.ok === false && result.error.message).toMatch(/^Cannot read feed "deep\.xml": /)
})

test('issue 14: 10 k nested <div>s in an .html file are refused as html.too-complex, naming the file', () => {
  const [result] = readBytes(Buffer.from(`<html><body>${nested('div', 10_000)}</body></html>`), 'deep.html')
  expect(result?.ok === false && [result.error.code, result.error.message]).toEqual([
    'html.too-complex',
    'Cannot read HTML "deep.html": its elements nest 10002 deep (at most 160 are read)',
  ])
})

test('issue 14: a JSONL html line nesting 10 k <div>s fails that line only; the next line is read', () => {
  const lines = [JSON.stringify({ html: nested('div', 10_000) }), '{"text":"Peru and Chile met."}'].join('\n')
  const results = readBytes(Buffer.from(lines), 'dump.jsonl')
  expect(outcomes(results)).toEqual([
    'html.too-complex: Cannot read "dump.jsonl" line 1: its elements nest 10000 deep (at most 160 are read)',
    'ok: Peru and Chile met.',
  ])
})

test('issue 14: a feed description nesting 10 k <div>s fails that item only; the next item is read', () => {
  const deep =
    '&lt;div&gt;'.repeat(10_000) +
    'x' +
    '&lt;/div&gt;'
      .repeat(10_000)
      .replace(/<\//g, '&lt;/')
      .replace(/&lt;\/&lt;div&gt;/g, '&lt;/div&gt;')
  const xml =
    `<rss><channel><item><title>A</title><description>${deep}</description></item>` +
    '<item><title>B</title><description>Oslo talks resumed.</description></item></channel></rss>'
  expect(outcomes(readBytes(Buffer.from(xml), 'wire.xml'))).toEqual([
    'html.too-complex: Cannot read item 1 of feed "wire.xml": its elements nest 10000 deep (at most 160 are read)',
    'ok: B\n\nOslo talks resumed.',
  ])
})

test('issue 14: a folder holding every hostile input still reads its good files, one error per bad input', async () => {
  const [dir, remove] = await folderOf({
    'a-entity.xml': input('external-entity.xml'),
    'b-parameter.xml': input('parameter-entity.xml'),
    'c-deep.html': `<html><body>${nested('div', 10_000)}</body></html>`,
    'd-deep.xml': `<rss><channel>${nested('x', 100_000, '')}</channel></rss>`,
    'e-good.txt': 'Norway and Sweden signed a treaty in Oslo.',
    'f-mixed.jsonl': `${JSON.stringify({ html: nested('div', 10_000) })}\n{"text":"Japan and Korea met."}\n`,
  })
  try {
    const results = await collect([dir])
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'feed.malformed',
      'feed.malformed',
      'html.too-complex',
      'feed.malformed',
      'ok',
      'html.too-complex',
      'ok',
    ])
    const inputs = results.flatMap((r) => (r.ok ? [] : [r.input]))
    expect(inputs).toEqual(
      ['a-entity.xml', 'b-parameter.xml', 'c-deep.html', 'd-deep.xml', 'f-mixed.jsonl'].map((f) => join(dir, f)),
    )
  } finally {
    await remove()
  }
})
