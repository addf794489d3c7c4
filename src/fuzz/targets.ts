import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type fc from 'fast-check'
import { ERROR_CODES, EntenteError } from '../errors.js'
import { articleId, makeArticle, readBytes, readInputs, type ReaderFormat, type ReadResult } from '../ingest/index.js'
import { analyze } from '../run.js'
import { text } from './arbitraries.js'
import { feedBytes, folder, htmlBytes, jsonlBytes, textBytes, type FolderInput } from './documents.js'

/** Something to fuzz: inputs, and a run that returns what is wrong with the outcome (nothing when it is sound). */
export interface FuzzTarget<T> {
  readonly name: string
  readonly inputs: fc.Arbitrary<T>
  run(input: T): Promise<string[]>
  /** A short description of an input for a report. */
  describe(input: T): string
  /** Loads what the first run would (models, the KB), so that no input is timed with it. */
  warm?(): void
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * What is wrong with a reader's results: an article must have well-formed text (storable as UTF-8), the id of its
 * text and only an http(s) URL; an error must be a named EntenteError with a known code, naming its input, and not
 * the wrapper of a crash inside a reader (that is a bug the fuzzing is there to find).
 */
export function problemsOf(results: readonly ReadResult[]): string[] {
  return results.flatMap((result): string[] => {
    if (result.ok) {
      const { text: body, id, url, title } = result.article
      return [
        ...(body.trim() === '' ? ['an article with no text'] : []),
        ...(LONE_SURROGATE.test(body) || LONE_SURROGATE.test(title ?? '') ? ['a lone surrogate kept'] : []),
        ...(id !== articleId(body) ? ['an id that is not the hash of the text'] : []),
        ...(url !== undefined && !/^https?:\/\//i.test(url) ? [`a non-http URL kept: ${url.slice(0, 60)}`] : []),
      ]
    }
    return errorProblems(result.error, result.input)
  })
}

function errorProblems(error: unknown, input?: string): string[] {
  if (!(error instanceof EntenteError)) return [`an unnamed throw: ${String(error).slice(0, 200)}`]
  if (!(ERROR_CODES as readonly string[]).includes(error.code)) return [`an unknown error code ${error.code}`]
  if (error.cause !== undefined && !(error.cause instanceof EntenteError) && /reader failed/.test(error.message))
    return [`a crash inside a reader: ${error.message}`]
  // the input named may be more precise than the file (a sidecar that dates it, "dump.jsonl#4"); it must be named
  if (input !== undefined && (error.input === undefined || !error.message.includes(error.input)))
    return [`an error that does not name its input: ${error.message}`]
  return []
}

const bytesTarget = (name: ReaderFormat, inputs: fc.Arbitrary<Uint8Array>, path: string): FuzzTarget<Uint8Array> => ({
  name,
  inputs,
  run: async (bytes) => problemsOf(readBytes(bytes, path, name)),
  describe: (bytes) =>
    `${bytes.byteLength} bytes: ${JSON.stringify(Buffer.from(bytes).toString('latin1').slice(0, 80))}`,
})

/** The folder reader over a scratch folder holding the generated files. */
const folderTarget: FuzzTarget<FolderInput> = {
  name: 'folder',
  inputs: folder,
  async run(input) {
    const root = await mkdtemp(join(tmpdir(), 'entente-fuzz-'))
    try {
      const dir = input.nested ? join(root, 'sub') : root
      await mkdir(dir, { recursive: true })
      for (const [i, [base, extension, bytes]] of input.files.entries()) {
        await writeFile(join(dir, `${i}-${base}${extension}`), bytes)
      }
      if (input.sidecar !== undefined) await writeFile(join(dir, 'published.json'), input.sidecar)
      const results: ReadResult[] = []
      for await (const result of readInputs([root])) results.push(result)
      return problemsOf(results)
    } catch (error) {
      return errorProblems(error)
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  },
  describe: (input) =>
    input.files.map(([base, extension, bytes]) => `${base}${extension} (${bytes.byteLength} B)`).join(', '),
}

/** The whole pipeline on arbitrary text: a Doc, or a named EntenteError. */
const pipelineTarget: FuzzTarget<string> = {
  name: 'pipeline',
  inputs: text.filter((t) => t.trim() !== ''),
  async run(input) {
    try {
      const doc = analyze(makeArticle(input, { kind: 'text', path: 'fuzz.txt' }))
      const outside = doc.mentions.filter((m) => m.start < 0 || m.end > doc.text.length || m.start > m.end)
      return outside.length ? [`${outside.length} mentions outside the text`] : []
    } catch (error) {
      return errorProblems(error)
    }
  },
  describe: (input) => `${input.length} chars: ${JSON.stringify(input.slice(0, 80))}`,
  warm: () => void analyze(makeArticle('Finland joined NATO.', { kind: 'text', path: 'warm.txt' })),
}

export const TARGETS = {
  text: bytesTarget('text', textBytes, 'fuzz.txt'),
  html: bytesTarget('html', htmlBytes, 'fuzz.html'),
  feed: bytesTarget('feed', feedBytes, 'fuzz.xml'),
  jsonl: bytesTarget('jsonl', jsonlBytes, 'fuzz.jsonl'),
  folder: folderTarget,
  pipeline: pipelineTarget,
} as const
