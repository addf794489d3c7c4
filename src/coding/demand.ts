import type { CodeTables } from './tables.js'
import { type ActorSpan, type DocView, findSubject } from '../nlp/syntax/index.js'

/** The demand code for an action, or the general demand (100). */
export function demandCode(tables: CodeTables, code: string): string {
  return tables.governed('demand', code) ?? tables.general('demand') ?? code
}

/**
 * A general appeal (020) or demand (100) made specific by the action asked for: "urged Russia to withdraw its
 * troops" is 0256, "demanded that Serbia release the prisoners" 1053. Other codes are kept.
 */
export function requestCode(tables: CodeTables, code: string, action: string): string {
  const form = tables.generalForm(code)
  return (form && tables.governed(form, action)) ?? code
}

/**
 * The actors of a saying verb before `before` in the sentence ("Norway said … that Iran must …"): none when its
 * subject is no actor ("the panel concluded that …"), undefined when no saying verb stands there.
 */
export function findSayer(view: DocView, before: number, sentenceStart: number): ActorSpan[] | undefined {
  for (let i = before - 1; i >= sentenceStart; i--) {
    const forms = view.forms[i] ?? []
    if (view.tokens[i]?.pos === 'NOUN' || !forms.some((form) => view.words.SAY_VERBS.has(form))) continue
    return findSubject(view, i, sentenceStart)
  }
  return undefined
}
