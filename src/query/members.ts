import type { QueryContext } from './context.js'
import { findActor } from './actor.js'
import { learnedMemberships, type LearnedFact } from './learned-facts.js'

export interface MemberRow {
  readonly member: string
  readonly from: string | null
  readonly to: string | null
  readonly status?: string
  /** curated: from the KB; learned: only from news; both: the KB, confirmed by news. */
  readonly origin: 'curated' | 'learned' | 'both'
  /** Up to five learned statements behind the row, and how many there are in all. */
  readonly evidence: readonly Pick<LearnedFact, 'article' | 'evidence' | 'confidence'>[]
  readonly statements: number
}

const MAX_EVIDENCE = 5

export interface MembersResult {
  readonly org: string
  readonly name: string
  readonly at: string
  readonly members: readonly MemberRow[]
}

/** Members of an organization on a day: curated memberships first, then ones learned from news (never merged silently). */
export async function membersAt(ctx: QueryContext, org: string, options: { at: string }): Promise<MembersResult> {
  const actor = await findActor(ctx, org)
  const rows = new Map<string, MemberRow>()
  for (const m of ctx.kb?.membersAt(org, options.at) ?? []) {
    rows.set(m.member, {
      member: m.member,
      from: m.from ?? null,
      to: m.to ?? null,
      ...(m.status ? { status: m.status } : {}),
      origin: 'curated',
      evidence: [],
      statements: 0,
    })
  }
  for (const fact of await learnedMemberships(ctx, org, { at: options.at, evidence: MAX_EVIDENCE })) {
    const known = rows.get(fact.subject)
    rows.set(fact.subject, {
      member: fact.subject,
      from: known ? known.from : fact.from,
      to: known ? known.to : fact.to,
      ...(known?.status ? { status: known.status } : {}),
      origin: known ? 'both' : 'learned',
      evidence: fact.evidence,
      statements: fact.statements,
    })
  }
  const members = [...rows.values()].sort((a, b) => a.member.localeCompare(b.member))
  return { org, name: actor.name, at: options.at, members }
}
