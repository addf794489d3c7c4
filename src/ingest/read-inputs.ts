import { open } from 'node:fs/promises'
import type { Article } from '../document.js'
import { EntenteError } from '../errors.js'
import { readFeed } from './feed.js'
import { fileError, listInputs } from './folder.js'
import { formatOfPath, sniffFormat } from './format.js'
import { readHtml } from './html.js'
import { readJsonl } from './jsonl.js'
import { parsePublished } from './published.js'
import { createSidecarDates } from './sidecar.js'
import type { InputFormat, ReadResult, ReaderFormat } from './read-result.js'
import { readText } from './text.js'

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

export interface ReadOptions {
  /** YYYY-MM-DD that overrides every article's own date. */
  published?: string
  /** Largest input read, in bytes (default 5 MiB). */
  maxBytes?: number
  format?: InputFormat
  /** Where "-" reads from (default process.stdin); tests pass their own. */
  stdin?: AsyncIterable<Uint8Array | string>
}

/**
 * Reads files, folders (recursively) and "-" (stdin) into Articles, one result per article or per failure, so
 * one bad file, feed item or JSONL line never stops the rest. Throws only for a bad option.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const published = options.published === undefined ? undefined : parsePublished(options.published)
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new EntenteError('usage', `Cannot use --max-bytes "${maxBytes}": expected a positive whole number`)
  }
  const format = options.format ?? 'auto'
  for (const path of paths) {
    let results: ReadResult[] | AsyncGenerator<ReadResult>
    try {
      results =
        path === '-'
          ? readBytes(await readStdin(options.stdin ?? process.stdin, maxBytes), '-', format)
          : readFiles(await listInputs(path), format, maxBytes)
    } catch (error) {
      if (!(error instanceof EntenteError)) throw error
      results = [{ ok: false, input: path, error }]
    }
    for await (const result of results) {
      yield result.ok && published ? { ok: true, article: { ...result.article, published } } : result
    }
  }
}

async function* readFiles(files: string[], format: InputFormat, maxBytes: number): AsyncGenerator<ReadResult> {
  const sidecarDate = createSidecarDates()
  for (const file of files) {
    try {
      for (const result of readBytes(await readFile(file, maxBytes), file, format)) {
        // a plain-text file carries no date of its own; a published.json beside it may give one
        const date = result.ok && !result.article.published ? sidecarDate(file) : undefined
        yield date && result.ok ? { ok: true, article: { ...result.article, published: date } } : result
      }
    } catch (error) {
      if (!(error instanceof EntenteError)) throw error
      yield { ok: false, input: file, error }
    }
  }
}

/** Reads one input's bytes in the given format (auto: by extension, then by content). */
export function readBytes(bytes: Uint8Array, path: string, format: InputFormat = 'auto'): ReadResult[] {
  const chosen: ReaderFormat =
    format !== 'auto' ? format : ((path === '-' ? undefined : formatOfPath(path)) ?? sniffFormat(bytes))
  try {
    return READERS[chosen](bytes, path)
  } catch (error) {
    if (!(error instanceof EntenteError)) throw error
    return [{ ok: false, input: path, error }]
  }
}

const one = (article: Article): ReadResult[] => [{ ok: true, article }]

const READERS: Record<ReaderFormat, (bytes: Uint8Array, path: string) => ReadResult[]> = {
  text: (bytes, path) => one(readText(bytes, path, path === '-' ? { kind: 'stdin' } : {})),
  html: (bytes, path) => one(readHtml(bytes, path)),
  feed: readFeed,
  jsonl: readJsonl,
}

/** Reads a file, refusing before reading when it is larger than maxBytes. */
async function readFile(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error)
  })
  try {
    const { size } = await handle.stat()
    if (size > maxBytes) throw tooLarge(path, size, maxBytes)
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

async function readStdin(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk)
    size += bytes.length
    if (size > maxBytes) throw tooLarge('-', size, maxBytes, 'more than ')
    chunks.push(bytes)
  }
  return Buffer.concat(chunks)
}

function tooLarge(path: string, size: number, maxBytes: number, prefix = ''): EntenteError {
  return new EntenteError(
    'input.too-large',
    `Cannot read "${path}": it is ${prefix}${megabytes(size)} (${size} bytes), over the ${megabytes(maxBytes)} limit`,
    { input: path, hint: `Pass --max-bytes ${Math.max(size, maxBytes + 1)} or more to read it anyway` },
  )
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
