import type { Token } from '../../document.js'
import { NOT_NAMES, TITLES } from './vocabulary.js'

const TITLE_WORDS = TITLES.map(([phrase, title]) => ({ words: phrase.split(' '), title })).sort(
  (a, b) => b.words.length - a.words.length,
)

/** Titles by their first word without a final period, longest first, so each token costs one Map lookup. */
const TITLES_BY_FIRST = new Map<string, typeof TITLE_WORDS>()
for (const entry of TITLE_WORDS) {
  const key = (entry.words[0] ?? '').replace(/\.$/, '')
  TITLES_BY_FIRST.set(key, [...(TITLES_BY_FIRST.get(key) ?? []), entry])
}

/** Name particles allowed inside a name run: "Mohammed bin Salman", "Ursula von der Leyen". */
const PARTICLES = new Set([
  'bin',
  'bint',
  'al',
  'al-',
  'el',
  'de',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'du',
  'la',
  'le',
])

/** A title starting at token i ("Foreign Minister", "Secretary of State"), capitalized as titles are before names. */
export function titleAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  last: number,
): { title: string; last: number } | undefined {
  const head = tokens[i]
  if (!head) return undefined
  const candidates = TITLES_BY_FIRST.get(text.slice(head.start, head.end).replace(/\.$/, ''))
  if (!candidates) return undefined
  for (const { words, title } of candidates) {
    let j = i
    let ok = true
    for (const word of words) {
      // titles with a final period ("Gen.") may come as one token or as word + "."
      const token = tokens[j]
      if (!token || j >= last) {
        ok = false
        break
      }
      const value = text.slice(token.start, token.end)
      if (value === word) j++
      else if (word.endsWith('.') && value === word.slice(0, -1) && text.slice(token.end, token.end + 1) === '.') j += 2
      else {
        ok = false
        break
      }
    }
    if (ok) return { title, last: j }
  }
  return undefined
}

function isCapitalizedWord(value: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(value) && !/^\p{Lu}+\.$/u.test(value.slice(0, 2) + '.')
}

/**
 * A run of capitalized proper-noun tokens starting at i ("Yoshimasa Hayashi", "Mohammed bin Salman").
 * At a sentence start a capitalized word must be tagged PROPN to start a run.
 */
export function nameRun(
  text: string,
  tokens: readonly Token[],
  i: number,
  last: number,
  sentenceStart = false,
): { first: number; last: number } | undefined {
  const first = tokens[i]
  if (!first) return undefined
  const firstText = text.slice(first.start, first.end)
  if (!isCapitalizedWord(firstText) || NOT_NAMES.has(firstText)) return undefined
  if ((sentenceStart || first.pos !== 'PROPN') && first.pos !== 'PROPN') return undefined
  let j = i + 1
  while (j < last) {
    const token = tokens[j]!
    const value = text.slice(token.start, token.end)
    const gap = text.slice(tokens[j - 1]!.end, token.start)
    if (gap.includes('\n') || gap.length > 1) break
    if (
      isCapitalizedWord(value) &&
      !NOT_NAMES.has(value) &&
      (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ')
    ) {
      j++
      continue
    }
    const next = tokens[j + 1]
    if (PARTICLES.has(value) && next && isCapitalizedWord(text.slice(next.start, next.end))) {
      j += 2
      continue
    }
    break
  }
  return { first: i, last: j }
}

/** A person id from a name: "person:" + lower-case hyphenated ASCII. */
export function personId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `person:${slug}`
}
