import { isAmountToken } from './amount.js'
import { agentMarked, headAgent, nominalObject } from './nominal-object.js'
import type { CompiledEntry } from './dictionary.js'
import { slotTakes, type Element, type WordElement } from './pattern.js'
import { splitParticle } from './word-sense.js'
import { internWord, NO_WORD, wordIdSetOf } from '../nlp/segment/index.js'
import type { EntityKind } from '../document.js'
import {
  coActorAt,
  listForward,
  placeActor,
  type ActorSpan,
  type DocView,
  hasFormIn,
  isGapToken,
  isPossessiveMarker,
  matchesWord,
  NOUN_PHRASE_POS,
  relationalPossessor,
  titledHolder,
} from '../nlp/syntax/index.js'

const MAX_GAP = 4

/** A dictionary entry matched at a head token. */
export interface Match {
  readonly item: CompiledEntry
  readonly head: number
  /** Last token the pattern covered (a slot's actor included). */
  readonly last: number
  /** Last pattern word: the trigger ends here. */
  readonly lastWord: number
  readonly target?: ActorSpan[]
  readonly source?: ActorSpan[]
  /** The object is a definite noun phrase referring to an earlier event ("condemned the move"). */
  readonly anaphor?: boolean
  /** The final target slot held no actor, only a noun ("killed two soldiers"). */
  readonly open?: boolean
  /** A default borrowed through this WordNet synonym of the head (the head itself has no entry). */
  readonly backoff?: string
  /** The target is the agent of a nominal event in the object, whose noun stands here ("the detention of … by"). */
  readonly nested?: number
  /** The event's sides are its doers, each acting on the other ("India and Pakistan held negotiations"). */
  readonly mutual?: boolean
}

// QUANTITY_WORDS (view.words): Words of a quantity before the noun it counts: "about 3,000 tons of", "scores of", "more
// than 100".

/**
 * A token the matcher skips without counting it against the gap: a time expression ("lifted on Friday a …") or
 * part of a quantity ("ship about 3,000 tons of wheat aid", "pledged $50 million in aid").
 */
export function isFreeToken(view: DocView, i: number): boolean {
  if (view.timeCover.has(i)) return true
  const token = view.tokens[i]
  if (!token) return false
  const { wordIds } = view
  const { normIds } = view.index
  if (token.pos === 'NUM' || wordIds.QUANTITY_WORDS.has(normIds[i]!) || isAmountToken(view, i)) return true
  if (!wordIds.GENITIVE_PREPOSITIONS.has(normIds[i]!)) return false
  const before = view.tokens[i - 1]
  return !!before && (before.pos === 'NUM' || wordIds.QUANTITY_WORDS.has(normIds[i - 1]!))
}

/**
 * Finds the first token at or after `from` (skipping gap tokens) that starts an actor (`words` undefined) or has a
 * form among `words`, before `end`. Two fixed tests rather than a callback: this runs for every pattern element
 * tried, over the tokens `reachFrom` walks once for them all.
 */
function seek(
  view: DocView,
  from: number,
  end: number,
  words: ReadonlySet<string> | undefined,
  pos?: string,
): number | undefined {
  const ids = words && wordIdSetOf(words)
  for (const i of reachFrom(view, from)) {
    if (i >= end) return undefined
    if (
      ids === undefined
        ? view.actorStart.has(i)
        : hasFormIn(view, i, ids) && (pos === undefined || view.tokens[i]?.pos === pos)
    )
      return i
    // "expelled UN peacekeepers": the pattern's noun heads an actor's name, which is the one actor acted on
    if (ids === undefined || pos === 'VERB') continue
    const head = nounInActor(view, i)
    if (head !== undefined && head < end && hasFormIn(view, head, ids)) return head
  }
  return undefined
}

/**
 * The common noun that ends an actor's name starting at token `i` ("UN peacekeepers", "coalition forces"), which a
 * pattern word may match as it would the noun standing alone; undefined for a proper name ("Islamic Jihad") and for
 * a description ("the bloc").
 */
