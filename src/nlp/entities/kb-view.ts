/**
 * The part of the knowledge base that recognition, linking and coreference use. The real KB (src/kb)
 * satisfies it; tests pass a small hand-made one.
 */
import type { EntityKind, Mention } from '../../document.js'
import type { TitleTable } from '../../kb/index.js'
export type AliasForm = 'name' | 'abbreviation' | 'demonym' | 'capital' | 'metonym' | 'description'

export interface AliasHit {
  readonly entity: string
  readonly kind: EntityKind
  readonly form: AliasForm
  /** Set when the name needs context ("Georgia": country or US state). */
  readonly ambiguous?: string
  /** A named government body's CAMEO sector ("the Pentagon": MIL). */
  readonly sector?: string
  /** A GeoNames town; a `minor` one links only after a place cue ("in X", "the city of X", "X, Ukraine"). */
  readonly city?: 'major' | 'minor'
  /** The first and last day (partial ISO dates) a dated text reads the surface as this entity ("IRA" until 2005). */
  readonly from?: string
  readonly to?: string
}

export interface KbViewEntity {
  readonly id: string
  readonly kind: EntityKind
  readonly name: string
  readonly country?: string
  readonly orgKind?: string
  /** For countries: ambiguous names whose other readings are no state ("Niger": also a river), normalized. */
  readonly noStateNamesakes?: readonly string[]
  /** For regions: the names under which its states act together, lower case without "the" ("west", "gulf states"). */
  readonly collective?: readonly string[]
  /** For groups: the countries where its ambiguous names mean it, from a date ("coalition forces" in Yemen). */
  readonly theatre?: { readonly countries: readonly string[]; readonly from?: string }
  /** For breakaway regions: the group whose de facto authorities hold it between two dates. */
  readonly heldBy?: { readonly group: string; readonly from?: string; readonly to?: string }
}

export interface KbViewRole {
  readonly person: string
  readonly title: string
  readonly of: string
  readonly from?: string
  readonly to?: string
}

export interface KbView {
  /** The titles before a name, role nouns and title modifiers the recognizer reads (data/kb/titles.json). */
  readonly titles: TitleTable
  entity(id: string): KbViewEntity | undefined
  aliases(): Iterable<[surface: string, hits: readonly AliasHit[]]>
  rolesAt(personId: string, date: string): readonly KbViewRole[]
  /** The ethnic or religious group a word names ("Kurdish", "Tamils"), and where it lives (optional in a test KB). */
  ethnicGroup?(
    surface: string,
  ): { readonly countries: readonly string[]; readonly home?: string; readonly insurgency?: string } | undefined
  /** Every role a person held; read for documents with no date (a small test KB may leave it out). */
  roles?(personId: string): readonly KbViewRole[]
  regionByAdjective(adjective: string): { region: string; members: readonly string[] } | undefined
  /** The agent a lower-case noun phrase names ("police": COP, "foreign ministry": GOV); optional for small test KBs. */
  agent?(
    noun: string,
  ):
    | { readonly sector: string; readonly located: boolean; readonly story?: boolean; readonly dateline?: boolean }
    | undefined
  /** Entities a surface names, in any case ("HANOI" as "Hanoi"); optional for small test KBs. */
  lookup?(surface: string): readonly AliasHit[]
  /** The most words of an agent phrase starting with this lower-case word, 0 for none (a cheap first check). */
  agentWords?(first: string): number
}

/** The country a linked mention stands for or lies in: a country, or a place or region the KB files under one. */
export function countryOfMention(kb: KbView, mention: Pick<Mention, 'entity' | 'kind'>): string | undefined {
  if (!mention.entity) return undefined
  if (mention.kind === 'country') return mention.entity
  if (mention.kind === 'place' || mention.kind === 'region') return kb.entity(mention.entity)?.country
  return undefined
}
