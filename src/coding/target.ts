import { listForward } from './lists.js'
import type { ActorSpan, DocView } from './view.js'
import { CLAUSE_OPENERS, POSSESSIVE_PRONOUNS, isPossessiveMarker } from './words.js'

const MAX_TARGET_DISTANCE = 10

/** Whether an actor is joined to the subject as a co-actor: "alongside Finland", "together with Japan". */
function coActorAt(view: DocView, span: ActorSpan): boolean {
  let i = span.first - 1
  while (view.tokens[i]?.pos === 'DET') i--
  const word = view.tokens[i]?.norm
  if (word === 'alongside' || word === 'jointly') return true
  const before = view.tokens[i - 1]?.norm
  return word === 'with' && (before === 'together' || before === 'along' || before === 'jointly')
}

/** Co-actors after the trigger in its clause ("applied to join alongside Finland"): they act with the subject. */
export function findCoActors(view: DocView, from: number, end: number): ActorSpan[] {
  const found: ActorSpan[] = []
  for (let i = from; i < Math.min(end, from + MAX_TARGET_DISTANCE); i++) {
    const token = view.tokens[i]
    if (!token || CLAUSE_OPENERS.has(token.norm) || token.pos === 'SCONJ') break
    const span = view.actorStart.get(i)
    if (!span) continue
    if (coActorAt(view, span)) found.push(...listForward(view, span, end))
    i = span.last
  }
  return found
}

/**
 * The first actor after the head in its clause (inside the matched phrase or after it), as a list: "met leaders of
 * Japan and Korea", "demolished Palestinian homes", "accepted mediation by Qatar".
 */
export function findTarget(view: DocView, from: number, end: number, exclude: ReadonlySet<string>): ActorSpan[] {
  // the subject named again ("Turkish authorities imposed a curfew in Turkey") is the target only if no other
  // actor is: the event is then domestic and the caller drops it
  let self: ActorSpan | undefined
  for (let i = from; i < Math.min(end, from + MAX_TARGET_DISTANCE); i++) {
    const token = view.tokens[i]
    if (!token) break
    const span = view.actorStart.get(i)
    if (span) {
      if (coActorAt(view, span)) {
        i = span.last
        continue
      }
      if (!exclude.has(span.ref.entity)) return listForward(view, span, end)
      self ??= span
      i = span.last
      continue
    }
    if (CLAUSE_OPENERS.has(token.norm) || token.norm === ',' || token.pos === 'SCONJ') break
    // a verb ends the phrase, except a participle before its agent: "sailors held by Iran"
    if ((token.pos === 'VERB' || token.pos === 'AUX') && i > from && view.tokens[i + 1]?.norm !== 'by') break
  }
  return self ? [self] : []
}

/** The actor of a by-phrase after a passive verb: "was attacked by Burundian militiamen". */
export function findAgent(view: DocView, from: number, end: number): ActorSpan[] {
  for (let i = from; i < Math.min(end, from + 4); i++) {
    if (view.tokens[i]?.norm !== 'by') continue
    let j = i + 1
    while (!view.actorStart.has(j) && view.tokens[j]?.pos === 'DET') j++
    const span = view.actorStart.get(j)
    return span ? listForward(view, span, end) : []
  }
  return []
}

/**
 * The actor of a nominal event: a possessor ("Russia's invasion", "its invasion") or a name before the noun
 * ("the Russian invasion"), found within a few modifiers before the head.
 */
export function findPossessor(view: DocView, head: number, sentenceStart: number): ActorSpan[] {
  for (let i = head - 1; i >= Math.max(sentenceStart, head - 4); i--) {
    const token = view.tokens[i]
    if (!token) break
    const span = view.actorEnd.get(i)
    if (span) return [span]
    if (isPossessiveMarker(token)) {
      const owner = view.actorEnd.get(i - 1)
      return owner ? [owner] : []
    }
    if (token.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(token.norm)) {
      const covered = view.actorCover.get(i)
      if (covered) return [covered]
      return nearestBefore(view, i, sentenceStart)
    }
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.norm !== '-' && token.pos !== 'ADV') break
  }
  return []
}

/** Without coreference, "its" is read as the nearest country or organization before it in the sentence. */
function nearestBefore(view: DocView, at: number, sentenceStart: number): ActorSpan[] {
  for (let i = at - 1; i >= sentenceStart; i--) {
    const span = view.actorEnd.get(i)
    if (span && !span.ref.via) return [span]
  }
  return []
}