function nounInActor(view: DocView, i: number): number | undefined {
  const span = view.actorStart.get(i)
  // a description ("the bloc") is the actor by its noun, which a pattern reads as the actor, not as a word
  if (!span || span.last <= i || span.mention.form !== 'name') return undefined
  const token = view.tokens[span.last]
  return token?.pos === 'NOUN' && /^\p{Ll}/u.test(view.doc.text[token.start] ?? '') ? span.last : undefined
}

/**
 * The entries of one head list by a word element each must match: an entry whose second element is a required word
 * (2 of 3 entries: "impose sanction|&SANCTION/NOUN on? $TARGET") is filed in `near` under each of its words, as that
 * word must stand within the matcher's reach of the head; one with a required word further on ("urge $TARGET to
 * comply|abide …") in `later` under the words of its first, which must stand somewhere after the head in the
 * sentence. The others are kept, in order, in `open`. Entries are filed by their place in the list, and `stamp`
 * marks, for one call of `entriesReaching` at a time, the places reached (speed: no set or closure per call).
 */
interface WordGates {
  /** By word id (`internWord`), read with the tokens' `formIds`. */
  readonly near: ReadonlyMap<number, readonly number[]>
  readonly later: ReadonlyMap<number, readonly number[]>
  /** How many entries of the list are gated, and which (1 at their place). */
  readonly gated: number
  readonly isGated: Uint8Array
  readonly open: readonly CompiledEntry[]
  /** The call that last reached the entry at each place (`epoch`). */
  readonly stamp: Uint32Array
  epoch: number
}

const gatesCache = new WeakMap<readonly CompiledEntry[], WordGates>()

function gatesOf(items: readonly CompiledEntry[]): WordGates {
  let gates = gatesCache.get(items)
  if (gates) return gates
  const near = new Map<number, number[]>()
  const later = new Map<number, number[]>()
  const isGated = new Uint8Array(items.length)
  let gated = 0
  const open: CompiledEntry[] = []
  items.forEach((item, place) => {
    const at = item.elements.findIndex((e, n) => n > 0 && e.kind === 'word' && !e.optional)
    const gate = item.elements[at]
    if (gate?.kind !== 'word') {
      open.push(item)
      return
    }
    isGated[place] = 1
    gated++
    // a phrasal head's next word stands after its particle, beyond the reach from the head
    const first = item.elements[0]
    const byWord = at === 1 && !(first?.kind === 'word' && first.particles) ? near : later
    for (const word of gate.words) {
      const id = internWord(word)
      const places = byWord.get(id)
      if (places) places.push(place)
      else byWord.set(id, [place])
    }
  })
  gates = { near, later, gated, isGated, open, stamp: new Uint32Array(items.length), epoch: 0 }
  gatesCache.set(items, gates)
  return gates
}

/** Stamps the entries filed under the forms of token `i`; returns how many it reached first. */
function mark(gates: WordGates, byWord: ReadonlyMap<number, readonly number[]>, view: DocView, i: number) {
  const { starts, list } = view.index.formIds
  if (!(i >= 0 && i < view.tokens.length)) return 0
  const { stamp, epoch } = gates
  let reached = 0
  for (let k = starts[i]!; k < starts[i + 1]!; k++) {
    // a form no vocabulary holds (most words of a text) files no entry
    const places = list[k] === NO_WORD ? undefined : byWord.get(list[k]!)
    if (!places) continue
    for (const place of places) {
      if (stamp[place] === epoch) continue
      stamp[place] = epoch
      reached++
    }
  }
  return reached
}

/**
 * The entries of `items` (in their order) that can match at `head`, leaving out those whose gate word (`WordGates`)
 * stands nowhere it could match before `end`, as `matchAt` would fail there: one walk over the tokens after the head
 * for the whole list, rather than one per entry.
 */
