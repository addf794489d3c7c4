import iconv from 'iconv-lite'
import { expect, test } from 'vitest'
import { EntenteError } from '../errors.js'
import { decodeBytes, firstInvalidUtf8, htmlCharset, xmlCharset } from './decode.js'

function errorOf(run: () => unknown): EntenteError {
  try {
    run()
  } catch (error) {
    if (error instanceof EntenteError) return error
    throw error
  }
  throw new Error('expected an EntenteError')
}

const TEXT = 'Ministers met in Zürich — “talks” went on.'

test('decodeBytes() reads UTF-8 with and without a BOM, dropping the BOM', () => {
  const plain = Buffer.from(TEXT, 'utf8')
  expect(decodeBytes(plain, 'a.txt')).toBe(TEXT)
  expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]), 'a.txt')).toBe(TEXT)
})

test('decodeBytes() reads UTF-16 LE and BE with a BOM', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])
  expect(decodeBytes(le, 'le.txt')).toBe(TEXT)
  expect(decodeBytes(be, 'be.txt')).toBe(TEXT)
})

test('decodeBytes() reports UTF-16 with an odd number of bytes', () => {
  const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x41])])
  expect(errorOf(() => decodeBytes(odd, 'odd.txt')).code).toBe('input.encoding')
})

test('decodeBytes() decodes a declared legacy charset; iso-8859-1 is read as windows-1252 like browsers do', () => {
  const bytes = iconv.encode(TEXT, 'windows-1252')
  expect(decodeBytes(bytes, 'a.html', 'windows-1252')).toBe(TEXT)
  expect(decodeBytes(bytes, 'a.html', 'ISO-8859-1')).toBe(TEXT)
})

test('decodeBytes() reports invalid UTF-8 with the byte offset, never mangling it', () => {
  const bytes = iconv.encode('Ministers met in Zürich', 'windows-1252')
  const error = errorOf(() => decodeBytes(bytes, 'legacy.txt'))
  expect(error.code).toBe('input.encoding')
  expect(error.message).toBe('Cannot read "legacy.txt": invalid UTF-8 byte 0xFC at offset 18')
  expect(error.hint).toMatch(/iconv/)
})

test('decodeBytes() counts the offset of invalid UTF-8 from the start of the file, BOM included', () => {
  const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xff])
  expect(errorOf(() => decodeBytes(bytes, 'x.txt')).message).toMatch(/at offset 4$/)
})

test('decodeBytes() reports an unknown declared charset', () => {
  const error = errorOf(() => decodeBytes(Buffer.from('abc'), 'x.html', 'klingon-1'))
  expect(error.code).toBe('input.encoding')
  expect(error.message).toContain('"klingon-1"')
})

test('decodeBytes() reports binary input (a PNG header) and empty input', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48])
  const binary = errorOf(() => decodeBytes(png, 'logo.png'))
  expect(binary.code).toBe('input.binary')
  expect(binary.message).toBe('Cannot read "logo.png": it looks like a binary file (NUL byte at offset 8)')
  expect(errorOf(() => decodeBytes(Buffer.alloc(0), 'empty.txt')).code).toBe('input.empty')
})

const INVALID: [bytes: number[], offset: number][] = [
  [[0x41, 0x80], 1],
  [[0xc0, 0x80], 0],
  [[0x41, 0xe2, 0x82], 1],
  [[0xed, 0xa0, 0x80], 0],
  [[0xf4, 0x90, 0x80, 0x80], 0],
  [[0xe2, 0x82, 0xac, 0x41], -1],
  [[0xf0, 0x9f, 0x98, 0x80], -1],
]
for (const [bytes, offset] of INVALID) {
  test(`firstInvalidUtf8(${JSON.stringify(bytes)}) is ${offset}`, () => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset)
  })
}

test('htmlCharset() finds <meta charset> and http-equiv; xmlCharset() the XML declaration', () => {
  expect(htmlCharset(Buffer.from('<html><head><meta charset="windows-1252">'))).toBe('windows-1252')
  const equiv = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
  expect(htmlCharset(Buffer.from(equiv))).toBe('ISO-8859-1')
  expect(htmlCharset(Buffer.from('<html><body>No charset'))).toBeUndefined()
  expect(xmlCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>'))).toBe('ISO-8859-1')
})
