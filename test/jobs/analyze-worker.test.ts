import { afterAll, expect, test } from 'vitest'
import type { Article } from '../../src/document.js'
import analyzeInWorker from '../../src/jobs/ingest/analyze-worker.js'
import { analyze } from '../../src/run.js'
import { JAPAN_NATO_TEXT } from '../store/fixtures.js'
import { cleanup, DATABASES, storeSnapshot } from '../store/helpers.js'

afterAll(cleanup)

const ARTICLES: Article[] = [
  { id: '', text: JAPAN_NATO_TEXT, published: '2023-04-05', source: { kind: 'text', path: 'a.txt' } },
  {
    id: '',
    text:
      'Russia and China signed a trade agreement in Beijing on Monday, officials said. ' +
      'Last week Moscow had accused Washington of blocking talks, and on 3 March 2023 it sanctioned two banks.',
    published: '2023-03-20',
    source: { kind: 'text', path: 'b.txt' },
  },
]

test('issue 13: a worker thread sends back what the store writes and no more (no tokens, no time expressions): the store is the same', async () => {
  const sqlite = DATABASES[0] as (typeof DATABASES)[number]
  const whole = await sqlite.open()
  const sent = await sqlite.open()
  for (const article of ARTICLES) {
    const full = analyze(article)
    const copied = analyzeInWorker(article)
    // the article has what the worker leaves out
    expect(full.tokens.length).toBeGreaterThan(0)
    expect(full.times.length).toBeGreaterThan(0)
    expect(copied.tokens).toEqual([])
    expect(copied.times).toEqual([])
    expect(copied.events.length).toBeGreaterThan(0)
    await whole.putDoc(full)
    await sent.putDoc(copied)
  }
  expect(await storeSnapshot(sent)).toEqual(await storeSnapshot(whole))
  await whole.close()
  await sent.close()
})