export function entriesReaching(
  view: DocView,
  head: number,
  end: number,
  items: readonly CompiledEntry[],
): readonly CompiledEntry[] {
  const gates = gatesOf(items)
  const { near, later, gated, isGated, stamp } = gates
  if (!gated) return items
  // a fresh epoch per call; at the counter's end the stamps start over
  if (gates.epoch === 0xffffffff) {
    stamp.fill(0)
    gates.epoch = 0
  }
  const epoch = ++gates.epoch
  let reached = 0
  if (near.size) {
    for (const i of reachFrom(view, head + 1)) {
      if (i >= end) break
      reached += mark(gates, near, view, i)
      const noun = nounInActor(view, i)
      if (noun !== undefined && noun < end) reached += mark(gates, near, view, noun)
    }
  }
  if (later.size) for (let i = head + 1; i < end; i++) reached += mark(gates, later, view, i)
  if (!reached) return gates.open
  if (reached === gated) return items
  const can: CompiledEntry[] = []
  for (let place = 0; place < items.length; place++) {
    if (!isGated[place] || stamp[place] === epoch) can.push(items[place]!)
  }
  return can
}

/** The tokens a pattern element may stand at from `from`, walked once per view (`view.reach`). */
function reachFrom(view: DocView, from: number): readonly number[] {
  let reach = view.reach.get(from)
  if (!reach) {
    reach = walk(view, from)
    // a walk from outside the document is not kept (the view keeps one per token)
    if (from >= 0 && from < view.tokens.length) view.reach.set(from, reach)
  }
  return reach
}

/**
 * The tokens from `from` on, up to and including the first that no pattern may skip: past a whole actor name
 * ("expand Brazil's trade with") and gap tokens, at most MAX_GAP of them counted (time, quantity and sums are free).
 */
function walk(view: DocView, from: number): number[] {
  const visited: number[] = []
  let gaps = 0
  for (let i = from; i < view.tokens.length; i++) {
    visited.push(i)
    const cover = view.actorCover.get(i)
    if (cover) {
      gaps += cover.last - i + 1
      i = cover.last
    } else if (isAmountToken(view, i)) continue
    else if (!isGapToken(view, i)) break
    else if (!isFreeToken(view, i)) gaps++
    if (gaps > MAX_GAP) break
  }
  // an exact-size copy: the view keeps every walk until the batch is done, and an array grown by push holds at least
  // 17 slots (a walk has a few tokens); the walks that outlive a young collection, which copies them, went from
  // 10.1 to 4.5 MB per MB of text (sampled heap profile)
  return visited.slice()
}

/**
 * The last token of the first phrase alternative whose words stand next from `from`, each after the gap the matcher
 * allows between pattern words ("(step up|ramp up) pressure on").
 */
function phraseAt(
  view: DocView,
  from: number,
  end: number,
  alternatives: readonly (readonly WordElement[])[],
): number | undefined {
  for (const phrase of alternatives) {
    let cursor = from
    let last: number | undefined
    for (const word of phrase) {
      const at = seek(view, cursor, end, word.words, word.pos)
      if (at === undefined) {
        if (word.optional) continue
        last = undefined
        break
      }
      last = at
      cursor = at + 1
    }
    if (last !== undefined) return last
  }
  return undefined
}

/**
 * The actor a slot takes from `cursor` on: the first one, unless it is the possessor of a noun for another party
 * ("criticized Russia's ally Syria": Syria; "ambushed a patrol of Turkey's militia allies in Syria": not Turkey).
 */
function slotActor(view: DocView, cursor: number, end: number, word: number): ActorSpan | undefined {
  for (let from = cursor, tries = 0; tries < 3; tries++) {
    const at = seek(view, from, end, undefined)
    const found = at === undefined ? undefined : ownerless(view, view.actorStart.get(at))
    // "met Israeli President Herzog": the holder of the title, not the people its demonym names
    const span = found && (titledHolder(view, found) ?? found)
    // "applied to join alongside Finland": a co-actor acts beside the subject; it fills no slot, unless the pattern's
    // own word marks it ("work with $TARGET": "working together with the U.S.")
    if (span && coActorAt(view, span) && !ownMarker(view, span, word)) return undefined
    const after = span ? relationalPossessor(view, span) : undefined
    if (!span || after === undefined) return span
    from = after
  }
  return undefined
}

