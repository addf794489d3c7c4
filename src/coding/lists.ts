import type { ActorSpan, DocView } from './view.js'
import { LIST_CLOSERS, LIST_JOINERS } from './words.js'

const MAX_JOINER = 4

/** Joiner tokens between two list members: ", ", " and ", ", plus the ", " as well as ". */
function joinerBetween(view: DocView, from: number, to: number): { ok: boolean; closes: boolean } {
  if (to - from < 1 || to - from > MAX_JOINER) return { ok: false, closes: false }
  let closes = false
  let sawJoiner = false
  for (let i = from; i < to; i++) {
    const token = view.tokens[i]
    if (!token) return { ok: false, closes: false }
    if (LIST_JOINERS.has(token.norm)) {
      sawJoiner = true
      if (LIST_CLOSERS.has(token.norm)) closes = true
    } else if (token.pos !== 'DET') return { ok: false, closes: false }
  }
  return { ok: sawJoiner, closes }
}

/** The actor list starting at `span`: "Russia, Belarus and Iran"; a comma-only tail is left out. */
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
    if (!next) break
    const joiner = joinerBetween(view, cursor.last + 1, next.first)
    if (!joiner.ok) break
    members.push(next)
    if (joiner.closes) accepted = members.length
    cursor = next
  }
  return members.slice(0, accepted)
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
  return members
}
