import { expect, test } from 'vitest'
import type { Stage } from '../../src/pipeline.js'
import { assemblePipeline } from '../../src/pipeline.js'
import { docFromArticle } from '../../src/document.js'
import { makeArticle, readBytes } from '../../src/ingest/index.js'
import { nested, outcomes } from './helpers.js'

// Issue 14, item 3: Readability's text-density pass is about cubic in depth (1 k nested divs 24 s, 5 k 12 min).

test('issue 14: 5 k nested divs (the 55 KB page that took 12 min) are refused before Readability', () => {
  const page = `<html><body>${nested('div', 5000, '<p>Ministers met in Oslo.</p>')}</body></html>`
  expect(outcomes(readBytes(Buffer.from(page), 'deep.html'))).toEqual([
    'html.too-complex: Cannot read HTML "deep.html": its elements nest 5003 deep (at most 160 are read)',
  ])
})

test('issue 14: 1 k nested divs are refused too, and the error says how to read the text anyway', () => {
  const [result] = readBytes(Buffer.from(`<body>${nested('div', 1000)}</body>`), 'page.html')
  expect(result?.ok === false && result.error.hint).toContain('--input text')
})

test('issue 14: a page of 40 k elements is refused; one of 100 nested divs, as deep as real pages go, is read', () => {
  const wide = `<html><body>${'<p>Word.</p>'.repeat(40_000)}</body></html>`
  expect(outcomes(readBytes(Buffer.from(wide), 'wide.html'))).toEqual([
    'html.too-complex: Cannot read HTML "wide.html": it has 40002 elements (at most 30000 are read)',
  ])
  const deepButFine = `<html><body>${nested('div', 100, '<p>Ministers of Norway and Chile met in Oslo on Monday.</p>')}</body></html>`
  expect(outcomes(readBytes(Buffer.from(deepButFine), 'fine.html'))).toEqual(['ok: Ministers of Norway and '])
})

test('issue 14: 28 k elements nested 150 deep in runs (about 5 s in Readability) are refused by their nesting work', () => {
  const page = `<html><body>${nested('div', 150, 'Text, words here. ').repeat(190)}</body></html>`
  expect(outcomes(readBytes(Buffer.from(page), 'runs.html'))).toEqual([
    'html.too-complex: Cannot read HTML "runs.html": its 28502 elements nest 77 deep on average (elements × average depth at most 600000 are read)',
  ])
})

test('issue 14: an article over the per-article time budget fails alone; the rest of its run goes on', () => {
  let clock = 0
  const slowOnLong: Stage = {
    name: 'slow',
    needs: [],
    adds: [],
    run(doc) {
      clock += doc.text.length > 20 ? 5000 : 1 // the long article "takes" 5 s of the fake clock
      return {}
    },
  }
  const pipeline = assemblePipeline([slowOnLong], { budgetMs: 1000, now: () => clock })
  const doc = (text: string, path: string) => docFromArticle(makeArticle(text, { kind: 'text', path }))
  expect(() => pipeline.run(doc('A long article that takes too long.', 'long.txt'))).toThrow(
    expect.objectContaining({
      code: 'pipeline.timeout',
      message: 'Cannot analyze "long.txt": 5000 ms by the end of stage "slow", over the 1000 ms budget for one article',
    }),
  )
  expect(pipeline.run(doc('Short one.', 'short.txt')).text).toBe('Short one.')
})
