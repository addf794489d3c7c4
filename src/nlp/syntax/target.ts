import { coActorAt, listForward } from './lists.js'
import { placeActor, type ActorSpan, type DocView } from './view.js'
import { isPossessiveMarker } from './words.js'
import { relationalPossessor } from './relational.js'
import { titledHolder } from './titled-holder.js'

const MAX_TARGET_DISTANCE = 10

/** Co-actors after the trigger in its clause ("applied to join alongside Finland"): they act with the subject. */
export function findCoActors(view: DocView, from: number, end: number): ActorSpan[] {
  const found: ActorSpan[] = []
  for (let i = from; i < Math.min(end, from + MAX_TARGET_DISTANCE); i++) {
    const token = view.tokens[i]
    if (!token || view.words.CLAUSE_OPENERS.has(token.norm) || token.pos === 'SCONJ') break
    const span = view.actorStart.get(i)
    if (!span) continue
    if (coActorAt(view, span)) found.push(...listForward(view, span, end))
    i = span.last
  }
  return found
}

/** Whether the words before token `first` are a locative preposition and its determiners: "in Belarus", "at the". */
export function afterLocative(view: DocView, first: number): boolean {
  let i = first - 1
  while (view.tokens[i]?.pos === 'DET') i--
  return view.words.LOCATIVE_PREPOSITIONS.has(view.tokens[i]?.norm ?? '')
}

/**
 * The first actor after the head in its clause (inside the matched phrase or after it), as a list: "met leaders of
 * Japan and Korea", "razed Bangladeshi houses", "accepted mediation by Qatar".
 */
export function findTarget(view: DocView, from: number, end: number, exclude: ReadonlySet<string>): ActorSpan[] {
  // the subject named again ("Kenyan police declared a curfew in Kenya") is the target only if no other
  // actor is: the event is then domestic and the caller drops it
  let self: ActorSpan | undefined
  let clause = false
  for (let i = from; i < Math.min(end, from + MAX_TARGET_DISTANCE); i++) {
    const token = view.tokens[i]
    if (!token) break
    const span = view.actorStart.get(i)
    if (span) {
      // "Russia's ally Syria", "an ally of Iran": the possessor of another party is not the one meant
      if (coActorAt(view, span) || relationalPossessor(view, span) !== undefined) {
        i = span.last
        continue
      }
      const holder = titledHolder(view, span)
      if (holder) {
        i = holder.first - 1
        continue
      }
      if (!exclude.has(span.ref.entity)) return listForward(view, span, end)
      if (!clause) self ??= span
      i = span.last
      continue
    }
    if (view.words.CLAUSE_OPENERS.has(token.norm) || token.norm === ',' || token.pos === 'SCONJ') break
    // "resigned on Monday as Armenian protesters rallied": past "as" opening a clause of its own, the subject's
    // own country is no target ("raised its readiness as Chinese ships gathered" still answers China)
    if (token.norm === 'as' && clauseAfter(view, i + 1, end)) clause = true
    // a verb ends the phrase, except a participle before its agent ("sailors held by Iran", "crimes committed by
    // Croat forces"), unless that agent is a go-between: "signed a truce brokered by Egypt" is not with Egypt
    const verb = token.pos === 'VERB' || token.pos === 'AUX'
    if (
      verb &&
      (i > from || view.words.AGENT_PREPOSITIONS.has(view.tokens[i + 1]?.norm ?? '')) &&
      !throughAgent(view, i)
    )
      break
  }
  return self ? [self] : []
}

const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])
/** Whether a noun phrase from `from` on is the subject of a verb right after it ("as the opposition threatened"). */
function clauseAfter(view: DocView, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const token = view.tokens[i]
    if (!token) return false
    if (view.actorCover.has(i) || PHRASE_TAGS.has(token.pos)) continue
    return i > from && (token.pos === 'VERB' || token.pos === 'AUX')
  }
  return false
}

