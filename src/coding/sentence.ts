import { withFields } from '../objects.js'
import type { Mention, Modality } from '../document.js'
import {
  type Chain,
  type ActorSpan,
  type CodingKb,
  type DocView,
  type Words,
  governedGerund,
  isPossessiveMarker,
  lemmaOf,
  matchesWord,
} from '../nlp/syntax/index.js'
import { internWord, wordId } from '../nlp/segment/index.js'
import type { CompiledEntry, VerbDictionary } from './dictionary.js'
import type { EventDraft } from './draft.js'
import { intentCode, refusalCode } from './intent.js'
import { aimCode } from './aim.js'
import { entriesReaching, matchAt, objectPhraseEnd, openObject, type Match } from './match.js'
import { acceptsPos, fitsAt, participleModifier } from './pos-fit.js'
import { eventObject } from './reaction.js'
import { oneSide } from './one-side.js'
import type { CodeTables } from './tables.js'
import type { WordNetVerbs } from './wordnet.js'
import {
  modifiesBearer,
  namingComplement,
  participleBeforeNoun,
  phrasalVerbAt,
  strandedParticle,
} from './word-sense.js'
import { BACKOFF_PENALTY, backoffFor, type Backoff } from './backoff.js'
import { OBJECT_CLASS_PENALTY } from './object-backoff.js'
import { headAgent } from './nominal-object.js'
import { armedActor, commandedForces } from './armed-actor.js'
import { passedThrough } from './transit.js'

// GOVERNING_VERBS (view.words): Verbs that govern another action ("pledged to boost", "refused to sign"): that action
// is coded if it can be (class GOVERNING_VERBS of data/coding/lexicon/grammar.json).

interface Scan {
  readonly view: DocView
  readonly dictionary: VerbDictionary
  /** The code table: what each code is (force, a message, a reaction …), read by the coder's rules. */
  readonly tables: CodeTables
  /** WordNet verbs, for the back-off of a verb no entry heads. */
  readonly wordnet: () => WordNetVerbs
  readonly sentence: number
  readonly first: number
  readonly end: number
  readonly drafts: EventDraft[]
  /** Verbal events of the previous sentence, for "doing so". */
  readonly previous: readonly EventDraft[]
  /** Events of the sentences before, for reactions ("Moscow condemned the move"). */
  readonly told: readonly EventDraft[]
}

/**
 * The entries headed by the first of token `i`'s forms that heads any. Speed: only a form with the entry cue bit
 * (`cueBits`, read by its word id) is looked up by its string; most forms of most tokens have none.
 */
function entriesAt(scan: Scan, i: number): readonly CompiledEntry[] | undefined {
  const byId = cueBits(scan)
  const { view } = scan
  if (!(i >= 0 && i < view.tokens.length)) return undefined
  const forms = view.forms[i]!
  const { starts, list } = view.index.formIds
  const from = starts[i]!
  // "resumed bombing Lebanon": a governed gerund is read as its verb, not as the noun "bombing"
  let verbal: boolean | undefined
  for (let k = from; k < starts[i + 1]!; k++) {
    if (!((byId[list[k]!] ?? 0) & CUE.entry)) continue
    const form = forms[k - from]!
    verbal ??= forms.length > 1 && governedGerund(view, i - 1) === i
    if (verbal && form === view.tokens[i]!.norm) continue
    const items = scan.dictionary.byHead.get(form)
    if (items) return items
  }
  return undefined
}

const nounsFirstCache = new WeakMap<readonly CompiledEntry[], readonly CompiledEntry[]>()

/** The entries with noun readings first, kept once per entry list (the dictionary's lists never change). */
function nounsFirst(items: readonly CompiledEntry[]): readonly CompiledEntry[] {
  let ordered = nounsFirstCache.get(items)
  if (!ordered) {
    ordered = [...items.filter((x) => x.entry.noun), ...items.filter((x) => !x.entry.noun)]
    nounsFirstCache.set(items, ordered)
  }
  return ordered
}