/** Whether the word before the actor (past determiners) is the pattern's last matched word, at token `word`. */
function ownMarker(view: DocView, span: ActorSpan, word: number): boolean {
  let i = span.first - 1
  while (i > word && view.tokens[i]?.pos === 'DET') i--
  return i === word
}

/** "its European partners", "their Russian counterparts": the possessive stands before the actor that is meant. */
function ownerless(view: DocView, span: ActorSpan | undefined): ActorSpan | undefined {
  if (
    !span ||
    span.mention.form !== 'pronoun' ||
    !view.words.POSSESSIVE_PRONOUNS.has(view.tokens[span.first]?.norm ?? '')
  )
    return span
  return view.actorStart.get(span.last + 1) ?? span
}

// BODY_NOUNS (view.words): Institutions a place may own ("Pennsylvania's legislature", "Poland's parliament"): what is
// taken with them is control of a body, not of land.

/** Whether a possessive marker at `at` is followed (past adjectives) by a body the place owns (BODY_NOUNS). */
function possessedBody(view: DocView, at: number): boolean {
  if (!isPossessiveMarker(view.tokens[at])) return false
  let k = at + 1
  while (view.tokens[k]?.pos === 'ADJ') k++
  return matchesWord(view.forms[k], view.words.BODY_NOUNS)
}

/** A place filed under a country at `from`, after at most two determiners or adjectives ("in northern Baghdad"). */
function placeAt(view: DocView, from: number, end: number): ActorSpan | undefined {
  for (let i = from; i < Math.min(end, from + 3); i++) {
    const place = view.located.get(i)
    // "joins Hiroshima summit": a place before a noun modifies it
    if (place) return view.tokens[place.last + 1]?.pos === 'NOUN' ? undefined : placeActor(place)
    const pos = view.tokens[i]?.pos
    if (pos !== 'DET' && pos !== 'ADJ') return undefined
  }
  return undefined
}

/**
 * "Brazil's trade with Mexico": a possessor followed by a noun and "with" names the partner of the
 * relation as the target, not the possessor ("Ukraine's entry into the union" keeps Ukraine).
 */
function relationPartner(view: DocView, span: ActorSpan, end: number): ActorSpan[] | undefined {
  if (!isPossessiveMarker(view.tokens[span.last + 1])) return undefined
  for (let i = span.last + 2; i < Math.min(end, span.last + 6); i++) {
    const token = view.tokens[i]
    const comitative = !!token && view.words.COMITATIVE_PREPOSITIONS.has(token.norm)
    if (!token || (token.pos !== 'NOUN' && token.pos !== 'ADJ' && !comitative)) return undefined
    if (!comitative) continue
    let j = i + 1
    while (!view.actorStart.has(j) && view.tokens[j]?.pos === 'DET') j++
    const partner = view.actorStart.get(j)
    return partner ? listForward(view, partner, end) : undefined
  }
  return undefined
}

const TYPED_GAP_POS = new Set(['DET', 'ADJ'])

/**
 * Whether the actor `span` heads the object at `cursor`, as a typed slot asks ("withdrew from northern Mali"): only
 * determiners and adjectives before it, no noun after it ("left the AU summit") nor after its possessive marker, and its
 * mention of one of `kinds`.
 */
