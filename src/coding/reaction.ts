import type { EventDraft } from './draft.js'
import { type ActorSpan, type DocView } from '../nlp/syntax/index.js'

const MAX_NOUN_PHRASE = 4

/**
 * The last token of a definite noun phrase right after a verb that names no actor: "the move", "this week's
 * strikes", "the invitation". Undefined when the object is an actor or not a definite noun phrase.
 */
export function eventObject(view: DocView, from: number, end: number): number | undefined {
  if (!view.words.DEFINITE_DETERMINERS.has(view.tokens[from]?.norm ?? '')) return undefined
  let noun: number | undefined
  for (let i = from + 1; i < Math.min(end, from + 1 + MAX_NOUN_PHRASE); i++) {
    const token = view.tokens[i]
    if (!token || view.actorCover.has(i) || view.mentionCover.has(i)) return undefined
    if (token.pos === 'NOUN') noun = i
    else if (token.pos !== 'ADJ' && token.pos !== 'ADV' && token.norm !== '-') break
  }
  return noun
}

/** How many sentences back a reaction looks for an event named by its own noun ("the strikes" → "struck"). */
const RECENT_SENTENCES = 3

/** The fewest letters a noun and a verb share at their start for the noun to name the verb's act. */
const MIN_STEM = 4

/**
 * Whether a noun is a verb's own noun ("the invasion" of "invaded", "the seizure" of "seized", "the decision" of
 * "decided"): it starts with the verb's base form less at most its last two letters, and with at least MIN_STEM letters.
 */
function nounOfVerb(noun: string, verb: string): boolean {
  const stem = Math.max(MIN_STEM, verb.length - 2)
  return verb.length >= MIN_STEM && noun.length >= stem && noun.slice(0, stem) === verb.slice(0, stem)
}

/**
 * Whether the event's trigger shares a base form with the noun ("the strikes" and "carried out strikes"), or its verb
 * is the one the noun is made from ("the invasion" and "invaded").
 */
function namedBy(view: DocView, draft: EventDraft, noun: number): boolean {
  const forms = new Set(view.forms[noun] ?? [])
  const word = view.tokens[noun]?.norm ?? ''
  for (let i = draft.head; i <= draft.last; i++) {
    if ((view.forms[i] ?? []).some((f) => forms.has(f))) return true
    const token = view.tokens[i]
    if (token?.pos === 'VERB' && nounOfVerb(word, token.lemma)) return true
  }
  return false
}

/**
 * What was told before the reaction: the drafts of earlier sentences and of this one, in order. Kept as two lists
 * (not one copy per reaction), as a long document tells thousands.
 */
export interface Told {
  readonly past: readonly EventDraft[]
  readonly current: readonly EventDraft[]
}

/** The drafts of one sentence: all of this sentence's are in `current`; `past` is ordered by sentence. */
function ofSentence(told: Told, sentence: number): readonly EventDraft[] {
  if (told.current[0]?.sentence === sentence) return told.current
  const { past } = told
  let low = 0
  let high = past.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (past[middle]!.sentence < sentence) low = middle + 1
    else high = middle
  }
  let end = low
  while (end < past.length && past[end]!.sentence === sentence) end++
  return past.slice(low, end)
}

/** The sources of every event of the list the draft belongs to (same trigger), except the reactor. */
function listSources(told: Told, draft: EventDraft, reactor: ReadonlySet<string>): ActorSpan[] {
  const seen = new Set<string>()
  const actors: ActorSpan[] = []
  // a trigger is a token of the draft's sentence, so the drafts that share it are of that sentence
  for (const other of ofSentence(told, draft.sentence)) {
    if (other.head !== draft.head || !other.source) continue
    const entity = other.source.ref.entity
    if (reactor.has(entity) || seen.has(entity)) continue
    seen.add(entity)
    actors.push(other.source)
  }
  return actors
}

/**
 * Who did the thing an actor reacts to: the doers of a recent event the object names ("condemned the strikes"),
 * else of an earlier event of the reaction's own sentence, else of the story's lead event, its first one ("Moscow
 * condemned the move" in a story about Finland joining).
 */
export function referentEvent(
  view: DocView,
  told: Told,
  noun: number,
  reactor: ReadonlySet<string>,
): { event: EventDraft; actors: ActorSpan[] } | undefined {
  const sentence = view.tokens[noun]?.sentence ?? 0
  const usable = (d: EventDraft | undefined): d is EventDraft => !!d?.source && !reactor.has(d.source.ref.entity)
  const { past, current } = told
  for (let i = past.length + current.length - 1; i >= 0; i--) {
    const draft = i >= past.length ? current[i - past.length] : past[i]
    if (!draft || sentence - draft.sentence > RECENT_SENTENCES) break
    if (usable(draft) && namedBy(view, draft, noun)) return { event: draft, actors: listSources(told, draft, reactor) }
  }
  // "Venezuela expelled the Spanish ambassador after Madrid criticised the election": an event told earlier in the
  // reaction's own sentence is nearer than the story's lead
  const near = current.findLast((d) => usable(d) && d.last < noun)
  const lead = near ?? past.find(usable) ?? current.find(usable)
  return lead ? { event: lead, actors: listSources(told, lead, reactor) } : undefined
}