function matchHead(scan: Scan, i: number, passive: boolean): Match | undefined {
  const token = scan.view.tokens[i]
  if (!token || scan.view.actorCover.has(i)) return undefined
  // "riot police", "a heavily armed convoy", "the visiting delegation": the word describes a noun, it is no event
  if (modifiesBearer(scan.view, i) || participleBeforeNoun(scan.view, i, scan.first)) return undefined
  const items = entriesAt(scan, i)
  if (!items) return passive ? undefined : (objectClassAt(scan, i) ?? backoffAt(scan, i))
  // a noun reading is tried first when the tagger calls the token a noun ("Japan's talks with")
  const nounFirst = token.pos === 'NOUN'
  const ordered = nounFirst ? nounsFirst(items) : items
  // "killed two soldiers", "struck Houthi sites": an object that stands for no country leaves the target open;
  // such a match is kept only when no entry matches fully and the verb does not react to an earlier event
  let open: Match | undefined
  let unopenable = false
  let hasDefault = false
  const fits = fitsAt(scan.view, i, participleModifier(scan.view, i))
  const phrasal = phrasalVerbAt(scan.view, i, scan.dictionary.phrasal)
  // entries whose next word stands nowhere within reach are not tried (a default has no required next word)
  for (const item of reachable(scan, i, ordered, nounFirst || token.pos === 'PROPN')) {
    if (item.entry.default) {
      hasDefault = true
      continue
    }
    if (!fits(item) || strandedParticle(scan.view, i, item, phrasal)) continue
    const match = matchAt(scan.view, i, scan.end, item, passive && !item.entry.noun, !passive)
    // "called Putin insane": the object is named something, not phoned
    if (match && !passive && namingComplement(scan.view, match)) continue
    if (match && !match.open) return passive ? match : narrowerClass(scan, i, match)
    if (match && scan.tables.has(item.entry.code, 'needsTarget')) unopenable = true
    else open ??= match
  }
  // "dispatched armed drones to Azerbaijan": no entry of the head names this object; its class may
  const byClass = passive ? undefined : objectClassAt(scan, i)
  if (byClass) return byClass
  if (open || unopenable) return reactionAt(scan, i, items) ?? open
  return hasDefault ? defaultAt(scan, i, passive, ordered, fits, phrasal) : undefined
}

/**
 * The entries of a head that can match at token `i` (`entriesReaching`); for a noun with its doer after it
 * ("airstrikes carried out by Israel on Syria"), also those whose next word stands within reach after the doer.
 */
function reachable(scan: Scan, i: number, ordered: readonly CompiledEntry[], noun: boolean): readonly CompiledEntry[] {
  const { view, end } = scan
  const reaching = entriesReaching(view, i, end, ordered)
  const after = noun && reaching !== ordered ? headAgent(view, i, end)?.at(-1)?.last : undefined
  if (after === undefined) return reaching
  const more = entriesReaching(view, after, end, ordered)
  return more === reaching ? reaching : ordered.filter((item) => reaching.includes(item) || more.includes(item))
}

/**
 * The head's default code, when no other entry of the head matched at the token: "condemned the move" still reacts
 * to an earlier event; otherwise the default's own pattern (head, preposition?, $TARGET?) is matched.
 */
function defaultAt(
  scan: Scan,
  i: number,
  passive: boolean,
  ordered: readonly CompiledEntry[],
  fits: (item: CompiledEntry) => boolean,
  phrasal: boolean,
): Match | undefined {
  for (const item of ordered) {
    if (!item.entry.default || !fits(item) || strandedParticle(scan.view, i, item, phrasal)) continue
    const match = matchAt(scan.view, i, scan.end, item, passive && !item.entry.noun, false)
    if (!match) continue
    if (match.target || passive) return match
    const opened = openDefault(scan, match) ?? match
    if (!scan.tables.has(item.entry.code, 'reaction')) return opened
    return reactionAt(scan, i, [item]) ?? opened
  }
  return undefined
}

/** How far an open default object's phrase may run: "of" phrases make it longer than a clause's object. */
const OPEN_REACH = 10

/**
 * A default whose target slot found no actor takes the object noun phrase there, as a plain entry takes an open
 * object ("harassed the crews of several fishing boats of Norway": the crews stand for no country, the target is
 * sought in their phrase, never further on); not for a code that needs a target, which a plain entry does not open
 * either.
 */
function openDefault(scan: Scan, match: Match): Match | undefined {
  const { item } = match
  const last = item.elements.findLast((e) => e.kind !== 'exclude')
  if (last?.kind !== 'slot' || last.role !== 'target' || last.kinds || scan.tables.has(item.entry.code, 'needsTarget'))
    return undefined
  const noun = openObject(scan.view, match.last + 1, scan.end)
  return noun === undefined
    ? undefined
    : withFields(match, { last: objectPhraseEnd(scan.view, noun, scan.end, OPEN_REACH), open: true })
}

