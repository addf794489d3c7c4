import type { DocView } from '../nlp/syntax/index.js'
import type { CodeTables } from './tables.js'

/**
 * What a protest or demand is for, as the last digit CAMEO gives it: 1 a change of leadership, 2 a change of
 * policy, 3 rights and freedoms, 4 a change of institutions or regime ("demonstrated calling for independence" is
 * 1414, "went on strike over the pension bill" 1432, "demanded the resignation of the president" 1041).
 */
const AIMS: ReadonlyMap<string, string> = new Map([
  ...['resign', 'resignation', 'ouster', 'oust', 'removal', 'impeachment', 'abdication'].map((w) => [w, '1'] as const),
  ...['policy', 'policies', 'reform', 'reforms', 'bill', 'law', 'laws', 'legislation', 'decree', 'tax', 'taxes'].map(
    (w) => [w, '2'] as const,
  ),
  ...['austerity', 'subsidy', 'subsidies', 'wage', 'wages', 'pension', 'pensions', 'price', 'prices'].map(
    (w) => [w, '2'] as const,
  ),
  ...['right', 'rights', 'freedom', 'freedoms', 'liberty', 'liberties', 'property', 'equality'].map(
    (w) => [w, '3'] as const,
  ),
  ...['independence', 'referendum', 'autonomy', 'constitution', 'constitutional', 'secession', 'self-rule'].map(
    (w) => [w, '4'] as const,
  ),
  ...['regime', 'sovereignty', 'statehood', 'federalism', 'institutions'].map((w) => [w, '4'] as const),
])

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
    const digit = AIMS.get(token.norm)
    if (digit) return base + digit
  }
  return code
}
