import type { ActorRef, Doc, DocEntity, EntityKind, Mention, Token } from '../../document.js'
import { collectiveKey } from '../../kb/index.js'
import { docIndex, type DocIndex } from '../segment/index.js'
import { accordName, hyphenModifier, venueName } from './modifier.js'
import { type CodingKb, describedCountry, homeCountry } from './kb-actor.js'
import { type WordIds, type Words, wordIdsOf } from './lexicon.js'
import { type TokenLookup, TokenMap, TokenSet } from './token-map.js'

/** A mention that can act in an event, with the tokens it covers (inclusive indexes into doc.tokens). */
export interface ActorSpan {
  readonly first: number
  readonly last: number
  readonly ref: ActorRef
  readonly mention: Mention
  /** Inferred, not named: a titled official acting for the country of the narrative; its events are less sure. */
  readonly inferred?: boolean
}

/** A place mention ("in Brussels") with its tokens. */
export interface PlaceSpan {
  readonly first: number
  readonly last: number
  readonly entity: string
}

/** A place or region the KB files under a country ("Baghdad" → IRQ, "the West Bank" → PSE). */
export interface LocatedSpan extends PlaceSpan {
  readonly country: string
  readonly mention: Mention
}

/** What the coder needs to know about a document, indexed by token. */
export interface DocView {
  readonly doc: Doc
  readonly tokens: readonly Token[]
  /** Token at an offset, tokens of a sentence. */
  readonly index: DocIndex
  /** [first, end) token range of each sentence. */
  readonly sentenceTokens: readonly (readonly [number, number])[]
  /** Actor span starting at a token. */
  readonly actorStart: ReadonlyMap<number, ActorSpan>
  /** Actor span ending at a token. */
  readonly actorEnd: TokenLookup<ActorSpan>
  /** Actor span covering a token. */
  readonly actorCover: TokenLookup<ActorSpan>
  readonly places: readonly PlaceSpan[]
  /** Places and regions with the country they lie in, by first token. */
  readonly located: ReadonlyMap<number, LocatedSpan>
  /** Tokens inside a time expression ("on Friday", "last week"): the matcher may skip them freely. */
  readonly timeCover: Pick<TokenLookup<true>, 'has'>
  /** Whether the times come in order of their starts (as the time stage gives them), for binary searches. */
  readonly timesInOrder: boolean
  /** Mentions covering a token (for pronouns). */
  readonly mentionCover: TokenLookup<Mention>
  /** Candidate base forms of each token, computed once (lemma, surface, suffix-stripped guesses). */
  readonly forms: readonly (readonly string[])[]
  /** The knowledge base the view was built with. */
  readonly kb: CodingKb
  /** The grammar's word classes of the lexicon the stage was built with. */
  readonly words: Words
  /** The same classes as sets of word ids, read with the index's ids: `wordIds.NEGATORS.has(index.normIds[i])`. */
  readonly wordIds: WordIds
  /**
   * Filled by the coder's matcher as it goes: from a token, the tokens a pattern word or slot may stand at (the
   * skip rules read the tokens, never the pattern, so every entry tried at a head shares one walk).
   */
  readonly reach: TokenMap<readonly number[]>
}

function kindOf(mention: Mention, entity: DocEntity | undefined, id: string): EntityKind | undefined {
  if (mention.kind) return mention.kind
  if (entity) return entity.kind
  if (id.startsWith('person:')) return 'person'
  if (id.startsWith('place:')) return 'place'
  if (id.startsWith('region:')) return 'region'
  return undefined
}

/** The country or organization a mention stands for in an event, if any, with its CAMEO actor code. */
export function actorOf(
  mention: Mention,
  entities: ReadonlyMap<string, DocEntity>,
  kb: CodingKb,
  date?: string,
): ActorRef | undefined {
  const ref = actorRefOf(mention, entities, kb, date)
  if (!ref) return undefined
  // a region's adjective acting for its country ("Tibetan monks") is coded as the country
  const own = ref.via || (mention.kind === 'region' && ref.entity !== mention.entity) ? undefined : mention.entity
  const coded = ref.group ?? own ?? ref.entity
  // a person acts for his country's government while in office, as one of its elites once out of it
  const sector = mention.sector ?? (ref.via ? (formerHolder(mention, entities) ? 'ELI' : 'GOV') : undefined)
  // this runs for every mention of every stage's view: the options are filled in place, not spread
  const options: { sector?: string; date?: string } = {}
  if (sector) options.sector = sector
  if (date) options.date = date
  // actorRefOf makes a new object each call: the code is added to it rather than spread into a copy, which V8 makes
  // through a slow path for the four shapes a ref comes in
  ref.code = kb.actorCode(coded, options)
  return ref
}

