import { loadKb } from '../kb/index.js'

/**
 * The part of the knowledge base queries use: curated entities, dated memberships and roles. The real KB
 * (src/kb) satisfies it; tests pass a small hand-made one.
 */
export interface QueryKbMembership {
  readonly member: string
  readonly org: string
  readonly from?: string
  readonly to?: string
  readonly status?: string
}

export interface QueryKbRole {
  readonly person: string
  readonly title: string
  readonly of: string
  readonly from?: string
  readonly to?: string
}

export interface QueryKb {
  entity(id: string):
    | {
        readonly id: string
        readonly kind: string
        readonly name: string
        /** CAMEO actor codes, dated where they changed (organizations, groups, regions acting together). */
        readonly codes?: readonly { readonly code: string }[]
      }
    | undefined
  membersAt(org: string, date?: string): readonly QueryKbMembership[]
  membershipsOf(member: string, date?: string): readonly QueryKbMembership[]
  rolesAt(person: string, date: string): readonly QueryKbRole[]
  officeHoldersAt?(of: string, date: string): readonly QueryKbRole[]
  search?(
    text: string,
    limit?: number,
  ): readonly { readonly id: string; readonly kind: string; readonly name: string }[]
}

/** The curated KB (src/kb), loaded once and shared. */
export async function loadQueryKb(): Promise<QueryKb> {
  const kb: QueryKb = loadKb()
  return kb
}