function headsObject(view: DocView, cursor: number, span: ActorSpan, kinds: ReadonlySet<EntityKind>): boolean {
  if (!slotTakes(kinds, span.mention)) return false
  for (let i = cursor; i < span.first; i++) {
    if (view.timeCover.has(i)) continue
    if (!TYPED_GAP_POS.has(view.tokens[i]?.pos ?? '')) return false
  }
  // "suspended Russia's participation": a possessor heads no object; nor does "a Greek-owned tanker" a modifier
  if (view.tokens[span.last + 1]?.norm === '-') return false
  const next = isPossessiveMarker(view.tokens[span.last + 1]) ? span.last + 2 : span.last + 1
  const after = view.tokens[next]?.pos
  if (after === 'NOUN' || after === 'PROPN' || (next !== span.last + 1 && after === 'ADJ')) return false
  // "withdrew from the Iran nuclear deal": adjectives and then a noun make the name a modifier too; a time or
  // quantity phrase after it ("withdrew from Afghanistan last year", "called Erdogan several times") does not
  let k = next
  while (view.tokens[k]?.pos === 'ADJ' && !isFreeToken(view, k)) k++
  return k === next || view.tokens[k]?.pos !== 'NOUN' || isFreeToken(view, k)
}

const OPEN_OBJECT_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV'])

/** The noun heading an object that is no actor ("two soldiers", "the Houthi sites"), within the gap. */
export function openObject(view: DocView, from: number, end: number): number | undefined {
  let budget = MAX_GAP
  for (let j = from; j < end && budget > 0; j++) {
    const token = view.tokens[j]
    if (!token || view.actorCover.has(j)) return undefined
    if (view.timeCover.has(j) || (isFreeToken(view, j) && token.pos !== 'PROPN')) continue
    budget--
    if (token.pos === 'NOUN' || token.pos === 'PROPN') return j
    if (!OPEN_OBJECT_POS.has(token.pos)) return undefined
  }
  return undefined
}

/**
 * Whether the pattern element found at `at` after a gap from `cursor` belongs to a noun of that gap rather than to the
 * pattern's last word: a preposition of NOUN_COMPLEMENT_PREPOSITIONS right after a common noun of the gap takes that
 * noun's complement ("repelled the attack with support from the US": "from" is the support's, not the attack's;
 * "gave permission to Israeli planes": "Israeli planes" are the permission's, no first object of "gave"). A word element
 * (`slot` false) is the preposition itself, and its noun must stand in a phrase of its own, after a preposition of the
 * same class in the gap ("sent troops and tanks to" keeps "to"); a slot's actor follows the preposition past
 * determiners and modifiers.
 */
function ownedByGapNoun(view: DocView, cursor: number, at: number, slot: boolean): boolean {
  let k = at
  if (slot) {
    k = at - 1
    while (k >= cursor && OPEN_OBJECT_POS.has(view.tokens[k]?.pos ?? '')) k--
  }
  const preposition = view.tokens[k]
  if (k <= cursor || !preposition || !view.words.NOUN_COMPLEMENT_PREPOSITIONS.has(preposition.norm)) return false
  if (view.tokens[k - 1]?.pos !== 'NOUN' || view.actorCover.has(k - 1)) return false
  if (slot) return true
  // "raised its concerns in a meeting with", "rejected calls by Hungary's leaders for": a place, agent or genitive phrase
  // between them leaves the preposition to the pattern's word
  const takes = view.words.NOUN_COMPLEMENT_PREPOSITIONS
  for (let j = cursor; j < k - 1; j++) if (view.tokens[j]?.pos === 'ADP' && takes.has(view.tokens[j]!.norm)) return true
  return false
}

/** How many tokens after its head word an object noun phrase runs at most, by default. */
export const MAX_OBJECT = 6

/**
 * The last token of the noun phrase that runs on after token `last`, through actors, possessives and "of" phrases
 * ("imposed sanctions on Iran's oil sector", "the crews of several fishing boats of Norway"), at most `reach` tokens;
 * a phrase of place or time ("near the border with China") ends it.
 */
