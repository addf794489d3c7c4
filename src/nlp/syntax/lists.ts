import type { ActorSpan, DocView } from './view.js'
import { phraseAt } from './words.js'

const MAX_JOINER = 4

/** Joiner tokens between two list members: ", ", " and ", ", plus the ", " as well as ". */
function joinerBetween(view: DocView, from: number, to: number): { ok: boolean; closes: boolean } {
  if (to - from < 1 || to - from > MAX_JOINER) return { ok: false, closes: false }
  let closes = false
  let sawJoiner = false
  for (let i = from; i < to; i++) {
    const token = view.tokens[i]
    if (!token) return { ok: false, closes: false }
    if (view.words.LIST_JOINERS.has(token.norm)) {
      sawJoiner = true
      if (view.words.LIST_CLOSERS.has(token.norm)) closes = true
    } else if (token.norm === '-' && i === from && view.tokens[i - 1]?.end === token.start) {
      // "Saudi- and Egyptian-led": a suspended hyphen
      continue
    } else if (token.pos !== 'DET') return { ok: false, closes: false }
  }
  return { ok: sawJoiner, closes }
}

/**
 * Whether an actor is joined to the subject as a co-actor: "alongside Finland", "together with Japan", "jointly
 * with Korea". It acts beside the subject, whether it stands next to it or after the verb's object.
 */
export function coActorAt(view: DocView, span: ActorSpan): boolean {
  let i = span.first - 1
  while (view.tokens[i]?.pos === 'DET') i--
  const word = view.tokens[i]?.norm ?? ''
  return view.words.COMITATIVE_MARKERS.has(word) || phraseAt(view, i - 1, view.words.COMITATIVE_MARKERS)
}

/**
 * The actor list starting at `span`: "Russia, Belarus and Iran"; a comma-only tail is left out, and so is a
 * co-actor ("struck Syria together with Britain": Britain strikes too, it is not struck).
 */
export function listForward(view: DocView, span: ActorSpan, end: number): ActorSpan[] {
  const members = [span]
  let accepted = 1
  let cursor = span
  for (;;) {
    let next: ActorSpan | undefined
    for (let i = cursor.last + 2; i <= Math.min(cursor.last + 1 + MAX_JOINER, end - 1); i++) {
      next = view.actorStart.get(i)
      if (next) break
    }
    if (!next || coActorAt(view, next)) break
    const joiner = joinerBetween(view, cursor.last + 1, next.first)
    if (!joiner.ok) break
    members.push(next)
    if (joiner.closes) accepted = members.length
    cursor = next
  }
  const list = members.slice(0, accepted)
  // "Israel struck Lebanon and Syria fired rockets": a name followed by its own verb starts a new clause (not in
  // "talks between Armenia and Azerbaijan resumed", where the list is a preposition's object)
  const last = list[list.length - 1]
  if (list.length > 1 && last && startsClause(view, last.last + 1) && objectOfVerb(view, span.first, 0)) list.pop()
  return list
}

/** How far after a verb its by-phrase may stand ("imposed last year by the EU"). */
const BY_REACH = 4

/** Whether the token at `i` is a finite verb group of a new clause: "(and Syria) fired", "(and China) has said". */
function startsClause(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  if (!token) return false
  if (token.pos === 'AUX') return true
  // "aid to Ukraine and Moldova announced by the EU", "Ukraine and Moldova, backed by": a participle, no clause
  if (token.pos !== 'VERB' || token.norm.endsWith('ing')) return false
  for (let j = i + 1; j <= i + BY_REACH; j++)
    if (view.words.AGENT_PREPOSITIONS.has(view.tokens[j]?.norm ?? '')) return false
  return true
}

/** The actor list ending at `span`, read backwards: "India and China" ← China. */
export function listBackward(view: DocView, span: ActorSpan, start: number): ActorSpan[] {
  const members = [span]
  let cursor = span
  let closed = false
  for (;;) {
    let previous: ActorSpan | undefined
    for (let i = cursor.first - 2; i >= Math.max(cursor.first - 1 - MAX_JOINER, start); i--) {
      previous = view.actorEnd.get(i)
      if (previous) break
    }
    if (!previous) break
    const joiner = joinerBetween(view, previous.last + 1, cursor.first)
    if (!joiner.ok) break
    // the joiner nearest the end of a list must be a conjunction: "A, B and C", not "A, B"
    if (!closed && !joiner.closes) break
    closed = true
    members.unshift(previous)
    cursor = previous
  }
  // "Israel struck Lebanon and Syria fired": a list whose first name is the object of a verb before it belongs to
  // that verb; only the last name is the subject of the verb after it
  if (members.length > 1 && objectOfVerb(view, members[0]!.first, start)) return [span]
  return members
}

/**
 * Whether the name starting at `first` is the object of a verb before it ("struck the Syrian …"). Saying verbs and
 * CLAUSE_VERBS may take a clause with its own subject list as their object ("said India and China would …").
 */
function objectOfVerb(view: DocView, first: number, start: number): boolean {
  let i = first - 1
  while (i >= start && (view.tokens[i]?.pos === 'DET' || view.tokens[i]?.pos === 'ADJ')) i--
  const token = view.tokens[i]
  if (i < start || !token || token.pos !== 'VERB' || view.actorCover.has(i)) return false
  const { SAY_VERBS, CLAUSE_VERBS } = view.words
  return !(view.forms[i] ?? []).some((form) => SAY_VERBS.has(form) || CLAUSE_VERBS.has(form))
}