/**
 * "flew commandos to Poland": an entry that passes over the object ("fly to|into $TARGET") yields to a class rule
 * naming it, as a longer pattern comes before a shorter one; an entry with a priority of its own does not.
 */
function narrowerClass(scan: Scan, i: number, match: Match): Match {
  if (match.item.entry.priority || !headsObjectClass(scan, i) || namesObject(match.item)) return match
  const byClass = objectClassAt(scan, i)
  return byClass && byClass.item.weight > match.item.weight ? byClass : match
}

/** Whether an entry requires a word besides its head and one preposition ("hurl grenade at $TARGET?"). */
function namesObject(item: CompiledEntry): boolean {
  let required = 0
  for (let e = 1; e < item.elements.length; e++) {
    const element = item.elements[e]!
    if ((element.kind === 'word' || element.kind === 'group') && !element.optional) required++
  }
  return required > 1
}

/**
 * A class-level object back-off match (data/coding/object-backoff.json): the first rule of the head's verb group
 * whose object class and frame match, with a target actor; the head may head no entry at all.
 */
function objectClassAt(scan: Scan, i: number): Match | undefined {
  const rules = scan.dictionary.byObjectClass
  if (!rules) return undefined
  // "handed out leaflets": a phrasal verb is another verb than the group's; only its own rules are read
  const phrasal = phrasalVerbAt(scan.view, i, scan.dictionary.phrasal)
  for (const form of scan.view.forms[i] ?? []) {
    const items = rules.get(form)
    if (!items) continue
    const fits = fitsAt(scan.view, i, participleModifier(scan.view, i))
    for (const item of items) {
      if (!fits(item) || (phrasal && !phrasalHead(item))) continue
      const match = matchAt(scan.view, i, scan.end, item, false, false)
      if (match?.target?.length) return match
    }
    return undefined
  }
  return undefined
}

/** Whether an entry's head is a phrasal verb's ("back+out"). */
function phrasalHead(item: CompiledEntry): boolean {
  const head = item.elements[0]
  return head?.kind === 'word' && !!head.particles
}

/** A "verb $TARGET" entry (not a phrasal verb's: "order+out $TARGET"). */
function simpleTransitive(item: CompiledEntry): boolean {
  const slot = item.elements[1]
  return (
    !item.entry.noun &&
    !phrasalHead(item) &&
    slot?.kind === 'slot' &&
    slot.role === 'target' &&
    item.elements.length === 2
  )
}

/** "condemned the move": a reaction verb whose object refers to an event told before; the caller finds its doer. */
function reactionAt(scan: Scan, i: number, items: readonly CompiledEntry[]): Match | undefined {
  const item = items.find((x) => simpleTransitive(x) && scan.tables.has(x.entry.code, 'reaction'))
  if (!item || !acceptsPos(item, scan.view, i)) return undefined
  const noun = eventObject(scan.view, i + 1, scan.end)
  return noun === undefined ? undefined : { item, head: i, last: noun, lastWord: i, anaphor: true }
}

/** "pledged to boost …", "stopped shelling …": the token where the governed verb starts, when there is one. */
function governedVerb(scan: Scan, i: number): number | undefined {
  const gerund = governedGerund(scan.view, i)
  if (gerund !== undefined) return gerund
  if (!matchesWord(scan.view.forms[i], scan.view.words.GOVERNING_VERBS)) return undefined
  let words = 0
  for (let j = i + 1; words < 3 && j < scan.end; j++) {
    const token = scan.view.tokens[j]
    if (!token) return undefined
    if (scan.view.words.VERB_COMPLEMENT_MARKERS.has(token.norm) && scan.view.tokens[j + 1]?.pos === 'VERB') return j + 1
    // "warned on Friday to cut": a time phrase may stand between the verbs
    if (inTimePhrase(scan.view, j)) continue
    if (token.pos !== 'ADV') return undefined
    words++
  }
  return undefined
}

/** A token of a time expression, or the preposition opening one ("on Monday", "last week"). */
export function inTimePhrase(view: DocView, i: number): boolean {
  if (view.timeCover.has(i)) return true
  return view.tokens[i]?.pos === 'ADP' && view.timeCover.has(i + 1)
}

