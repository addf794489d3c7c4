import { join } from 'node:path'
import { expect, test } from 'vitest'
import { collect, folderOf, outcomes } from './helpers.js'

// Issue 14, item 9: --max-bytes capped whole files, so a 6.4 MB JSONL of 40 k tiny articles was refused.

test('issue 14: a 6.4 MB JSONL of 40 k tiny articles is read whole under the default 5 MB article limit', async () => {
  const line = (i: number) =>
    JSON.stringify({ text: `Article ${i}: Chile and Peru met in Lima again.`.padEnd(150, '.') })
  const dump = Array.from({ length: 40_000 }, (_, i) => line(i)).join('\n') + '\n'
  expect(Buffer.byteLength(dump)).toBeGreaterThan(6_400_000)
  const [dir, remove] = await folderOf({ 'dump.jsonl': dump })
  try {
    const results = await collect([join(dir, 'dump.jsonl')])
    expect(results).toHaveLength(40_000)
    expect(results.every((r) => r.ok)).toBe(true)
  } finally {
    await remove()
  }
})

test('issue 14: --max-bytes caps each JSONL line; the lines under it are still read', async () => {
  const dump = `{"text":"Short."}\n${JSON.stringify({ text: 'x'.repeat(500) })}\n{"text":"Also short."}\n`
  const [dir, remove] = await folderOf({ 'dump.jsonl': dump })
  try {
    const results = await collect([join(dir, 'dump.jsonl')], { maxBytes: 100 })
    expect(outcomes(results)).toEqual([
      'ok: Short.',
      `input.too-large: Cannot read "${join(dir, 'dump.jsonl')}#2": it is 511 bytes, over the 100 bytes limit for one article`,
      'ok: Also short.',
    ])
    expect(results[1]?.ok === false && results[1].error.hint).toBe('Pass --max-bytes 511 or more to read it anyway')
  } finally {
    await remove()
  }
})

test('issue 14: a feed item over --max-bytes is refused alone; a file over the file bound is refused whole', async () => {
  const item = (text: string) => `<item><title>T</title><description>${text}</description></item>`
  const feed = `<rss><channel>${item('Short.')}${item('y'.repeat(500))}</channel></rss>`
  const [dir, remove] = await folderOf({ 'wire.xml': feed })
  try {
    const path = join(dir, 'wire.xml')
    expect((await collect([path], { maxBytes: 100 })).map((r) => (r.ok ? 'ok' : r.error.message))).toEqual([
      'ok',
      `Cannot read "${path}#2": it is 503 bytes, over the 100 bytes limit for one article`,
    ])
    const [whole] = await collect([path], { maxBytes: 100, maxFileBytes: 200 })
    expect(whole?.ok === false && whole.error.message).toBe(
      `Cannot read "${path}": it is ${Buffer.byteLength(feed)} bytes, over the 200 bytes limit for one file`,
    )
  } finally {
    await remove()
  }
})
