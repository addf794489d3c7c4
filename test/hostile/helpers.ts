import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readInputs, type ReadOptions, type ReadResult } from '../../src/ingest/index.js'

/** A small hostile input kept as a file beside these tests. */
export function input(name: string): Buffer {
  return readFileSync(new URL(`./inputs/${name}`, import.meta.url))
}

/** `n` nested elements around some text: the shape that overflowed the stack and made Readability crawl. */
export function nested(tag: string, n: number, inner = 'Deep text.'): string {
  return `<${tag}>`.repeat(n) + inner + `</${tag}>`.repeat(n)
}

/** A scratch folder holding the given files; removed by the returned function. */
export async function folderOf(files: Record<string, string | Buffer>): Promise<[string, () => Promise<void>]> {
  const dir = await mkdtemp(join(tmpdir(), 'entente-hostile-'))
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
  return [dir, () => rm(dir, { recursive: true, force: true })]
}

export async function collect(paths: string[], options: ReadOptions = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = []
  for await (const result of readInputs(paths, options)) results.push(result)
  return results
}

/** Each result as "ok: first words" or "code: message", for one readable assertion. */
export function outcomes(results: readonly ReadResult[]): string[] {
  return results.map((r) => (r.ok ? `ok: ${r.article.text.slice(0, 24)}` : `${r.error.code}: ${r.error.message}`))
}