function finalCode(
  tables: CodeTables,
  code: string,
  chain: Chain,
): { code: string; modality: Modality; negated: boolean } {
  const refused = chain.refusal ? refusalCode(tables, code) : undefined
  if (refused) return { code: refused, modality: 'asserted', negated: false }
  // "the army prepared to resume shelling": moves short of force (cameo.json's preparation form), not a threat (13)
  const prepared =
    chain.preparation && !chain.negated && !chain.threat ? tables.governed('preparation', code) : undefined
  if (prepared) return { code: prepared, modality: 'asserted', negated: false }
  if (chain.modality === 'intent' && !chain.negated)
    return { code: intentCode(tables, code, chain.pledge), modality: 'intent', negated: false }
  // "tried to seize Kyiv": what was done in trying (cameo.json's attempt form), an attack, not an occupation
  const tried = chain.attempt ? tables.governed('attempt', code) : undefined
  return { code: tried ?? code, modality: chain.modality, negated: chain.negated }
}

/** What an event takes from its dictionary entry (or, for "doing so", from the event it repeats). */
export interface Trigger {
  readonly head: number
  readonly last: number
  readonly code: string
  readonly rule: string
  readonly noun: boolean
  readonly mutual: boolean
  /** With no target, the source acts on its own country ("Nigerian nurses began a sit-in"). */
  readonly domestic?: boolean
  /** Last token of the object when the pattern does not cover it ("condemned the move"). */
  readonly object?: number
  readonly follows?: EventDraft
  /** From a head's default entry: coded less surely. */
  readonly fallback?: boolean
  /** The default was borrowed through a WordNet synonym: less surely still. */
  readonly backoff?: boolean
  /** From a class-level object back-off rule (the head has no entry for this object): less surely. */
  readonly objectClass?: boolean
  /** From an entry only an armed force's act matches (`armed`): other doers are no sources of it. */
  readonly armed?: boolean
}

/** Retreat or surrender militarily: forces pulling out of a land. */
const RETREAT = '0874'

/** How much less sure an event coded by a head's default entry is. */
export const DEFAULT_PENALTY = 0.1

/** A trigger its caller may still fill in: `triggerOf` makes a new one each call. */
export type OpenTrigger = { -readonly [K in keyof Trigger]: Trigger[K] }

export function triggerOf(match: Match): OpenTrigger {
  const { entry } = match.item
  // assigned rather than spread from conditional literals (this runs for every event)
  const trigger: OpenTrigger = {
    head: match.head,
    last: match.lastWord,
    code: entry.code,
    rule: entry.pattern,
    noun: !!entry.noun,
    mutual: !!entry.mutual || !!match.mutual,
  }
  if (entry.default) trigger.fallback = true
  if (entry.armed) trigger.armed = true
  if ('objectClass' in match.item) trigger.objectClass = true
  if (match.backoff) {
    trigger.rule = `${entry.pattern} (WordNet: via ${match.backoff})`
    trigger.backoff = true
  }
  return trigger
}

