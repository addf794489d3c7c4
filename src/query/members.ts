import { forOneAnswer, type QueryContext } from './context.js'
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
  /**
   * With `includeUncertain`: members learned from news whose start is known only to the month or year containing
   * the day, so they may have joined after it. Never counted among the members.
   */
  readonly possibly?: readonly MemberRow[]
}

export interface MembersOptions {
  readonly at: string
  /** Also list the 'possibly' members (a start known only to the month or year containing the day). */
  readonly includeUncertain?: boolean
}

/** Members of an organization on a day: curated memberships first, then ones learned from news (never merged silently). */
export async function membersAt(given: QueryContext, org: string, options: MembersOptions): Promise<MembersResult> {
  // the store's data version read once for the whole answer, as the API does per request
  const ctx = given.dataVersion ? given : forOneAnswer(given)
  const actor = await findActor(ctx, org)
  const rows = new Map<string, MemberRow>()
  const possibly: MemberRow[] = []
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
  const learned = await learnedMemberships(ctx, org, {
    at: options.at,
    evidence: MAX_EVIDENCE,
    curatedStarts: curatedStarts(ctx, org, options.at),
  })
  for (const fact of learned) {
    const known = rows.get(fact.subject)
    const row: MemberRow = {
      member: fact.subject,
      from: known ? known.from : fact.from,
      to: known ? known.to : fact.to,
      ...(known?.status ? { status: known.status } : {}),
      origin: known ? 'both' : 'learned',
      evidence: fact.evidence,
      statements: fact.statements,
    }
    if (known || fact.certainty === 'member') rows.set(fact.subject, row)
    else possibly.push(row)
  }
  const members = [...rows.values()].sort((a, b) => a.member.localeCompare(b.member))
  return {
    org,
    name: actor.name,
    at: options.at,
    members,
    ...(options.includeUncertain ? { possibly: possibly.sort((a, b) => a.member.localeCompare(b.member)) } : {}),
  }
}

/** The curated day-precision starts of the org's memberships (the open ones and those valid on the day), by member. */
function curatedStarts(ctx: QueryContext, org: string, at: string): Map<string, string[]> {
  const starts = new Map<string, string[]>()
  for (const m of [...(ctx.kb?.membersAt(org) ?? []), ...(ctx.kb?.membersAt(org, at) ?? [])]) {
    if (m.from?.length === 10) starts.set(m.member, [...(starts.get(m.member) ?? []), m.from])
  }
  return starts
}
