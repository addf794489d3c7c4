/** The vocabulary of the knowledge base: canonical entities, dated memberships and roles, alias hits. */
import type { EntityKind } from '../document.js'
import type { DatedActorCode } from './actor-code.js'

export type { EntityKind }

/** How a surface form names its entity. */
export type AliasForm = 'name' | 'abbreviation' | 'demonym' | 'capital' | 'metonym' | 'description'

/** Why a membership is not a plain full membership; absent means a full member. */
export type MembershipStatus = 'participant' | 'observer' | 'invited' | 'frozen' | 'suspended'

/** A dated membership. Dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD); `to` is inclusive; no `from` = since founding. */
export interface Membership {
  readonly member: string
  readonly org: string
  readonly from?: string
  readonly to?: string
  readonly status?: MembershipStatus
  readonly note?: string
}

/** An office a person holds, from our people files. */
export interface KbRole {
  readonly person: string
  readonly title: string
  /** Country or organization id. */
  readonly of: string
  readonly from?: string
  readonly to?: string
  /** The dates are approximate (known to the month or the year). */
  readonly approx?: boolean
}

/** A rotating chair (G7, G20, ASEAN, Council of the EU), dated. */
export interface Presidency {
  readonly org: string
  readonly holder: string
  readonly from: string
  readonly to: string
  readonly note?: string
}

export interface KbEntity {
  readonly id: string
  readonly kind: EntityKind
  readonly name: string
  readonly aliases: readonly string[]
  /** The country a place, person or region belongs to; a group's home country (its events code as it). */
  readonly country?: string
  /** For organizations: alliance, economic-bloc, political-union, forum, un-body, financial, court, ngo, … */
  readonly orgKind?: string
  /** For organizations: the organization it is an organ of, which events code it as (UNSC → UN). */
  readonly partOf?: string
  /** For organizations: every membership record, dated. */
  readonly members?: readonly Membership[]
  /** For places: the organizations seated there ("Brussels" → EU, NATO). */
  readonly seatOf?: readonly string[]
  /** For places: where it lies (GeoNames). */
  readonly geo?: GeoPoint
  /** For countries: the places that are its capitals. */
  readonly capitals?: readonly string[]
  /** For countries: ambiguous names whose other readings are no state ("Niger": also a river), normalized. */
  readonly noStateNamesakes?: readonly string[]
  /** For organizations and groups: CAMEO actor codes, dated where they changed ("AFGINSTAL" until 2021-08-14). */
  readonly codes?: readonly DatedActorCode[]
  /** For regions: the names under which the region's states act together ("the West", "Gulf states"). */
  readonly collective?: readonly string[]
  /** For groups: where the group's ambiguous names mean it, from a date ("coalition forces" in Yemen from 2015). */
  readonly theatre?: Theatre
  /** For breakaway regions: the group whose de facto authorities hold it between two dates. */
  readonly heldBy?: HeldBy
  readonly note?: string
}

/** The countries where a group's ambiguous names mean it, from a date. */
export interface Theatre {
  readonly countries: readonly string[]
  readonly from?: string
}

/** One entity a surface form may name. */
export interface AliasHit {
  readonly entity: string
  readonly kind: EntityKind
  readonly form: AliasForm
  /** Present when the surface needs context to link ("also a U.S. state", "shared by COD, COG"). */
  readonly ambiguous?: string
  /** For a named government body standing for its country: its CAMEO sector ("the Pentagon": MIL). */
  readonly sector?: string
  /** A GeoNames town of data/kb/cities.json; a `minor` one links only after a place cue ("in X", "X, Ukraine"). */
  readonly city?: 'major' | 'minor'
  /** The first and last day (partial ISO dates) a dated text reads the surface as this entity ("IRA" until 2005). */
  readonly from?: string
  readonly to?: string
}

/** Where a place lies (WGS84 degrees), for the GDELT export's geo columns. */
export interface GeoPoint {
  readonly lat: number
  readonly lon: number
  /** GeoNames feature id. */
  readonly geonames?: number
  readonly population?: number
}

/** A region named by an adjective ("Scandinavian"): its members, loose ones last and also listed in `loose`. */
export interface RegionMatch {
  readonly region: string
  readonly members: readonly string[]
  readonly loose: readonly string[]
}

/** The group whose de facto authorities hold a region between two dates (Nagorno-Karabakh's, 1991-2023). */
export interface HeldBy {
  readonly group: string
  readonly from?: string
  readonly to?: string
}
