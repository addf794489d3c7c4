/**
 * The vocabulary every stage shares. Offsets are UTF-16 code units into Doc.text (JS string indexes);
 * `end` is exclusive. The text is fixed at ingest and never rewritten, so every offset stays true.
 */

import type { DocIndex } from './nlp/segment/doc-index.js'
import type { DocView } from './nlp/syntax/view.js'
import type { SketchSeed } from './dedup/index.js'

export interface Span {
  readonly start: number
  readonly end: number
}

/** Where an article came from. */
export interface Source {
  readonly kind: 'text' | 'html' | 'feed' | 'jsonl' | 'stdin'
  /** File path (or "-" for stdin). */
  readonly path: string
  /** 1-based line (JSONL) or item (feed) number inside the file. */
  readonly item?: number
  /** Publisher or feed name when known. */
  readonly name?: string
}

/** One article as a reader produced it; `text` is fixed forever. */
export interface Article {
  readonly id: string
  readonly text: string
  readonly title?: string
  /** ISO date (YYYY-MM-DD) or date-time of publication, when known. */
  readonly published?: string
  readonly url?: string
  readonly source: Source
  readonly diagnostics?: readonly Diagnostic[]
}

export type ZoneKind = 'headline' | 'byline' | 'body' | 'debris'

export interface Zone extends Span {
  readonly kind: ZoneKind
  /** Why a line is debris or a byline ("repeated headline", "share counter", …). */
  readonly reason?: string
}

export interface Token extends Span {
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, …). */
  readonly pos: string
  readonly lemma: string
  /** Lower-case normal form. */
  readonly norm: string
  /** Index into Doc.sentences. */
  readonly sentence: number
}

export type TimePrecision =
  'time' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'duration' | 'reference'

export interface TimeExpression extends Span {
  readonly text: string
  readonly type: 'DATE' | 'TIME' | 'DURATION' | 'SET'
  /** TIMEX3-style value ("2023-04-05", "2022-02", "P2D", "PAST_REF"); absent when unresolved. */
  readonly value?: string
  readonly precision: TimePrecision
  readonly resolved: boolean
  /** What the value was resolved against: "published", "event" (a dated thing in the text), or "absolute". */
  readonly anchor?: 'published' | 'event' | 'absolute'
}

export type EntityKind = 'country' | 'organization' | 'person' | 'place' | 'region'
/** Named-entity types; PRODUCT covers products and models (aircraft, weapons, phones): "Airbus A380", "F-35". */
export type MentionType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'NATIONALITY' | 'PRODUCT'
export type MentionForm = 'name' | 'demonym' | 'capital' | 'title' | 'description' | 'pronoun'

/** A role a person holds, from the KB at the publication date or stated in the text. */
export interface Role {
  readonly title: string
  /** Country or organization id the role belongs to. */
  readonly of?: string
  readonly from?: string
  readonly to?: string
  readonly learned: boolean
  readonly evidence?: Span
}

export interface Mention extends Span {
  readonly id: string
  readonly text: string
  readonly type: MentionType
  readonly form: MentionForm
  /** Canonical entity id (JPN, NATO, person:yoshimasa-hayashi, place:brussels). */
  readonly entity?: string
  readonly kind?: EntityKind
  readonly confidence: number
  /** Why a mention was left unlinked ("ambiguous: Georgia"). */
  readonly unlinked?: string
  /** For an unlinked name: the KB entities it could be, for a reader or a later stage to decide. */
  readonly candidates?: readonly string[]
  /** For pronouns and descriptions: the mention this one refers back to. */
  readonly antecedent?: string
  readonly role?: Role
  /**
   * The CAMEO agent sector of what the mention names: a body ("the Pentagon": MIL) or the agent noun after it
   * ("Iraqi police": COP on "Iraqi"; "police in Basra": COP on "police", linked to IRQ).
   */
  readonly sector?: string
}

/** An entity the document talks about, with its mentions. */
export interface DocEntity {
  readonly id: string
  readonly kind: EntityKind
  readonly name: string
  readonly mentions: readonly string[]
  /** For people: the country or organization they act for at the publication date. */
  readonly actsFor?: string
  readonly role?: Role
}