export function objectPhraseEnd(view: DocView, last: number, end: number, reach = MAX_OBJECT): number {
  const limit = Math.min(end, last + 1 + reach)
  for (let i = last + 1; i < limit; i++) {
    const token = view.tokens[i]
    if (!token) break
    const cover = view.actorCover.get(i)
    if (cover) {
      last = i = cover.last
      continue
    }
    const next = view.tokens[i + 1]
    const joins = view.words.GENITIVE_PREPOSITIONS.has(token.norm) && !!next && NOUN_PHRASE_POS.has(next.pos)
    if (!NOUN_PHRASE_POS.has(token.pos) && !joins && !isPossessiveMarker(token)) break
    if (token.pos !== 'DET' && !joins) last = i
  }
  return last
}

/**
 * Where the pattern goes on from: the head itself for a plain head; for a phrasal head ("crack+down"), its particle
 * right after the verb, or minus the particle's place when the object splits it from the verb ("ordered ten diplomats
 * out"); null when there is none.
 */
function phrasalParticle(view: DocView, head: number, first: Element | undefined): number | null {
  if (first?.kind !== 'word' || !first.particles) return head
  const { particles } = first
  if (matchesWord(view.forms[head + 1], particles)) return head + 1
  const split = splitParticle(view, head, (particle) => particles.has(particle))
  return split === undefined ? null : -split
}

/**
 * Matches a compiled pattern whose head word is the token `head`. In the passive ("was attacked by") slots are
 * skipped: the subject is the target and the by-phrase the source, found by the caller. An optional slot
 * (`$TARGET?`) that finds no actor is passed over; an exclusion (`!word`) fails the match when its word stands next.
 */
export function matchAt(
  view: DocView,
  head: number,
  end: number,
  item: CompiledEntry,
  passive: boolean,
  open = false,
): Match | undefined {
  const filled: Filled = {}
  const match = matchFrom(view, head, end, item, passive, open, filled)
  // "beat protesters in Belgrade": an optional slot took an actor the words after it needed to pass over; the
  // pattern is read again with that slot empty
  if (match) return match
  if (filled.at !== undefined) return matchFrom(view, head, end, item, passive, open, { skip: filled.at })
  // "airstrikes carried out by Israel on Syria": a noun event's doer stands between its head and the rest
  const agent = item.entry.noun && !passive ? headAgent(view, head, end) : undefined
  return agent && matchFrom(view, head, end, item, passive, open, { agent })
}

/**
 * The optional slot `matchFrom` filled first (`at`), or the one it must leave empty (`skip`); the doer named after a
 * noun event's head (`agent`), read past as its source.
 */
interface Filled {
  at?: number
  readonly skip?: number
  readonly agent?: readonly ActorSpan[]
}

