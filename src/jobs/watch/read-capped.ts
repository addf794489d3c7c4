import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { EntenteError } from '../../errors.js'
import { FetchError } from './fetch-error.js'

/** Reads the body, decompressing it, and stops as soon as the decompressed size passes the cap (zip bombs). */
export async function readCapped(
  url: URL,
  body: Readable,
  headers: Record<string, string>,
  options: { readonly maxBytes: number; readonly timeoutMs: number },
): Promise<Buffer> {
  const tooLarge = () =>
    new FetchError(`Cannot fetch "${url.href}": it is larger than ${options.maxBytes} bytes once decompressed`, {
      code: 'fetch.too-large',
      input: url.href,
      hint: 'Pass --max-bytes with a larger limit to read it anyway',
    })
  body.on('error', () => {}) // destroying the body early (at the cap) is ours to do, not an error to crash on
  const declared = Number(headers['content-length'])
  if (!headers['content-encoding'] && declared > options.maxBytes) {
    body.destroy()
    throw tooLarge()
  }
  const decoder = decoderFor(url, headers['content-encoding'])
  const stream = decoder ? body.pipe(decoder) : body
  if (decoder) body.on('error', (error) => decoder.destroy(error))
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > options.maxBytes) throw tooLarge()
      chunks.push(chunk)
    }
  } catch (error) {
    if (error instanceof EntenteError) throw error
    throw networkError(url, error, options.timeoutMs)
  } finally {
    body.destroy()
    decoder?.destroy()
  }
  return Buffer.concat(chunks)
}

function decoderFor(url: URL, encoding: string | undefined) {
  const name = encoding?.trim().toLowerCase()
  if (!name || name === 'identity') return undefined
  if (name === 'gzip' || name === 'x-gzip') return createGunzip()
  if (name === 'deflate') return createInflate()
  if (name === 'br') return createBrotliDecompress()
  throw new FetchError(`Cannot fetch "${url.href}": it is encoded as "${name}", which entente does not read`, {
    input: url.href,
  })
}

/** Timeouts, refused connections and broken streams: worth another try. */
export function networkError(url: URL, error: unknown, timeoutMs: number): FetchError {
  const code = (error as { code?: string }).code ?? ''
  const name = (error as { name?: string }).name ?? ''
  const timedOut = /TIMEOUT/.test(code) || name === 'TimeoutError'
  const reason = timedOut
    ? `timed out after ${timeoutMs} ms`
    : (error as Error).message || code || 'the connection failed'
  return new FetchError(`Cannot fetch "${url.href}": ${reason}`, {
    input: url.href,
    retryable: name !== 'AbortError',
    cause: error,
  })
}
