import { open } from 'node:fs/promises'
import type { Article } from '../document.js'
import { EntenteError } from '../errors.js'
import { readFeed } from './feed.js'
import { fileError, listInputs } from './folder.js'
import { formatOfPath, sniffFormat } from './format.js'
import { readHtml } from './html.js'
import { readJsonl } from './jsonl.js'
import { parsePublished } from './published.js'
import { readerFailure } from './reader-failure.js'
import { tooLarge } from './limits.js'
import { createSidecarDates } from './sidecar.js'
import type { InputFormat, ReadResult, ReaderFormat } from './read-result.js'
import { readText } from './text.js'

/** The largest article read, in bytes (`--max-bytes`): a text or HTML file, a JSONL line, a feed item's text. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

/**
 * The largest file (or stdin) read, in bytes: a JSONL dump or a feed holds many articles, so files have their own,
 * larger bound (never below the article limit); stdin stops being read as soon as it is passed.
 */
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024

export interface ReadOptions {
  /** YYYY-MM-DD that overrides every article's own date. */
  published?: string
  /** Largest article read, in bytes (default 5 MiB). */
  maxBytes?: number
  /** Largest file or stdin read, in bytes (default 256 MiB, and at least maxBytes). */
  maxFileBytes?: number
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
  const limits = { maxBytes, maxFileBytes: Math.max(options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, maxBytes) }
  const format = options.format ?? 'auto'
  for (const path of paths) {
    let results: ReadResult[] | AsyncGenerator<ReadResult>
    try {
      results =
        path === '-'
          ? readBytes(await readStdin(options.stdin ?? process.stdin, limits.maxFileBytes), '-', format, limits)
          : readFiles(await listInputs(path), format, limits)
    } catch (error) {
      results = [{ ok: false, input: path, error: readerFailure(error, `"${path}"`, path) }]
    }
    for await (const result of results) {
      yield result.ok && published ? { ok: true, article: { ...result.article, published } } : result
    }
  }
}

/** The article and file bounds, in bytes. */
export interface ReadLimits {
  readonly maxBytes: number
  readonly maxFileBytes: number
}

async function* readFiles(
  files: (string | EntenteError)[],
  format: InputFormat,
  limits: ReadLimits,
): AsyncGenerator<ReadResult> {
  const sidecarDate = createSidecarDates()
  for (const file of files) {
    if (file instanceof EntenteError) {
      yield { ok: false, input: file.input ?? '', error: file } // a subfolder that could not be listed
      continue
    }
    try {
      for (const result of readBytes(await readFile(file, limits.maxFileBytes), file, format, limits)) {
        // a plain-text file carries no date of its own; a published.json beside it may give one
        const date = result.ok && !result.article.published ? sidecarDate(file) : undefined
        yield date && result.ok ? { ok: true, article: { ...result.article, published: date } } : result
      }
    } catch (error) {
      yield { ok: false, input: file, error: readerFailure(error, `"${file}"`, file) }
    }
  }
}

/**
 * Reads one input's bytes in the given format (auto: by extension, then by content). Never throws: whatever a
 * reader throws becomes the error of that input (or of its item or line), naming it. `limits` caps articles and
 * the input; without them the caller has bounded the bytes already (the API's body limit).
 */
export function readBytes(
  bytes: Uint8Array,
  path: string,
  format: InputFormat = 'auto',
  limits: ReadLimits = { maxBytes: Infinity, maxFileBytes: Infinity },
): ReadResult[] {
  try {
    const chosen: ReaderFormat =
      format !== 'auto' ? format : ((path === '-' ? undefined : formatOfPath(path)) ?? sniffFormat(bytes))
    if (bytes.byteLength > limits.maxFileBytes) throw tooLarge(path, bytes.byteLength, limits.maxFileBytes, 'file')
    return READERS[chosen](bytes, path, limits.maxBytes)
  } catch (error) {
    return [{ ok: false, input: path, error: readerFailure(error, `"${path}"`, path) }]
  }
}

/** One article, refused when its input is over the article limit (a text or HTML file is one article). */
function one(bytes: Uint8Array, path: string, maxBytes: number, read: () => Article): ReadResult[] {
  if (bytes.byteLength > maxBytes) throw tooLarge(path, bytes.byteLength, maxBytes, 'article')
  return [{ ok: true, article: read() }]
}

const READERS: Record<ReaderFormat, (bytes: Uint8Array, path: string, maxBytes: number) => ReadResult[]> = {
  text: (bytes, path, max) => one(bytes, path, max, () => readText(bytes, path, path === '-' ? { kind: 'stdin' } : {})),
  html: (bytes, path, max) => one(bytes, path, max, () => readHtml(bytes, path)),
  feed: (bytes, path, max) => limitArticles(readFeed(bytes, path), max),
  jsonl: readJsonl,
}

/** Refuses each article of a feed whose text is over the article limit; the other items are kept. */
function limitArticles(results: ReadResult[], maxBytes: number): ReadResult[] {
  return results.map((result) => {
    if (!result.ok) return result
    const size = Buffer.byteLength(result.article.text, 'utf8')
    if (size <= maxBytes) return result
    const { path, item } = result.article.source
    return { ok: false, input: path, error: tooLarge(`${path}#${item}`, size, maxBytes, 'article', path) }
  })
}

/** Reads a file, refusing before reading when it is larger than the file bound. */
async function readFile(path: string, maxFileBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error)
  })
  try {
    const { size } = await handle.stat()
    if (size > maxFileBytes) throw tooLarge(path, size, maxFileBytes, 'file')
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

/** Reads stdin up to the file bound, stopping as soon as it is passed (a live stream may never end). */
async function readStdin(stream: AsyncIterable<Uint8Array | string>, maxFileBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk)
    size += bytes.length
    if (size > maxFileBytes) throw tooLarge('-', size, maxFileBytes, 'file', '-', 'more than ')
    chunks.push(bytes)
  }
  return Buffer.concat(chunks)
}
