import { join } from 'node:path'
import { expect, test } from 'vitest'
import { readInputs } from '../../src/ingest/index.js'
import { createAnalyzer, ingestItems } from '../../src/jobs/index.js'
import { openSqliteStore } from '../../src/store/index.js'
import { folderOf, input, nested } from './helpers.js'

// Issue 14, item 2: one hostile input stopped the whole ingest with "Internal error" and stored nothing.

test('issue 14: an ingest of a folder holding hostile inputs stores every good article and fails each bad one', async () => {
  const [dir, remove] = await folderOf({
    'a-entity.xml': input('external-entity.xml'),
    'b-deep.html': `<html><body>${nested('div', 10_000)}</body></html>`,
    'c-good.txt': 'Norway and Sweden signed a fisheries treaty in Oslo on Monday.',
    'd-mixed.jsonl': `${JSON.stringify({ html: nested('div', 10_000) })}\n{"text":"Japan and South Korea held talks in Seoul on Friday."}\n`,
  })
  const store = await openSqliteStore(join(dir, 'hostile.db'))
  const analyzer = createAnalyzer({ jobs: 1 })
  try {
    const failed: string[] = []
    const summary = await ingestItems(store, readInputs([dir]), {
      analyzer,
      onResult: (result) => void (result.status === 'failed' && failed.push(result.input)),
    })
    expect([summary.stored, summary.failed]).toEqual([2, 3])
    expect(failed).toEqual(['a-entity.xml', 'b-deep.html', 'd-mixed.jsonl'].map((f) => join(dir, f)))
  } finally {
    await analyzer.close()
    await store.close()
    await remove()
  }
})
