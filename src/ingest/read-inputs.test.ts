import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { readBytes, readInputs, type ReadOptions } from './read-inputs.js'
import type { ReadResult } from './read-result.js'

let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'entente-ingest-'))
  await mkdir(join(dir, 'news', 'deep'), { recursive: true })
  await mkdir(join(dir, 'news', '.hidden'), { recursive: true })
  await writeFile(join(dir, 'news', 'b.txt'), 'Second article.\n')
  await writeFile(join(dir, 'news', 'a.md'), 'First article.\n')
  await writeFile(join(dir, 'news', 'deep', 'c.html'), '<html><body><p>Third article, in HTML.</p></body></html>')
  await writeFile(join(dir, 'news', 'deep', 'd.jsonl'), '{"text":"Fourth."}\n{"text":"Fifth."}\n')
  await writeFile(
    join(dir, 'news', 'deep', 'e.rss'),
    '<rss><channel><item><title>Sixth</title><description>Six.</description></item></channel></rss>',
  )
  await writeFile(join(dir, 'news', 'notes.docx'), 'skipped: unknown extension')
  await writeFile(join(dir, 'news', '.hidden', 'x.txt'), 'skipped: hidden folder')
  await writeFile(join(dir, 'big.txt'), Buffer.alloc(6 * 1024 * 1024, 'a'))
  await writeFile(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
  await writeFile(join(dir, 'article'), '<!doctype html><html><body><p>Sniffed as HTML.</p></body></html>')
  await writeFile(join(dir, 'empty.txt'), '')
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function collect(paths: string[], options: ReadOptions = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = []
  for await (const result of readInputs(paths, options)) results.push(result)
  return results
}

function texts(results: ReadResult[]): string[] {
  return results.map((r) => (r.ok ? r.article.text : `error ${r.error.code}`))
}

test('readInputs() reads a folder recursively, by extension, in sorted order, skipping hidden files and Markdown', async () => {
  const results = await collect([join(dir, 'news')])
  expect(texts(results)).toEqual(['Second article.\n', 'Third article, in HTML.', 'Fourth.', 'Fifth.', 'Sixth\n\nSix.'])
  expect(results.map((r) => r.ok && r.article.source.kind)).toEqual(['text', 'html', 'jsonl', 'jsonl', 'feed'])
})

test('readInputs() refuses a 6 MB file over the 5 MB default, naming the size and --max-bytes', async () => {
  const [result] = await collect([join(dir, 'big.txt')])
  expect(result?.ok).toBe(false)
  if (result?.ok !== false) return
  expect(result.error.code).toBe('input.too-large')
  expect(result.error.message).toContain('6.0 MB (6291456 bytes), over the 5.0 MB limit')
  expect(result.error.hint).toContain('--max-bytes')
})

test('readInputs() reads the 6 MB file when maxBytes allows it', async () => {
  const [result] = await collect([join(dir, 'big.txt')], { maxBytes: 7 * 1024 * 1024 })
  expect(result?.ok && result.article.text.length).toBe(6 * 1024 * 1024)
})

test('readInputs() reports a missing path, a binary file and an empty file, and goes on', async () => {
  const results = await collect([
    join(dir, 'nope.txt'),
    join(dir, 'logo.png'),
    join(dir, 'empty.txt'),
    join(dir, 'news', 'a.md'),
  ])
  expect(texts(results)).toEqual([
    'error input.not-found',
    'error input.binary',
    'error input.empty',
    'First article.\n',
  ])
  expect(results[0]?.ok === false && results[0].error.message).toBe(
    `Cannot read "${join(dir, 'nope.txt')}": no such file or folder`,
  )
})

test('readInputs() sniffs a file with no extension, and --format overrides the extension', async () => {
  expect(texts(await collect([join(dir, 'article')]))).toEqual(['Sniffed as HTML.'])
  const html = await collect([join(dir, 'news', 'deep', 'c.html')], { format: 'text' })
  expect(texts(html)).toEqual(['<html><body><p>Third article, in HTML.</p></body></html>'])
})

test('readInputs() lets --published override every article date', async () => {
  const results = await collect([join(dir, 'news', 'a.md')], { published: '2023-04-05' })
  expect(results[0]?.ok && results[0].article.published).toBe('2023-04-05')
})

test('readInputs() throws date.malformed for a bad --published before reading anything', async () => {
  await expect(collect([join(dir, 'news')], { published: '05/04/2023' })).rejects.toMatchObject({
    code: 'date.malformed',
  })
})

test('readInputs() reads "-" from stdin, sniffing its format', async () => {
  const stdin = (async function* () {
    yield Buffer.from('{"text":"From a ')
    yield Buffer.from('pipe."}\n')
  })()
  const results = await collect(['-'], { stdin })
  expect(results[0]?.ok && results[0].article).toMatchObject({
    text: 'From a pipe.',
    source: { kind: 'jsonl', path: '-' },
  })
})

test('readInputs() stops reading stdin past maxBytes', async () => {
  const stdin = (async function* () {
    for (let i = 0; i < 10; i++) yield Buffer.alloc(100, 'a')
  })()
  const [result] = await collect(['-'], { stdin, maxBytes: 250 })
  expect(result?.ok === false && result.error.code).toBe('input.too-large')
})

test('readBytes() marks plain text from stdin with kind "stdin"', () => {
  const [result] = readBytes(Buffer.from('Plain words.'), '-')
  expect(result?.ok && result.article.source).toEqual({ kind: 'stdin', path: '-' })
})

test('a published.json beside plain-text files gives them their dates; --published still wins', async () => {
  const folder = join(dir, 'dated')
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, 'x.txt'), 'Dated article.\n')
  await writeFile(join(folder, 'y.txt'), 'Undated article.\n')
  await writeFile(join(folder, 'published.json'), '{ "x.txt": "2023-04-05" }')
  const results = await collect([folder])
  expect(results.map((r) => (r.ok ? r.article.published : 'failed'))).toEqual(['2023-04-05', undefined])
  const forced = await collect([folder], { published: '2024-01-02' })
  expect(forced.map((r) => (r.ok ? r.article.published : 'failed'))).toEqual(['2024-01-02', '2024-01-02'])
})

test('a broken published.json is reported for each file it would date, naming it', async () => {
  const folder = join(dir, 'badly-dated')
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, 'x.txt'), 'Article.\n')
  await writeFile(join(folder, 'published.json'), '{ "x.txt": ')
  const [result] = await collect([folder])
  expect(result?.ok).toBe(false)
  if (result && !result.ok) expect(result.error.message).toMatch(/published\.json.*not valid JSON/)
})
