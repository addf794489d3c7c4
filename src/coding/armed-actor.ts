import { matchesWord, type ActorSpan, type DocView } from '../nlp/syntax/index.js'

// ARMED_DOERS (view.words): Nouns for armed men besides troops (TROOPS) and armed groups (ARMED_GROUPS): "fighters",
// "gunmen". With those classes they name the doers of an act only armed forces do (an entry's `armed`).

/** CAMEO sector codes of armed actors: military, rebels, insurgents, unidentified armed forces. */
const ARMED_SECTORS = new Set(['MIL', 'REB', 'INS', 'UAF'])

/**
 * Whether an actor is an armed force: its CAMEO code names an armed sector ("IRQMIL", "YEMREB"), or the noun it names
 * or modifies is one for troops or fighters ("Russian tanks", "Hamas fighters", "Houthi rebels").
 */
export function armedActor(view: DocView, actor: ActorSpan): boolean {
  const code = actor.ref.code ?? ''
  for (let at = 3; at + 3 <= code.length; at += 3) if (ARMED_SECTORS.has(code.slice(at, at + 3))) return true
  const { TROOPS, ARMED_GROUPS, ARMED_DOERS } = view.words
  for (let k = actor.first; k <= actor.last + 1; k++) {
    const token = view.tokens[k]
    if (!token || (k > actor.last && token.pos !== 'NOUN')) break
    const forms = view.forms[k]
    if (matchesWord(forms, TROOPS) || matchesWord(forms, ARMED_GROUPS) || matchesWord(forms, ARMED_DOERS)) return true
  }
  return false
}

/** How many words may stand between a command and the "to" of the act it orders ("ordered all its remaining troops to"). */
const COMMAND_REACH = 6

/**
 * Whether the act at `head` is one a commander orders armed forces to do: "Biden ordered American troops to leave
 * Afghanistan", "Putin ordered the army to flee the city": a command (COMMANDING_VERBS) whose object, before the
 * infinitive's "to", names troops or an armed actor. The commander is then the doer of the forces' act, as of an
 * attack he orders; "Biden ordered diplomats to leave Kabul" names no armed force.
 */
export function commandedForces(view: DocView, head: number): boolean {
  const to = head - 1
  if (!view.words.INFINITIVE_MARKERS.has(view.tokens[to]?.norm ?? '')) return false
  const { TROOPS, ARMED_GROUPS, ARMED_DOERS } = view.words
  let armed = false
  for (let k = to - 1; k >= Math.max(0, to - COMMAND_REACH); k--) {
    const forms = view.forms[k] ?? []
    if (forms.some((form) => view.words.COMMANDING_VERBS.has(form)) && view.tokens[k]?.pos === 'VERB') return armed
    if (matchesWord(forms, TROOPS) || matchesWord(forms, ARMED_GROUPS) || matchesWord(forms, ARMED_DOERS)) armed = true
    const actor = view.actorCover.get(k)
    if (actor && armedActor(view, actor)) armed = true
  }
  return false
}
