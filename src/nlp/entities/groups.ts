import type { Token } from '../../document.js'
import { GROUP_NAMES } from './lexicon.js'

const BY_FIRST_CHAR = new Map<string, string[]>()
for (const name of GROUP_NAMES) BY_FIRST_CHAR.set(name[0]!, [...(BY_FIRST_CHAR.get(name[0]!) ?? []), name])

/** One past the last token of a non-state group's name starting at token i ("Islamic State", "ISIL"), if any. */
export function groupAt(text: string, tokens: readonly Token[], i: number, last: number): number | undefined {
  const token = tokens[i]
  if (!token) return undefined
  for (const name of BY_FIRST_CHAR.get(text.charAt(token.start)) ?? []) {
    if (!text.startsWith(name, token.start)) continue
    const end = token.start + name.length
    for (let j = i; j < last && tokens[j]!.start < end; j++) {
      if (tokens[j]!.end === end) return j + 1
    }
  }
  return undefined
}
