import type { Match } from './match.js'
import { coordinatedVerb, sharedObject } from '../nlp/syntax/index.js'
import { acceptsPos } from './pos-fit.js'
import { entriesAt, type Scan } from './sentence.js'

/**
 * A verb with no object of its own before "and" + verb takes that verb's object: "Canada criticized and sanctioned
 * Iran" reads "criticized Iran" with the head's plain transitive entry ("criticize $TARGET") or its default.
 */
export function sharedObjectMatch(scan: Scan, i: number, passive: boolean): Match | undefined {
  const { view, end } = scan
  if (passive || coordinatedVerb(view, i, end) === undefined) return undefined
  const item = entriesAt(scan, i)?.find(
    (x) =>
      !x.entry.noun &&
      x.elements.length === 2 &&
      x.elements[0]?.kind === 'word' &&
      !x.elements[0].particles &&
      x.elements[1]?.kind === 'slot' &&
      x.elements[1].role === 'target' &&
      !x.elements[1].kinds &&
      acceptsPos(x, view, i),
  )
  if (!item) return undefined
  const target = sharedObject(view, i, end, new Set())
  return target.length ? { item, head: i, last: i, lastWord: i, target } : undefined
}
