import { createHash } from 'node:crypto'
import { expect, test } from 'vitest'
import { readText } from './text.js'

test('readText() keeps the text exactly as decoded, \\r\\n and spacing included', () => {
  const text = 'Headline here\r\n\r\n  First paragraph.\r\nSecond line.\n'
  const article = readText(Buffer.from(text), 'a.txt')
  expect(article.text).toBe(text)
  expect(article.source).toEqual({ kind: 'text', path: 'a.txt' })
})

test('readText() ids an article by the first 16 hex characters of the SHA-256 of its text', () => {
  const article = readText(Buffer.from('Leaders met in Vilnius.'), 'a.txt')
  expect(article.id).toBe(createHash('sha256').update('Leaders met in Vilnius.').digest('hex').slice(0, 16))
})

test('readText() drops a UTF-8 BOM', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Text')])
  expect(readText(bytes, 'bom.txt').text).toBe('Text')
})

test('readText() reports a file of only whitespace as empty', () => {
  expect(() => readText(Buffer.from(' \n\n\t'), 'blank.txt')).toThrow(expect.objectContaining({ code: 'input.empty' }))
})
