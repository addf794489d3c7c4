/** The knowledge base: canonical actors, aliases, dated memberships, roles and presidencies, loaded from data/kb. */
export { Kb, type KbParts, type MembershipOptions } from './kb.js'
export { loadKb, loadCuratedKb, clearKbCache } from './load.js'
export { defaultKbDir } from './read.js'
export { normalizeSurface } from './normalize.js'
export { canonicalTitle } from './titles.js'
export { collectiveKey } from './regions.js'
export { titleTable, type TitleTable } from './title-table.js'
export { isPartialDate, isDay, within } from './dates.js'
export { codeAt, codeParts, withSector, SECTORS, type CodeParts, type DatedActorCode } from './actor-code.js'
export type {
  AliasForm,
  AliasHit,
  EntityKind,
  GeoPoint,
  KbEntity,
  KbRole,
  Membership,
  MembershipStatus,
  Presidency,
  RegionMatch,
} from './types.js'
