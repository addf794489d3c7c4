/**
 * wink's tokenizer knows the Latin-1 letters (é, ü, ñ) but splits a word at every letter of Latin Extended-A, -B and
 * Additional: "Milošević" comes out as "Milo", "š", "evi", "ć", "Erdoğan" as "Erdo", "ğ", "an", so the name is lost
 * (a surname alone is not found, "Milo" is taken for a person). Before wink reads a text, each such letter is
 * written as the plain letter it is built on (š → s, ğ → g, ł → l, đ → d), one UTF-16 unit for one, so every offset
 * stays true; the tokens' texts are read from the text itself, as written.
 */

/** Letters with no decomposition to a plain Latin letter, and what they are read as. */
const PLAIN: Record<string, string> = {
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ĳ: 'I',
  ĳ: 'i',
  ĸ: 'k',
  Ŀ: 'L',
  ŀ: 'l',
  Ł: 'L',
  ł: 'l',
  Ŋ: 'N',
  ŋ: 'n',
  Œ: 'O',
  œ: 'o',
  Ŧ: 'T',
  ŧ: 't',
  ſ: 's',
  Ɖ: 'D',
  Ə: 'E',
  ə: 'e',
}

/** Letters wink splits words at (see above). */
const EXTENDED = /[\u0100-\u024f\u1e00-\u1eff]/gu
const PLAIN_LETTER = /^[A-Za-z]$/

const TABLE = new Map<string, string>()

function plainOf(letter: string): string {
  let plain = TABLE.get(letter)
  if (plain === undefined) {
    const base = letter.normalize('NFD').charAt(0)
    const upper = letter !== letter.toLowerCase()
    plain = PLAIN[letter] ?? (PLAIN_LETTER.test(base) ? base : upper ? 'X' : 'x')
    TABLE.set(letter, plain)
  }
  return plain
}

/** The text as wink should read it: every extended Latin letter written plain, at the same offsets. */
export function foldForWink(text: string): string {
  EXTENDED.lastIndex = 0
  return EXTENDED.test(text) ? text.replace(EXTENDED, plainOf) : text
}
