import { expect, test } from 'vitest'
import { tsvCell } from './cells.js'

const BREAKS: [name: string, char: string][] = [
  ['U+2028 line separator', '\u2028'],
  ['U+2029 paragraph separator', '\u2029'],
  ['U+0085 next line', '\u0085'],
  ['vertical tab', '\v'],
  ['form feed', '\f'],
  ['record separator', '\x1e'],
  ['CR LF', '\r\n'],
  ['tab', '\t'],
]
for (const [name, char] of BREAKS) {
  test(`issue 14: a GDELT TSV cell holding a ${name} stays one line and one cell`, () => {
    const cell = tsvCell(`https://news.example/a${char}b`)
    expect(cell).toBe('https://news.example/a b')
    // eslint-disable-next-line no-control-regex -- the line breaks a reader may split on
    expect(`${cell}\tnext`.split(/\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/)).toHaveLength(1)
  })
}

test('issue 14: a GDELT TSV text cell starting with = + - @ is guarded as the CSV is', () => {
  expect(tsvCell('=HYPERLINK("http://evil.example","x")')).toBe('\'=HYPERLINK("http://evil.example","x")')
  expect(tsvCell('+cmd')).toBe("'+cmd")
  expect(tsvCell('-2+3')).toBe("'-2+3")
  expect(tsvCell('@SUM(A1)')).toBe("'@SUM(A1)")
  // a break in front becomes a space, which a spreadsheet reads as text
  expect(tsvCell('\u2028=1+1')).toBe(' =1+1')
})

test('issue 14: GDELT TSV numbers stay numbers: a negative Goldstein score is not guarded', () => {
  expect(tsvCell(-10)).toBe('-10')
  expect(tsvCell(-2.5)).toBe('-2.5')
  expect(tsvCell('043')).toBe('043')
  expect(tsvCell(null)).toBe('')
})
