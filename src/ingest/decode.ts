import { isUtf8 } from 'node:buffer'
import iconv from 'iconv-lite'
import type { Diagnostic } from '../document.js'
import { EntenteError } from '../errors.js'

/** Labels browsers read as windows-1252 (the WHATWG Encoding Standard does the same). */
const WINDOWS_1252_ALIASES = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp1252'])
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8'])
/**
 * UTF-16 labels (WHATWG) and UTF-32 ones: a page whose declaration could be read as ASCII bytes, with no BOM and
 * no NUL byte, is not in these encodings. The Encoding Standard's rule (HTML "prescan", XML alike): read it as
 * UTF-8.
 */
const WIDE_LABELS = new Set([
  'utf-16',
  'utf-16le',
  'utf-16be',
  'utf16',
  'ucs-2',
  'unicode',
  'csunicode',
  'iso-10646-ucs-2',
  'unicodefeff',
  'unicodefffe',
  'utf-32',
  'utf-32le',
  'utf-32be',
  'ucs-4',
])

/**
 * Decodes file bytes to a string: a BOM (UTF-8, UTF-16 LE/BE) wins, then a declared charset, else strict UTF-8.
 * Empty, binary and mis-encoded input is refused, never silently mangled; bytes a declared charset cannot
 * decode (they become U+FFFD) and a declaration that is overruled are given to `report`.
 */
export function decodeBytes(
  bytes: Uint8Array,
  path: string,
  declared?: string,
  report: (diagnostic: Diagnostic) => void = () => {},
): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.length === 0) throw emptyError(path)
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return decodeUtf8(buffer.subarray(3), path, 3)
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return decodeUtf16(buffer.subarray(2), path, 'utf-16le')
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return decodeUtf16(buffer.subarray(2), path, 'utf-16be')
  const nul = buffer.indexOf(0)
  if (nul !== -1) {
    throw new EntenteError(
      'input.binary',
      `Cannot read "${path}": it looks like a binary file (NUL byte at offset ${nul})`,
      {
        input: path,
        hint: 'entente reads plain text, HTML, RSS/Atom and JSONL; UTF-16 text needs a byte order mark',
      },
    )
  }
  const label = declared?.trim().toLowerCase()
  if (label === undefined || UTF8_LABELS.has(label)) return decodeUtf8(buffer, path, 0)
  if (WIDE_LABELS.has(label)) {
    report({
      severity: 'info',
      code: 'encoding.overruled',
      message: `"${path}" declares charset "${declared}" but has no byte order mark: read as UTF-8, as browsers do`,
    })
    return decodeUtf8(buffer, path, 0)
  }
  const encoding = WINDOWS_1252_ALIASES.has(label) || label === 'x-user-defined' ? 'windows-1252' : label
  if (!iconv.encodingExists(encoding)) {
    throw new EntenteError('input.encoding', `Cannot read "${path}": it declares the unknown charset "${declared}"`, {
      input: path,
      hint: 'Convert the file to UTF-8 and declare charset="utf-8"',
    })
  }
  const text = iconv.decode(buffer, encoding)
  const lost = countReplacements(text)
  if (lost > 0) {
    report({
      severity: 'warning',
      code: 'encoding.undecodable',
      message: `${lost} byte sequence${lost === 1 ? '' : 's'} of "${path}" are not valid ${encoding} and became U+FFFD`,
    })
  }
  return text
}

function countReplacements(text: string): number {
  let count = 0
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++
  return count
}

/** The "input.empty" error, also used by readers whose decoded text is only whitespace. */
export function emptyError(path: string): EntenteError {
  return new EntenteError('input.empty', `Cannot read "${path}": it is empty`, {
    input: path,
    hint: 'Pass a file that contains an article',
  })
}

function decodeUtf8(buffer: Buffer, path: string, base: number): string {
  if (isUtf8(buffer)) return buffer.toString('utf8')
  const offset = firstInvalidUtf8(buffer)
  const byte = buffer[offset] ?? 0
  throw new EntenteError(
    'input.encoding',
    `Cannot read "${path}": invalid UTF-8 byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${offset + base}`,
    {
      input: path,
      hint: 'Convert it to UTF-8 (e.g. iconv -f windows-1252 -t utf-8), or for HTML declare its charset in <meta charset>',
    },
  )
}

function decodeUtf16(buffer: Buffer, path: string, encoding: 'utf-16le' | 'utf-16be'): string {
  if (buffer.length % 2 !== 0) {
    throw new EntenteError('input.encoding', `Cannot read "${path}": ${encoding} text with an odd number of bytes`, {
      input: path,
      hint: 'The file looks truncated; convert it to UTF-8',
    })
  }
  return iconv.decode(buffer, encoding === 'utf-16le' ? 'utf16-le' : 'utf16-be')
}

/** The index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0
    if (lead < 0x80) {
      i += 1
      continue
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
    if (length === 0 || i + length > bytes.length) return i
    const [low, high] = secondByteRange(lead)
    const second = bytes[i + 1] ?? 0
    if (second < low || second > high) return i
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] ?? 0
      if (next < 0x80 || next > 0xbf) return i
    }
    i += length
  }
  return -1
}

/** Overlong forms and surrogates are excluded by narrowing the second byte (RFC 3629 table). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf]
  if (lead === 0xed) return [0x80, 0x9f]
  if (lead === 0xf0) return [0x90, 0xbf]
  if (lead === 0xf4) return [0x80, 0x8f]
  return [0x80, 0xbf]
}

/** The charset an HTML page declares in <meta charset> or <meta http-equiv="Content-Type">, if any. */
export function htmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1')
  return /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), if any. */
export function xmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1')
  return /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1]
}
