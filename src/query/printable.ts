/**
 * What a terminal could take for a command, in text that came from articles: C0 controls (escape, bell,
 * backspace…), DEL, C1 controls (U+009B is a one-character escape sequence) and the bidirectional overrides and
 * isolates that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * Text from the store or an article, safe to print for a person: tab, line feed and carriage return become a
 * space (the text stays on its line), every other control character is shown escaped (`\x1b`, `\u202e`).
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    if (char === '\t' || char === '\n' || char === '\r') return ' '
    const code = char.charCodeAt(0)
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}