export type Modality = 'asserted' | 'intent' | 'reported' | 'hypothetical'

/** An actor in an event, at country/organization level, with the mention that names it. */
export interface ActorRef {
  readonly entity: string
  readonly mention?: string
  /** A person standing for the entity through their role. */
  readonly via?: string
  /** A group or organization acting, when the event codes it as its home country (HAMAS for PSE). */
  readonly group?: string
  /** The full CAMEO actor code ("IRQCOP", "PSEREBHMS", "NGOHRIAMN"), for exports that split it into columns. */
  readonly code?: string
}

export interface EventDate {
  readonly value: string
  readonly precision: TimePrecision
}

export interface CodedEvent {
  readonly id: string
  readonly source?: ActorRef
  readonly target?: ActorRef
  readonly cameo: string
  readonly plover?: string
  readonly goldstein: number
  readonly quad: 1 | 2 | 3 | 4
  readonly negated: boolean
  readonly modality: Modality
  readonly date?: EventDate
  /** Lower bound when only "after X" is known. */
  readonly dateAfter?: string
  readonly place?: string
  readonly confidence: number
  readonly trigger: Span
  readonly evidence: Span
  readonly sentence: number
  /** Dictionary entry that matched. */
  readonly rule: string
}

export type Relation =
  'member_of' | 'presides' | 'holds_office' | 'partnership' | 'sanctions' | 'shares_border' | (string & {})

export interface Fact {
  readonly id: string
  readonly relation: Relation
  readonly subject: string
  readonly object: string
  readonly start?: string
  readonly end?: string
  readonly startAfter?: string
  readonly at?: string
  readonly attributes: Readonly<Record<string, string | number | readonly string[]>>
  readonly learned: boolean
  readonly confidence: number
  readonly evidence: Span
}

export interface Diagnostic {
  readonly severity: 'info' | 'warning' | 'error'
  readonly code: string
  readonly message: string
  readonly span?: Span
}

export interface Layers {
  zones: Zone[]
  sentences: Span[]
  tokens: Token[]
  times: TimeExpression[]
  mentions: Mention[]
  entities: DocEntity[]
  events: CodedEvent[]
  facts: Fact[]
}

export type LayerName = keyof Layers

export interface Doc extends Readonly<Layers> {
  /** Look-ups over the tokens and sentences, built by the pipeline once they are segmented; not a layer. */
  readonly index?: DocIndex
  /**
   * The sentence-structure view the code stage built over the tokens, mentions, entities and times, handed on with
   * the document to the stages after it (relate reads it rather than building its own); not a layer, never stored.
   */
  readonly view?: DocView
  /**
   * The body's near-duplicate signature, made by the ingest's analysis threads so the storing thread need not (see
   * dedup's `sketchWith`); not a layer, never stored as such.
   */
  readonly sketch?: SketchSeed
  readonly id: string
  readonly text: string
  readonly title?: string
  readonly published?: string
  readonly url?: string
  readonly source: Source
  readonly diagnostics: readonly Diagnostic[]
}

const EMPTY_LAYERS: Readonly<Layers> = {
  zones: [],
  sentences: [],
  tokens: [],
  times: [],
  mentions: [],
  entities: [],
  events: [],
  facts: [],
}

/** A Doc with no layers yet, from an article. */
export function docFromArticle(article: Article): Doc {
  // the layers, then the article's fields in its order, then its diagnostics: set one by one on a copy rather than
  // spread into a literal, which pays a slow path for each key it adds (see withFields, objects.ts)
  const doc: Record<string, unknown> = Object.assign({}, EMPTY_LAYERS)
  for (const key of Object.keys(article)) if (key !== 'diagnostics') doc[key] = article[key as keyof Article]
  doc.diagnostics = [...(article.diagnostics ?? [])]
  return doc as unknown as Doc
}

/** A Doc from bare text, for tests and tools: `docOf('…', { published, sentences })`. */
export function docOf(text: string, extra: Partial<Layers> & { published?: string; title?: string } = {}): Doc {
  return { ...EMPTY_LAYERS, id: 'test', source: { kind: 'text', path: 'test' }, diagnostics: [], text, ...extra }
}