function emit(
  scan: Scan,
  trigger: Trigger,
  sources: ActorSpan[],
  targets: ActorSpan[],
  chain: Chain,
  confidence: number,
) {
  const final = finalCode(scan.tables, trigger.code, pledgedTo(scan.view, chain, targets))
  const { modality, negated } = final
  // "if Iran attacks", "Greece could impose sanctions": a condition or a possibility is no event (CAMEO codes what
  // was done, promised, threatened or demanded)
  if (chain.unreal) return
  // "refugees poured into Poland": an act only armed forces do has no other doer
  // "Biden ordered American troops to leave Afghanistan": the commander of armed forces does what he orders them to do
  if (trigger.armed && !commandedForces(scan.view, trigger.head)) {
    sources = sources.filter((source) => armedActor(scan.view, source))
    if (!sources.length) return
  }
  const code = aimCode(scan.view, scan.tables, final.code, trigger.last + 1, scan.end)
  // "American troops left Kuwait and crossed into Iraq": a land forces pass through is none they pull out of
  if (trigger.armed && code.startsWith(RETREAT) && targets.length) {
    targets = targets.filter((t) => !passedThrough(scan.view, t, sources, scan))
    if (!targets.length) return
  }
  const pairs: [ActorSpan | undefined, ActorSpan | undefined][] = []
  targets = withoutOwnPossessor(scan.view, trigger.rule, sources, targets)
  // "Hamas gunmen fled Gaza City": a place of its own that a side yields is where it yields, not to whom
  if (scan.tables.has(code, 'unilateral')) targets = targets.filter((t) => !sources.some((s) => ownPlace(s, t)))
  // "Armenia and Azerbaijan failed to reach agreement on Armenian border posts": a mutual act whose only
  // "targets" are its own sides is among those sides
  if (trigger.mutual && sources.length > 1 && targets.length) {
    const own = new Set(sources.map((s) => s.ref.entity))
    if (targets.every((t) => own.has(t.ref.entity))) targets = []
  }
  if (
    !targets.length &&
    sources.length > 1 &&
    (trigger.mutual || (scan.tables.has(code, 'cooperative') && !trigger.rule.includes('$TARGET')))
  ) {
    for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, b])
  } else if (!targets.length && trigger.domestic) {
    for (const s of sources) pairs.push([s, s])
  } else if (!targets.length && sources.length && withSomeoneElse(scan, code, trigger.code, sources)) {
    // "Japan pledged cooperation, Seoul said": cooperation is with a side; one the sentence names but the pattern
    // did not reach is no side to guess, and the act alone is no event
    return
  } else if (
    !targets.length &&
    sources.length &&
    trigger.mutual &&
    partnerless(scan.tables, code, trigger.code) &&
    !partnerPhrase(scan, trigger.last)
  ) {
    // "Israel signed the deal": an agreement of one side with no partner named is no event
    return
  } else {
    for (const s of sources.length ? sources : [undefined]) {
      for (const t of targets.length ? targets : [undefined]) pairs.push([s, t])
    }
  }
  const clause = clauseOf(scan, trigger, sources, targets)
  const cooperation = (scan.tables.cameo(code)?.quad ?? 3) <= 2
  for (const [source, target] of pairs) {
    if (!source && !target) continue
    if (source && target && source !== target && sameActor(source, target, scan.view.kb)) continue
    // "Blinken and Austin met": two officials of one government cooperating are its own business, no event between
    // actors; a rift between them ("Gorbachev criticized Yeltsin") is news (and a domestic act, whose target is its
    // source's own country, is told by `trigger.domestic`)
    if (source && target && source !== target && !trigger.domestic && cooperation && oneSide(source, target)) continue
    // "The Taliban rebuilt Kabul", "Ukraine rebuilt Kharkiv": cooperation with a place of one's own is with no one
    if (source && target && ownPlace(source, target) && withOthers(scan.tables, code)) continue
    // assigned in order rather than spread from conditional literals: this runs for every pair
    const draft: { -readonly [K in keyof EventDraft]?: EventDraft[K] } = {
      sentence: scan.sentence,
      head: trigger.head,
      last: trigger.last,
      code,
      rule: trigger.rule,
      noun: trigger.noun,
      clause,
    }
    if (trigger.follows) draft.follows = trigger.follows
    if (source) draft.source = source
    if (target) draft.target = target
    draft.negated = negated
    draft.modality = modality
    const fallback =
      (trigger.fallback ? DEFAULT_PENALTY : 0) +
      (trigger.backoff ? BACKOFF_PENALTY : 0) +
      (trigger.objectClass ? OBJECT_CLASS_PENALTY : 0)
    draft.confidence = Math.max(0.1, confidence - (target ? 0 : 0.2) - (source ? 0 : 0.2) - fallback)
    scan.drafts.push(draft as EventDraft)
  }
}

/**
 * The evidence clause of an event, the same for every member of its lists: from the first subject (or the trigger)
 * to the end of the object noun phrase after the trigger or the last target ("imposed sanctions on Iran and Syria").
 */
function clauseOf(scan: Scan, trigger: Trigger, sources: ActorSpan[], targets: ActorSpan[]): [number, number] {
  const { view, first, end } = scan
  let start = trigger.head
  let last = Math.max(trigger.last, trigger.object ?? trigger.last)
  for (const span of [...sources, ...targets]) {
    // a side told in an earlier sentence ("condemned the move") is not part of this clause
    if (span.first < first || span.last >= end) continue
    start = Math.min(start, span.first)
    last = Math.max(last, span.last)
  }
  return [Math.max(first, start), Math.min(end - 1, objectPhraseEnd(view, last, end))]
}

/**
 * Whether a cooperative act (03–08) found no target while the sentence names an actor other than its doers (the
 * act's own code, `act`, before an intent or refusal recoded it, decides what is yielding). Acts that
 * take no other side are kept: reform promised (034) and yielding (08: a release, a ceasefire, a withdrawal, a
 * resignation), as is cooperation in a sentence that names no one else ("Norway attended the summit").
 */
