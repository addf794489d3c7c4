import { expect, test } from 'vitest'
import { printable } from './printable.js'

const CONTROLS: [name: string, text: string, shown: string][] = [
  ['a window-title sequence (ESC … BEL)', '\x1b]0;owned\x07Title', '\\x1b]0;owned\\x07Title'],
  ['clear screen', 'a\x1b[2Jb', 'a\\x1b[2Jb'],
  ['the one-character C1 escape U+009B', '\u009b31mred', '\\x9b31mred'],
  ['DEL and NUL', 'a\x7fb\x00c', 'a\\x7fb\\x00c'],
  ['a right-to-left override', 'gpj.\u202eexe', 'gpj.\\u202eexe'],
  ['an isolate', '\u2066x\u2069', '\\u2066x\\u2069'],
]
for (const [name, text, shown] of CONTROLS) {
  test(`issue 14: printable() shows ${name} escaped`, () => {
    expect(printable(text)).toBe(shown)
  })
}

test('issue 14: printable() keeps a value on its line and leaves ordinary text alone', () => {
  expect(printable('two\nlines\tand\r')).toBe('two lines and ')
  expect(printable('Łódź — “São Paulo” 東京 ↔ NATO')).toBe('Łódź — “São Paulo” 東京 ↔ NATO')
})
