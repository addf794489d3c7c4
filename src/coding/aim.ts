import type { DocView, GrammarClass } from '../nlp/syntax/index.js'
import type { CodeTables } from './tables.js'

/**
 * What a protest or demand is for, as the last digit CAMEO gives it: 1 a change of leadership, 2 a change of
 * policy, 3 rights and freedoms, 4 a change of institutions or regime ("demonstrated calling for independence" is
 * 1414, "went on strike over the pension bill" 1432, "demanded the resignation of the president" 1041).
 */
const AIMS: readonly GrammarClass[] = ['AIM_LEADERSHIP', 'AIM_POLICY', 'AIM_RIGHTS', 'AIM_REGIME']

/** How far after the trigger the aim is looked for ("staged demonstrations on Saturday to demand reforms"). */
const AIM_WINDOW = 16

/** The code of a demand or protest refined by what it is for, read after the trigger; otherwise the code itself. */
export function aimCode(view: DocView, tables: CodeTables, code: string, from: number, end: number): string {
  // the codes that take the digit of what is asked for (generic demands, the protest kinds) say so in the code table
  const base = tables.cameo(code)?.aim
  if (!base) return code
  for (let i = from; i < Math.min(end, from + AIM_WINDOW); i++) {
    const token = view.tokens[i]
    if (!token || token.norm === ';') break
    // "Bill Lee", "right now": names and adverbs are no aims
    if (token.pos === 'PROPN' || token.pos === 'ADV') continue
    const aim = AIMS.findIndex((name) => view.words[name].has(token.norm))
    if (aim >= 0) return base + String(aim + 1)
  }
  return code
}