function withSomeoneElse(scan: Scan, code: string, act: string, sources: readonly ActorSpan[]): boolean {
  // "China will release the sailors" is an intent (03) to yield: the act's own code decides
  if (
    !scan.tables.has(code, 'cooperative') ||
    scan.tables.has(code, 'unilateral') ||
    scan.tables.has(act, 'unilateral')
  )
    return false
  const own = new Set(sources.map((s) => s.ref.entity))
  for (let i = scan.first; i < scan.end; i++) {
    const span = scan.view.actorStart.get(i)
    if (span && !own.has(span.ref.entity)) return true
  }
  return false
}

/**
 * Whether a mutual act that needs a partner (cameo.json's "partnered": signing or reaching an agreement), done or
 * promised (`code` in 03 or 05, as opposed to a refusal or a demand of it), has none: its caller knows that it names
 * no target and has one side. An act of one side alone ("ratified the treaty", "joined the initiative") is no
 * mutual entry and is kept.
 */
function partnerless(tables: CodeTables, code: string, act: string): boolean {
  return tables.has(act, 'partnered') && (code.startsWith('03') || code.startsWith('05'))
}

/**
 * "agreed to send troops to Poland": forces pledged go to a side, named as where they go. Sent to its border or near
 * it ("is ready to deploy troops to the border with Finland", "to Ukraine's border", "near Finland") they go against
 * it: the chain's pledge is dropped, and the move stays the threat form of its code (138).
 */
function pledgedTo(view: DocView, chain: Chain, targets: readonly ActorSpan[]): Chain {
  if (!chain.pledge || targets.every((target) => destination(view, target))) return chain
  return { ...chain, pledge: false }
}

/**
 * Whether a target is where a move goes: the object of "to" or "in" ("to Poland", "in the Baltic states"), not of
 * another preposition ("near Finland", "the border with Finland") and not the owner of a frontier ("to Ukraine's
 * border", "to the Finnish border"; FRONTIER_NOUNS).
 */
function destination(view: DocView, span: ActorSpan): boolean {
  const { RECIPIENT_PREPOSITIONS, INESSIVE_PREPOSITIONS, FRONTIER_NOUNS } = view.words
  let k = span.first - 1
  while (view.tokens[k]?.pos === 'DET') k--
  const before = view.tokens[k]
  if (before?.pos !== 'ADP' || !(RECIPIENT_PREPOSITIONS.has(before.norm) || INESSIVE_PREPOSITIONS.has(before.norm)))
    return false
  let after = span.last + 1
  if (isPossessiveMarker(view.tokens[after])) after++
  while (view.tokens[after]?.pos === 'ADJ') after++
  return !matchesWord(view.forms[after], FRONTIER_NOUNS)
}

/** How far after an agreement's noun its partner's phrase may start ("signed a peace deal on Friday with"). */
const PARTNER_REACH = 4

/**
 * "signed a peace deal with rival warlords": a partner is named, though it stands for no actor the KB knows (a
 * SIDE_PREPOSITIONS phrase after the trigger, before any verb or clause edge).
 */
function partnerPhrase(scan: Scan, last: number): boolean {
  const { view } = scan
  for (let j = last + 1; j < Math.min(scan.end, last + 1 + PARTNER_REACH); j++) {
    const token = view.tokens[j]
    if (!token || ['VERB', 'PUNCT', 'SCONJ', 'CCONJ'].includes(token.pos)) return false
    if (view.words.SIDE_PREPOSITIONS.has(token.norm)) return true
  }
  return false
}

/**
 * "North Korea put its army on high alert", "Kenya will withdraw its troops": a possessive pronoun that stands for
 * the doer owns the object and is no side of the act. For a pattern with no required target it is dropped, and the
 * act is coded with no target, as it would be with "the army". "its own villages" stays a target (an act on one's own).
 */
