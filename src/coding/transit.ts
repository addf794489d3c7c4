import { type ActorSpan, type DocView, lemmaOf, matchesWord } from '../nlp/syntax/index.js'

// ONWARD_VERBS (view.words): Verbs of forces moving on into a land ("crossed into Iraq", "entered Ukraine", "invaded
// Ukraine"). ONWARD_LINKS: words between the land left and such a verb ("and", "before", "to", "then").
// FINAL_WORDS: words by which the forces that left were the last there ("the last American troops"): the land is
// emptied of them, whatever they went on to.

/** How many words may stand between an onward verb and the land it goes into ("crossed the border into Iraq"). */
const ONWARD_REACH = 4

/**
 * Whether forces that left the land `left` went on into another land that is not their own, so the land left was a
 * staging or transit one, no retreat from it: "American troops left Kuwait and crossed into Iraq", "Russian troops left
 * Belarus to invade Ukraine". Forces going home ("left Kuwait and returned to Iraq" said of Iraqi troops) or the last
 * of them leaving ("The last American troops left Iraq and crossed into Kuwait") still pull out.
 */
export function passedThrough(
  view: DocView,
  left: ActorSpan,
  sources: readonly ActorSpan[],
  clause: { first: number; end: number },
): boolean {
  for (let k = clause.first; k < left.first; k++) if (matchesWord(view.forms[k], view.words.FINAL_WORDS)) return false
  let i = left.last + 1
  while (i < clause.end && (view.timeCover.has(i) || view.words.ONWARD_LINKS.has(view.tokens[i]?.norm ?? ''))) i++
  const verb = view.tokens[i]
  if (!verb || verb.pos !== 'VERB' || !view.words.ONWARD_VERBS.has(lemmaOf(verb))) return false
  const own = new Set(sources.map((s) => s.ref.entity))
  for (let k = i + 1; k < Math.min(clause.end, i + 1 + ONWARD_REACH); k++) {
    const land = view.actorStart.get(k)
    if (!land) continue
    return land.ref.entity !== left.ref.entity && !own.has(land.ref.entity)
  }
  return false
}
