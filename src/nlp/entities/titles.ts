import { withFields } from '../../objects.js'
import type { TitleTable } from '../../kb/index.js'
import type { DocIndex } from '../segment/index.js'
import { titleAt } from './names.js'
import { NOT_NAMES } from './vocabulary.js'

/** A title before a name, as token indexes: [first, last) covers the whole title. */
export interface PersonTitle {
  readonly title: string
  /** 'title' when the title starts the span; 'prefixed' and 'role' only count when a name follows. */
  readonly shape: 'title' | 'prefixed' | 'role'
  readonly first: number
  readonly last: number
  /** Capitalized words before a prefixed title that name its owner: "Apple" in "Apple CEO Tim Cook". */
  readonly owner?: { readonly first: number; readonly last: number }
}

const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}.]*$/u

/** Capitalized modifiers a title may carry before its head: "Foreign Office Minister", "Deputy Secretary". */
const MAX_PREFIX = 3

function word(index: DocIndex, i: number): string {
  return index.values[i] ?? ''
}

/** Titles in a row: "Spokesman Col." → one title ending after "Col.". */
function chainedTitle(index: DocIndex, i: number, last: number, titles: TitleTable): PersonTitle | undefined {
  const head = titleAt(index, i, last, titles)
  if (!head) return undefined
  let end = head.last
  let title = head.title
  for (let next = titleAt(index, end, last, titles); next; next = titleAt(index, end, last, titles)) {
    end = next.last
    title ||= next.title
  }
  return { title, shape: 'title', first: i, last: end }
}

/**
 * The title of a person at token i, in one of three shapes:
 * "Foreign Minister" (capitalized, from the title table, possibly chained: "Spokesman Col."), "Foreign Office Minister"
 * (up to three capitalized modifiers before a title; only when a name follows, checked by `nameAt`), and
 * "spokesman" (a lower-case role noun; also only when a name follows).
 */
export function personTitleAt(
  index: DocIndex,
  i: number,
  last: number,
  nameAt: (i: number) => boolean,
  titles: TitleTable,
): PersonTitle | undefined {
  const direct = chainedTitle(index, i, last, titles)
  if (direct) return direct
  const value = word(index, i)
  if (titles.roleNouns.has(value)) {
    const chained = chainedTitle(index, i + 1, last, titles)
    const end = chained?.last ?? i + 1
    if (end < last && nameAt(end))
      return { title: chained?.title ?? titles.titleOf.get(value) ?? '', shape: 'role', first: i, last: end }
    return undefined
  }
  // most words are lower case: turned away before the pattern runs
  const code = value.charCodeAt(0)
  if (code < 65 || (code > 90 && code < 128) || !CAPITAL_THEN_LOWER.test(value)) return undefined
  // a participle opening the sentence owns no title: "Visiting Pakistani Prime Minister …" is owned by "Pakistani"
  // ("In Turkey Minister Ellwood …" is left as it was: no owner is better than Turkey)
  if (value.endsWith('ing') && NOT_NAMES.has(value)) return undefined
  for (let j = i + 1; j < last && j <= i + MAX_PREFIX; j++) {
    const title = chainedTitle(index, j, last, titles)
    if (title) {
      if (title.last >= last || !nameAt(title.last)) return undefined
      let first = j
      while (first > i && titles.modifiers.has(word(index, first - 1))) first--
      return withFields(title, {
        shape: 'prefixed' as const,
        first,
        ...(first > i ? { owner: { first: i, last: first } } : {}),
      })
    }
    if (!CAPITALIZED_WORD.test(word(index, j))) return undefined
  }
  return undefined
}