// GO_BETWEEN_VERBS (view.words): Verbs of a go-between, who arranges what two other sides do: brokering, mediating,
// hosting (class view.words.GO_BETWEEN_VERBS of data/coding/lexicon/grammar.json).

/**
 * A participle before its agent that the target search reads through ("sailors held by Iran": the holder is the side
 * dealt with), unless the participle is a go-between's ("a deal brokered by China", "talks hosted by Qatar").
 */
function throughAgent(view: DocView, i: number): boolean {
  return (
    view.words.AGENT_PREPOSITIONS.has(view.tokens[i + 1]?.norm ?? '') &&
    !(view.forms[i] ?? []).some((form) => view.words.GO_BETWEEN_VERBS.has(form))
  )
}

const AGENT_NEAR = 4
const AGENT_REACH = 14
const INTERVENING_STOPS = new Set(['VERB', 'AUX', 'SCONJ', 'CCONJ'])

/** The next comma in [from, limit), or undefined. */
function nextComma(view: DocView, from: number, limit: number): number | undefined {
  for (let k = from; k < limit; k++) if (view.tokens[k]?.norm === ',') return k
  return undefined
}

/**
 * The actor of a by-phrase after a passive verb ("was raided by Sudanese gunmen") or a nominal event ("the
 * invasion of Ukraine by Russia"); with `fromToo`, a from-phrase too, for messages ("criticism of Israel from Spain").
 */