/** A ref without its code yet, made anew by each call (`actorOf` adds the code to it). */
type RefDraft = { -readonly [K in keyof ActorRef]: ActorRef[K] }

function actorRefOf(
  mention: Mention,
  entities: ReadonlyMap<string, DocEntity>,
  kb: CodingKb,
  date: string | undefined,
): RefDraft | undefined {
  const id = mention.entity
  if (!id) return describedActor(mention, kb)
  const entity = entities.get(id)
  const kind = kindOf(mention, entity, id)
  if (kind === 'country') return { entity: stateAt(kb, id, date), mention: mention.id }
  if (kind === 'organization') {
    const known = kb.entity(id)
    // a group with a home country acts as that country, as CAMEO codes it (Hamas: PSE…, Hezbollah: LBN…)
    // (the country of its code at the date: the SPLA fought in Sudan, then became South Sudan's army)
    if (known?.country) return { entity: groupHome(kb, id, known.country, date), mention: mention.id, group: id }
    // an organ acts as its organization at country/organization level: the Security Council is the UN
    return { entity: known?.partOf ?? id, mention: mention.id }
  }
  if (kind === 'region') {
    // the region's states acting together: under a collective name ("the West", "Gulf states") or as the owner of
    // a body ("Western diplomats"); a place name of the region ("in the Gulf") does not act
    const region = kb.entity(id)
    const collective = region?.collective
    const acts = collective?.includes(collectiveKey(mention.text)) || (mention.form === 'demonym' && mention.sector)
    if (collective) return acts ? { entity: id, mention: mention.id } : undefined
    // "South Ossetian militias", "Tibetan monks": the adjective of a region of one country owning a body is that
    // country's, as "Iraqi police" is Iraq's
    const country = mention.form === 'demonym' && mention.sector ? region?.country : undefined
    return country ? { entity: stateAt(kb, country, date), mention: mention.id } : undefined
  }
  if (kind === 'person') {
    const actsFor = entity?.actsFor ?? entity?.role?.of ?? mention.role?.of ?? homeCountry(kb, id)
    if (!actsFor) return undefined
    // a former head of an international organization speaks no longer for it (nor is it his country)
    const body = kb.entity(actsFor)
    if (body?.kind === 'organization' && !body.country && formerHolder(mention, entities)) return undefined
    // the leader of a group with a home country acts as the group does (Nasrallah: LBN, as Hezbollah), the head
    // of an organ as its organization does, with the organ's code (the High Commissioner for Human Rights: the UN)
    if (body?.kind === 'organization' && body.country)
      return { entity: groupHome(kb, actsFor, body.country, date), mention: mention.id, via: id, group: actsFor }
    if (body?.kind === 'organization' && body.partOf)
      return { entity: body.partOf, mention: mention.id, via: id, group: actsFor }
    return { entity: stateAt(kb, actsFor, date), mention: mention.id, via: id }
  }
  return undefined
}

/** Whether the person a mention names is out of the office he acts through ("former President X", or a KB role
 * that ended before the document's date). */
function formerHolder(mention: Mention, entities: ReadonlyMap<string, DocEntity>): boolean {
  const entity = mention.entity ? entities.get(mention.entity) : undefined
  return entity?.actsFor === undefined && (entity?.role ?? mention.role)?.to === 'former'
}

/** The state a country's events code as on the date: itself, or the one a territory was part of (Kosovo: SRB). */
function stateAt(kb: CodingKb, id: string, date: string | undefined): string {
  return kb.entity(id)?.codes ? groupHome(kb, id, id, date) : id
}

function groupHome(kb: CodingKb, id: string, country: string, date: string | undefined): string {
  const home = kb.actorCode(id, date ? { date } : {}).slice(0, 3)
  return kb.entity(home)?.kind === 'country' ? home : country
}

/** An unnamed person or body acting for a country it names: "the Iraqi foreign minister" → IRQ. */
function describedActor(mention: Mention, kb: CodingKb): RefDraft | undefined {
  if (mention.form !== 'description' || (mention.type !== 'PERSON' && mention.type !== 'ORGANIZATION')) return undefined
  const country = describedCountry(kb, mention.text)
  return country ? { entity: country, mention: mention.id } : undefined
}

/**
 * "ethnic Uzbeks", "ethnic Hungarian farmers": a demonym or people's name after "ethnic" names a group of people wherever they live,
 * not the country's government, so it is no actor.
 */
export function ethnicGroup(
  tokens: readonly Token[],
  mention: Mention,
  first: number,
  words: Words,
  kb?: CodingKb,
): boolean {
  if (mention.form === 'pronoun' || !words.ETHNIC_MODIFIERS.has(tokens[first - 1]?.norm ?? '')) return false
  // the linker placed the group in the country the text puts it in ("ethnic Albanians … in Serbia" → SRB): that one acts
  return !kb || !mention.entity || kb.lookup(mention.text).some((hit) => hit.entity === mention.entity)
}