function withoutOwnPossessor(
  view: DocView,
  rule: string,
  sources: readonly ActorSpan[],
  targets: ActorSpan[],
): ActorSpan[] {
  if (!targets.length || !sources.length || /\$TARGET(?![?:])|\$TARGET:[A-Z]+(?![A-Z?])/.test(rule)) return targets
  const own = (t: ActorSpan) =>
    t.mention.form === 'pronoun' &&
    POSSESSIVE_PRONOUNS.has(t.mention.text.toLowerCase()) &&
    view.tokens[t.last + 1]?.norm !== 'own' &&
    sources.some((s) => s.ref.entity === t.ref.entity)
  return targets.some(own) ? targets.filter((t) => !own(t)) : targets
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her'])

/**
 * Whether two sides are one actor, so the pair is not an event: the same mention, the same person, or the
 * country named on both sides. Two actors of one country stay an event, as CAMEO codes domestic events:
 * "Sudanese police arrested Sudanese protesters", "Nigerian militants will free the state governor", and so do
 * two peoples the text places in one country ("Hutu militias attacked Tutsi civilians": RWA and RWA).
 */
function sameActor(a: ActorSpan, b: ActorSpan, kb: CodingKb): boolean {
  if (a.ref.entity !== b.ref.entity) return false
  if (a.mention.id === b.mention.id) return true
  if (a.ref.via !== undefined && a.ref.via === b.ref.via) return true
  // a person, a people, a description or a place in the country ("in Kabul") is an actor within it
  const actorWithin = (side: ActorSpan) =>
    side.ref.via !== undefined ||
    side.mention.form === 'demonym' ||
    side.mention.form === 'description' ||
    (side.mention.entity !== undefined && side.mention.entity !== side.ref.entity) ||
    ethnicActor(side.mention, kb)
  return !actorWithin(a) && !actorWithin(b)
}

/**
 * Whether the target is a place in the source's own country, a city or a region (not the state's name: "called on
 * allies to support Ukraine" is Zelensky's appeal for his country).
 */
function ownPlace(source: ActorSpan, target: ActorSpan): boolean {
  if (source === target || source.ref.entity !== target.ref.entity || target.mention.sector) return false
  return target.mention.form === 'capital' || target.mention.kind === 'place'
}

/**
 * Whether a code is cooperation that needs another side (03-08 but reform promised and yielding); a visit or a
 * meeting may be made at home ("Zelensky visited Kharkiv").
 */
function withOthers(tables: CodeTables, code: string): boolean {
  return tables.has(code, 'cooperative') && !tables.has(code, 'unilateral') && !tables.has(code, 'meeting')
}

/**
 * A people acting as itself ("Hutus", "Tutsis") or through an agent noun ("Hutu militias", "Tutsi civilians"), not a
 * people's name describing someone ("a Sikh leader").
 */
function ethnicActor(mention: Mention, kb: CodingKb): boolean {
  const group = kb.ethnicGroup?.(mention.text)
  return group !== undefined && (mention.sector !== undefined || group.name === mention.text)
}

/**
 * What a word may head where `codeSentence` reads it, one bit each (`headCues`): a dictionary entry, a class rule, a
 * request, a verb governing another ("stopped shelling", "pledged to visit"), a light or support verb. A token none
 * of whose forms has a bit heads nothing unless it is a verb (which may borrow a WordNet synonym's default).
 */
export const CUE = {
  entry: 1,
  objectClass: 2,
  request: 4,
  gerundVerb: 8,
  governing: 16,
  light: 32,
} as const

/** The bits that let a token that is no verb head something (light and support verbs must be verbs). */
export const NON_VERB_CUES = CUE.entry | CUE.objectClass | CUE.request | CUE.gerundVerb | CUE.governing

/** The cue bits of every word, gathered once per dictionary, tables and words. */
interface Cues {
  readonly words: Words
  readonly tables: CodeTables
  /** By word id (`internWord`): every cue word is interned, so a token's `formIds` find it; 0 for any other word. */
  readonly byId: Uint8Array
}
const cuesCache = new WeakMap<VerbDictionary, Cues>()

function cueBits(scan: Scan): Uint8Array {
  const { dictionary, tables } = scan
  const { words } = scan.view
  let cues = cuesCache.get(dictionary)
  if (cues?.words !== words || cues.tables !== tables) {
    const bits = new Map<number, number>()
    const add = (forms: Iterable<string>, bit: number) => {
      for (const form of forms) {
        const id = internWord(form)
        bits.set(id, (bits.get(id) ?? 0) | bit)
      }
    }
    add(dictionary.byHead.keys(), CUE.entry)
    add(dictionary.byObjectClass?.keys() ?? [], CUE.objectClass)
    add(tables.requests().byHead.keys(), CUE.request)
    add(words.GERUND_VERBS, CUE.gerundVerb)
    add(words.GOVERNING_VERBS, CUE.governing)
    add(words.LIGHT_VERBS, CUE.light)
    add(words.SUPPORT_VERBS, CUE.light)
    let largest = 0
    for (const id of bits.keys()) largest = Math.max(largest, id)
    const byId = new Uint8Array(largest + 1)
    for (const [id, bit] of bits) byId[id] = bit
    cues = { words, tables, byId }
    cuesCache.set(dictionary, cues)
  }
  return cues.byId
}

/** The cue bits of one word (`CUE`), 0 for a word that heads nothing. */
export function wordCues(scan: Scan, word: string): number {
  return cueBits(scan)[wordId(word)] ?? 0
}

/**
 * The cue bits of token `i` (`CUE`): those of all its forms, read by the forms' word ids (`DocIndex.formIds`) with no
 * string look-up. Speed: `codeSentence` asks each of its tests (entries, governing, light, request) only of a token
 * with that test's bit, where each asked the word sets again for every verb; and it asks this of every token.
 */
export function headCues(scan: Scan, i: number): number {
  // the cue words first: interning them makes the index read its ids again (formIds), so they are found
  const byId = cueBits(scan)
  const { view } = scan
  if (!(i >= 0 && i < view.tokens.length)) return 0
  const { starts, list } = view.index.formIds
  let cues = 0
  for (let k = starts[i]!; k < starts[i + 1]!; k++) cues |= byId[list[k]!] ?? 0
  return cues
}

/**
 * Whether the token may head an event at all (speed: most tokens do not, and this rules them out with one look-up a
 * form). A verb always may: it may borrow a WordNet synonym's default, or carry a noun's event as a light verb.
 */
export function mayHeadEvent(scan: Scan, i: number): boolean {
  return scan.view.tokens[i]?.pos === 'VERB' || (headCues(scan, i) & NON_VERB_CUES) !== 0
}

/** Whether any dictionary entry is headed by one of the token's forms. */
function hasEntries(scan: Scan, i: number): boolean {
  return entriesAt(scan, i) !== undefined || headsObjectClass(scan, i) || backoffOf(scan, i) !== undefined
}

/** Whether one of the token's forms heads a class-level object back-off rule. */
function headsObjectClass(scan: Scan, i: number): boolean {
  // the class rules' heads are the words with the objectClass cue bit
  return (headCues(scan, i) & CUE.objectClass) !== 0
}

/** The default a verb heading no entry borrows from a WordNet synonym ("assailed" → "attack $TARGET?"). */
function backoffOf(scan: Scan, i: number): Backoff | undefined {
  const token = scan.view.tokens[i]
  if (token?.pos !== 'VERB' || scan.view.actorCover.has(i)) return undefined
  return backoffFor(scan.dictionary, lemmaOf(token), scan.wordnet, scan.view.words)
}

/**
 * A back-off match: the borrowed default's pattern, at a verb in the active voice, and only with a target actor —
 * a synonym guessed from WordNet is not trusted to code an act aimed at nobody named.
 */
function backoffAt(scan: Scan, i: number): Match | undefined {
  // "handed out …": a phrasal verb borrows no sense of its bare verb's synonyms
  if (phrasalVerbAt(scan.view, i, scan.dictionary.phrasal)) return undefined
  const backoff = backoffOf(scan, i)
  if (!backoff || !acceptsPos(backoff.item, scan.view, i)) return undefined
  const match = matchAt(scan.view, i, scan.end, backoff.item, false, false)
  const target = match?.target?.[0]
  if (!match || !target || !directObject(scan, i, target.first, backoff.item)) return undefined
  return withFields(match, { backoff: backoff.via })
}

const DIRECT_OBJECT_POS = new Set(['DET', 'ADJ'])

/** Only determiners, adjectives or the pattern's own preposition between a back-off verb and its target. */
function directObject(scan: Scan, head: number, first: number, item: CompiledEntry): boolean {
  for (let k = head + 1; k < first; k++) {
    const token = scan.view.tokens[k]
    if (!token) return false
    if (DIRECT_OBJECT_POS.has(token.pos) || scan.view.timeCover.has(k)) continue
    const forms = scan.view.forms[k] ?? []
    if (!item.elements.some((e, n) => n > 0 && e.kind === 'word' && forms.some((f) => e.words.has(f)))) return false
  }
  return true
}

export { type Scan, entriesAt, matchHead, governedVerb, hasEntries, emit }