export function findAgent(view: DocView, from: number, end: number, fromToo = false): ActorSpan[] {
  for (let i = from; i < Math.min(end, from + AGENT_REACH); i++) {
    const norm = view.tokens[i]?.norm ?? ''
    // "was attacked on Monday near Kherson by Russian troops", "was criticized, in a statement, by Hungary": past the
    // first words, time, place and parenthetical phrases may stand between, but no other verb or clause
    if (i >= from + AGENT_NEAR && INTERVENING_STOPS.has(view.tokens[i]?.pos ?? '')) break
    // ", in a strongly worded statement,": a prepositional phrase between commas is read over whole
    if (norm === ',' && view.tokens[i + 1]?.pos === 'ADP') {
      const close = nextComma(view, i + 2, Math.min(end, from + AGENT_REACH))
      if (close !== undefined) i = close
      continue
    }
    if (!view.words.AGENT_PREPOSITIONS.has(norm) && !(fromToo && view.words.SOURCE_PREPOSITIONS.has(norm))) continue
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
    if (token.pos === 'PRON' && view.words.POSSESSIVE_PRONOUNS.has(token.norm)) {
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

const CONDITION_WINDOW = 16

/**
 * The actor a condition names after a threat: "threatened to suspend the talks if Israel strikes its oil fields",
 * "warned it would strike unless Baghdad accepted": CAMEO aims the threat at it.
 */
export function conditionActor(view: DocView, from: number, end: number, exclude: ReadonlySet<string>): ActorSpan[] {
  const limit = Math.min(end, from + CONDITION_WINDOW)
  for (let i = from; i < limit; i++) {
    const norm = view.tokens[i]?.norm
    if (norm === ';') return []
    if (view.words.CONDITIONAL_CONJUNCTIONS.has(norm ?? ''))
      return findTarget(view, i + 1, end, exclude).filter((t) => !exclude.has(t.ref.entity))
  }
  return []
}

/**
 * The actor a condition names before the clause of a threat: "If Russia does not withdraw its troops, NATO will deploy
 * more forces", "warned that unless Baghdad accepted, it would strike": the condition opens the clause before the
 * comma that ends it, and its first actor (the side the condition is about) is the one threatened.
 */
export function conditionBefore(
  view: DocView,
  first: number,
  chainStart: number,
  exclude: ReadonlySet<string>,
): ActorSpan[] {
  let comma = chainStart - 1
  while (comma >= first && view.tokens[comma]?.norm !== ',') comma--
  for (let i = comma - 1; i >= first && i >= comma - CONDITION_WINDOW; i--) {
    const norm = view.tokens[i]?.norm ?? ''
    if (norm === ',' || norm === ';') return []
    if (view.words.CONDITIONAL_CONJUNCTIONS.has(norm))
      return findTarget(view, i + 1, comma, exclude).filter((t) => !exclude.has(t.ref.entity))
  }
  return []
}

const PATIENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'])

/**
 * Whether the noun phrase just before a passive verb group names an actor ("Sudanese protesters were arrested"),
 * or none ("until their demands are met"): then the passive has no target, and none is looked for further back.
 * A possessive before a noun ("their demands") is not the phrase's actor.
 */
export function patientNamed(view: DocView, chainStart: number, first: number): boolean {
  let i = chainStart - 1
  if (i < first) return true
  let phrase = false
  for (; i >= first; i--) {
    const span = view.actorCover.get(i)
    if (span) {
      const possessive =
        span.mention.form === 'pronoun' && view.words.POSSESSIVE_PRONOUNS.has(view.tokens[span.first]?.norm ?? '')
      if (!possessive || span.last === chainStart - 1) return true
      i = span.first
      phrase = true
      continue
    }
    const token = view.tokens[i]
    if (!token || !PATIENT_POS.has(token.pos) || view.timeCover.has(i)) break
    phrase = true
  }
  return !phrase
}

const PLACE_PHRASE_REACH = 6

/**
 * The place a passive's subject names, as its country's actor: "Kharkiv was shelled", "the port of Odesa was hit",
 * "a hospital in Kherson was bombed" — a city or region the KB files under a country is the patient as the country,
 * as after an active verb ("shelled Kharkiv"). Read over the noun phrase right before the verb group only.
 */
export function placePatient(view: DocView, chainStart: number, first: number): ActorSpan | undefined {
  const stop = Math.max(first, chainStart - PLACE_PHRASE_REACH)
  for (let i = chainStart - 1; i >= stop; i--) {
    const token = view.tokens[i]
    if (!token || view.timeCover.has(i) || view.actorCover.has(i)) return undefined
    const place = view.located.get(i)
    // "the rebels who attacked Goma were backed": a place that is a verb's object is no subject
    if (place && place.last < chainStart) return verbObject(view, place.first) ? undefined : placeActor(place)
    const joins = view.words.GENITIVE_PREPOSITIONS.has(token.norm) || view.words.INESSIVE_PREPOSITIONS.has(token.norm)
    if (!PATIENT_POS.has(token.pos) && !joins) return undefined
  }
  return undefined
}

/** Whether a verb (past determiners and adjectives) stands right before token `first`. */
function verbObject(view: DocView, first: number): boolean {
  let k = first - 1
  while (view.tokens[k]?.pos === 'DET' || view.tokens[k]?.pos === 'ADJ') k--
  return view.tokens[k]?.pos === 'VERB'
}

/**
 * The country or place named by "in" right after a passive act ("was arrested in Lebanon"), as an actor. A city that
 * seats an international court ("tried in The Hague") does not say whose authorities acted.
 */
export function placeOfAct(view: DocView, from: number, end: number): ActorSpan | undefined {
  for (let i = from; i < Math.min(end, from + 3); i++) {
    if (!view.words.INESSIVE_PREPOSITIONS.has(view.tokens[i]?.norm ?? '')) continue
    const span = view.actorStart.get(i + 1)
    if (span && span.mention.form !== 'demonym') return courtSeat(view, span.mention.entity) ? undefined : span
    const place = view.located.get(i + 1)
    return place && !courtSeat(view, place.entity) ? placeActor(place) : undefined
  }
  return undefined
}

/** Whether the place `id` is the seat of an international court (KB: a place's seatOf, an organization's kind). */
function courtSeat(view: DocView, id: string | undefined): boolean {
  const seated = id === undefined ? undefined : view.kb.entity(id)?.seatOf
  return !!seated?.some((org) => view.kb.entity(org)?.orgKind === 'court')
}