/** A place the KB files under a country, standing for that country as an actor ("in Tehran" → IRN). */
export function placeActor(place: LocatedSpan): ActorSpan {
  return {
    first: place.first,
    last: place.last,
    ref: { entity: place.country, mention: place.mention.id, code: place.country },
    mention: place.mention,
  }
}

/**
 * The token-indexed view of a document's mentions and times over its Doc index (whose shared arrays, such as the
 * tokens' base forms, every stage reads). It depends on the mentions, entities and times layers as a stage sees
 * them: the view an earlier stage handed on with the document (`doc.view`, the code stage's) is read again when it
 * was built over the same layers with the same KB and words (with this document); otherwise one is built.
 */
export function viewOf(doc: Doc, kb: CodingKb, words: Words): DocView {
  const known = doc.view
  if (known && known.kb === kb && known.words === words && sameLayers(known.doc, doc))
    return known.doc === doc ? known : { ...known, doc }
  return buildView(doc, docIndex(doc), kb, words)
}

/** Whether a view built over `a` holds for `b`: what the view reads of a document is the same. */
function sameLayers(a: Doc, b: Doc): boolean {
  return (
    a.mentions === b.mentions &&
    a.entities === b.entities &&
    a.times === b.times &&
    a.tokens === b.tokens &&
    a.sentences === b.sentences &&
    a.text === b.text &&
    a.published === b.published
  )
}

function buildView(doc: Doc, index: DocIndex, kb: CodingKb, words: Words): DocView {
  const { tokens } = doc
  const entities = new Map(doc.entities.map((e) => [e.id, e]))
  const actorStart = new Map<number, ActorSpan>()
  const actorEnd = new TokenMap<ActorSpan>(tokens.length)
  const actorCover = new TokenMap<ActorSpan>(tokens.length)
  const mentionCover = new TokenMap<Mention>(tokens.length)
  const places: PlaceSpan[] = []
  const located = new Map<number, LocatedSpan>()
  const ordered = [...doc.mentions].sort((a, b) => a.start - b.start || b.end - a.end)
  const firsts = ordered.map((m) => index.tokenAt(m.start))
  const nameStarts = new Set(firsts)
  const startsName = (token: number) => nameStarts.has(token)
  const date = doc.published?.slice(0, 10)
  for (let k = 0; k < ordered.length; k++) {
    const mention = ordered[k]!
    const first = firsts[k]!
    let last = first
    while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? Infinity) < mention.end) last++
    if (first >= tokens.length || (tokens[first]?.start ?? Infinity) >= mention.end) continue
    for (let i = first; i <= last; i++) mentionCover.set(i, mention)
    // "ethnic Uzbeks", "Russian-occupied Donetsk", "US-backed forces", "the Paris agreement", "after Geneva talks": the
    // name describes, it does not act; a people's armed body the linker placed acts there ("ethnic Albanian rebels"
    // in Kosovo)
    const describes =
      ethnicGroup(tokens, mention, first, words, mention.sector ? kb : undefined) ||
      hyphenModifier(tokens, first, last, startsName, words) ||
      accordName(tokens, mention, first, last, words) ||
      venueName(tokens, mention, first, last, words)
    const ref = describes ? undefined : actorOf(mention, entities, kb, date)
    if (ref) {
      const span = { first, last, ref, mention }
      if (actorStart.has(first) || actorCover.has(first)) continue
      actorStart.set(first, span)
      actorEnd.set(last, span)
      for (let i = first; i <= last; i++) actorCover.set(i, span)
    } else if (mention.entity) {
      const kind = kindOf(mention, entities.get(mention.entity), mention.entity)
      if (kind === 'place') places.push({ first, last, entity: mention.entity })
      const home = kind === 'place' || kind === 'region' ? kb.entity(mention.entity)?.country : undefined
      const country = home && stateAt(kb, home, date)
      if (country && !located.has(first)) located.set(first, { first, last, entity: mention.entity, country, mention })
    }
  }
  const { sentenceTokens } = index
  const { forms } = index
  const timeCover = new TokenSet(tokens.length)
  const timesInOrder = doc.times.every((t, k) => t.start <= t.end && (k === 0 || doc.times[k - 1]!.start <= t.start))
  for (const time of doc.times) {
    const { first, last } = index.tokensOf(time)
    for (let t = first; t < last; t++) timeCover.add(t)
  }
  return {
    doc,
    tokens,
    sentenceTokens,
    index,
    actorStart,
    actorEnd,
    actorCover,
    places,
    located,
    timeCover,
    timesInOrder,
    mentionCover,
    forms,
    kb,
    words,
    wordIds: wordIdsOf(words),
    reach: new TokenMap(tokens.length),
  }
}
