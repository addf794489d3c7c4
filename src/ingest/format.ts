import { extname } from 'node:path'
import type { ReaderFormat } from './read-result.js'

/**
 * File extensions a folder is read by; files with other extensions in a folder are skipped. Markdown is not
 * among them: in a folder it is usually documentation (README.md), and a file named on the command line is
 * read whatever its extension.
 */
export const EXTENSIONS: Readonly<Record<string, ReaderFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
}

/** The format a file's extension names, if it is one we read. */
export function formatOfPath(path: string): ReaderFormat | undefined {
  return EXTENSIONS[extname(path).toLowerCase()]
}

/** Guesses the format from the first bytes (for stdin and unknown extensions): feed, HTML, JSONL or text. */
export function sniffFormat(bytes: Uint8Array): ReaderFormat {
  const head = headText(bytes)
    .replace(/^\uFEFF/, '')
    .trimStart()
  const lower = head.slice(0, 2048).toLowerCase()
  if (/^<\?xml\b/.test(lower)) return /<(html|!doctype html)\b/.test(lower) ? 'html' : 'feed'
  if (/^<(rss|feed|rdf:rdf)\b/.test(lower)) return 'feed'
  if (/^<(!doctype html|html|head|body|!--|meta|article|div|p)\b/.test(lower)) return 'html'
  if (head.startsWith('{')) return 'jsonl'
  return 'text'
}

function headText(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096))
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2, head.length - (head.length % 2)).toString('utf16le')
  if (head[0] === 0xfe && head[1] === 0xff) {
    const swapped = Buffer.from(head.subarray(2, head.length - (head.length % 2)))
    return swapped.swap16().toString('utf16le')
  }
  return head.toString('latin1')
}