function matchFrom(
  view: DocView,
  head: number,
  end: number,
  item: CompiledEntry,
  passive: boolean,
  open: boolean,
  filled: Filled,
): Match | undefined {
  const { elements } = item
  // "backed out of the deal": a phrasal head's particle stands right after the verb, and the pattern goes on after it;
  // "handed the tanks over to Ukraine": split by the object, the pattern is read from the verb on, past the particle
  const particle = phrasalParticle(view, head, elements[0])
  if (particle === null) return undefined
  const split = particle < 0 ? -particle : undefined
  let cursor = split === undefined ? particle + 1 : head + 1
  let last = split === undefined ? particle : head
  let lastWord = last
  let target: ActorSpan[] | undefined
  let source: ActorSpan[] | undefined = filled.agent && [...filled.agent]
  if (source) cursor = (source.at(-1)?.last ?? cursor) + 1
  let nested: number | undefined
  for (let e = 1; e < elements.length; e++) {
    const element = elements[e]!
    if (cursor === split) cursor++
    if (element.kind === 'exclude') {
      if (element.before) {
        const prior = view.tokens[head - 1]
        const hit = matchesWord(view.forms[head - 1], element.words) && (!element.pos || prior?.pos === element.pos)
        // "^sexually assault": a word before the head that must stand there
        if (hit !== !!element.present) return undefined
        continue
      }
      if (seek(view, cursor, end, element.words, element.pos) !== undefined) return undefined
      continue
    }
    if (element.kind === 'slot') {
      // a typed slot's kind is read on the actor after the verb; the passive's subject is found by the caller
      if (passive && element.kinds) return undefined
      if (passive || filled.skip === e) continue
      // "condemned the detention of two Canadians by China": the nominal event's agent is what the verb acts on
      const targetSlot = element.role === 'target' && !element.kinds
      // "welcomed the release of the sailors by Iran" ("welcome release of $TARGET"): the pattern read the noun
      const nominal = targetSlot
        ? (nominalObject(view, cursor, end) ??
          (item.entry.noun || lastWord !== cursor - 1 ? undefined : nominalObject(view, cursor, end, true)))
        : undefined
      if (nominal) nested = nominal.noun
      let found = nominal?.agent ?? slotActor(view, cursor, end, lastWord)
      // "the shelling of Kharkiv by Russia": the actor of a nominal event's by-phrase is its agent, never its target
      // (after a verb, "demanded an admission by Moscow" demands it of Moscow)
      if (!nominal && found && targetSlot && item.entry.noun && agentMarked(view, found, lastWord)) found = undefined
      // "gave permission to Israeli planes": a slot other required words follow is the verb's first object, never a
      // noun's ("contemplated a response to North Korea", a last slot, keeps its actor)
      const followed = elements.some((x, n) => n > e && x.kind !== 'exclude' && !x.optional)
      if (found && !nominal && followed && ownedByGapNoun(view, cursor, found.first, true)) found = undefined
      const span = element.kinds && found && !headsObject(view, cursor, found, element.kinds) ? undefined : found
      // "opened an embassy in Tehran": a place the KB files under a country stands for it
      const near = span || element.role !== 'target' || !view.located.size ? undefined : placeAt(view, cursor, end)
      // "regained control of Pennsylvania's legislature": the place owns what was taken, a body, not land
      const owned = (kinds: ReadonlySet<EntityKind>, at: ActorSpan) =>
        !slotTakes(kinds, at.mention) || possessedBody(view, at.last + 1)
      const place = near && element.kinds && owned(element.kinds, near) ? undefined : near
      if (element.optional && (span || place) && filled.at === undefined && filled.skip === undefined) filled.at = e
      if (place) {
        target = [place]
        last = place.last
        cursor = last + 1
        continue
      }
      if (!span && element.optional) continue
      if (!span) {
        if (element.kinds) return undefined
        // "struck Houthi military sites": the object stands for no country; the target stays open
        const noun = open && element.role === 'target' ? openObject(view, cursor, end) : undefined
        if (noun === undefined || e !== elements.length - 1) return undefined
        return { item, head, last: noun, lastWord, open: true, ...(source ? { source } : {}) }
      }
      const all = relationPartner(view, span, end) ?? listForward(view, span, end)
      const kinds = element.kinds
      const list = kinds ? all.filter((x) => slotTakes(kinds, x.mention)) : all
      if (element.role === 'target') target = list
      else source = list
      last = list[list.length - 1]?.last ?? span.last
      cursor = last + 1
      continue
    }
    const at =
      element.kind === 'group'
        ? phraseAt(view, cursor, end, element.alternatives)
        : seek(view, cursor, end, element.words, element.pos)
    if (at === undefined || (element.kind === 'word' && ownedByGapNoun(view, cursor, at, false))) {
      if (element.optional) continue
      return undefined
    }
    last = at
    lastWord = at
    cursor = at + 1
  }
  // assigned in order rather than spread: a key added to a spread copy costs V8 (Node 20) a slow path each time
  const match: { -readonly [K in keyof Match]: Match[K] } = { item, head, last, lastWord }
  if (target) match.target = target
  if (source) match.source = source
  if (nested !== undefined) match.nested = nested
  return match
}
