import type { QueryContext } from './context.js'
import { validAt } from './dates.js'
import { factStart } from '../store/index.js'

export interface LearnedFact {
  readonly id: string
  readonly relation: string
  readonly subject: string
  readonly object: string
  readonly from: string | null
  readonly to: string | null
  readonly confidence: number
  readonly article: string
  readonly evidence: string
  readonly attributes: Record<string, unknown>
}

export interface FactFilter {
  readonly relations: readonly string[]
  readonly subject?: string
  readonly object?: string
  /** Only facts valid on this day. */
  readonly at?: string
}

/**
 * Facts learned from news (never near-duplicate copies), valid at a date. A fact with no start date is known to
 * hold only from when it was reported (its `at`, else the article's publication date), never before; with no
 * date at all it is left out. A start known only to the month or year containing the day does not make it hold
 * on that day (it may have begun after it).
 */
export async function learnedFacts(ctx: QueryContext, filter: FactFilter): Promise<LearnedFact[]> {
  let query = ctx.store.db
    .selectFrom('facts as f')
    .innerJoin('articles as a', 'a.id', 'f.article_id')
    .select(['f.id', 'f.relation', 'f.subject', 'f.object', 'f.valid_from', 'f.valid_to', 'f.start_after', 'f.at'])
    .select(['f.confidence', 'f.article_id', 'f.evidence_text', 'f.attributes', 'a.published'])
    .where('f.relation', 'in', [...filter.relations])
    .where('a.near_duplicate_of', 'is', null)
    .orderBy('a.seq')
    .orderBy('f.id')
  const at = filter.at
  if (at !== undefined) {
    // Coarse filters in SQL (dates compare as strings); the exact interval check follows below.
    query = query
      .where((eb) =>
        eb(
          eb.fn('substr', [
            eb.fn.coalesce('f.valid_from', 'f.start_after', 'f.at', 'a.published'),
            eb.val(1),
            eb.val(10),
          ]),
          '<=',
          at,
        ),
      )
      .where((eb) => eb.or([eb('f.valid_to', 'is', null), eb('f.valid_to', '>=', at.slice(0, 4))]))
  }
  if (filter.subject !== undefined) query = query.where('f.subject', '=', filter.subject)
  if (filter.object !== undefined) query = query.where('f.object', '=', filter.object)
  const rows = await query.execute()
  return rows
    .map((row) => ({
      id: row.id,
      relation: row.relation,
      subject: row.subject,
      object: row.object,
      from: factStart(row, row.published),
      to: row.valid_to,
      confidence: row.confidence,
      article: row.article_id,
      evidence: row.evidence_text,
      attributes: JSON.parse(row.attributes) as Record<string, unknown>,
    }))
    .filter((fact) => filter.at === undefined || heldOn(filter.at, fact))
}

function heldOn(day: string, fact: { from: string | null; to: string | null }): boolean {
  return validAt(day, fact) && (fact.from === null || startCertainty(fact.from, day) === 'member')
}

export interface LearnedMembership {
  readonly subject: string
  readonly from: string | null
  readonly to: string | null
  /**
   * 'member' when a statement's start is surely on or before the day; 'possibly' when every start is known only
   * to a month or year that contains the day (joined that month, but maybe after the day).
   */
  readonly certainty: 'member' | 'possibly'
  /** How many statements in news support it (near-duplicate copies left out). */
  readonly statements: number
  /** The first few statements, in ingest order. */
  readonly evidence: readonly { article: string; evidence: string; confidence: number }[]
}

export interface MembershipQuery {
  readonly at: string
  readonly evidence: number
  /**
   * Curated day-precision starts by member: a learned start known only to the month or year that contains one of
   * them is that curated day instead (the KB's "2023-04-04" wins over news's "2023-04").
   */
  readonly curatedStarts?: ReadonlyMap<string, readonly string[]>
}

/** Whether a start holds on a day: 'member' surely, 'possibly' when the start is a month or year containing it. */
export function startCertainty(start: string, day: string): 'member' | 'possibly' | undefined {
  if (start.length >= 10) return start.slice(0, 10) <= day ? 'member' : undefined
  if (day.startsWith(start)) return 'possibly'
  return start < day ? 'member' : undefined
}

/** The start to judge by: a curated day inside a coarser learned start replaces it. */
function effectiveStart(start: string, curated: readonly string[] | undefined): string {
  if (start.length >= 10) return start
  return curated?.find((day) => day.length === 10 && day.startsWith(start)) ?? start
}

/**
 * Learned memberships of one organization valid on a day, one row per member, from fact_holdings (counted at
 * ingest), so the cost does not grow with how often news repeats a membership. A start known only to the month
 * or year containing the day makes a 'possibly' row, never a member; partial ends compare as strings (an end
 * "2023" covers every day of 2023).
 */
export async function learnedMemberships(
  ctx: QueryContext,
  org: string,
  options: MembershipQuery,
): Promise<LearnedMembership[]> {
  const db = ctx.store.db
  // one row per (member, validity), already summed at ingest: a membership stated many times costs one row
  const holdings = await db
    .selectFrom('fact_holdings')
    .select(['subject', 'valid_from', 'valid_to', 'statements'])
    .where('relation', '=', 'member_of')
    .where('object', '=', org)
    .where('valid_from', '!=', '')
    .where('valid_from', '<=', options.at)
    .where((eb) =>
      eb.or([
        eb('valid_to', '=', ''),
        eb('valid_to', '>=', eb.fn<string>('substr', [eb.val(options.at), eb.val(1), eb.fn('length', ['valid_to'])])),
      ]),
    )
    .orderBy('subject')
    .orderBy('valid_from')
    .orderBy('valid_to')
    .execute()
  const bySubject = new Map<string, { sure: typeof holdings; possible: typeof holdings }>()
  for (const row of holdings) {
    const start = effectiveStart(row.valid_from, options.curatedStarts?.get(row.subject))
    const certainty = startCertainty(start, options.at)
    if (certainty === undefined) continue
    const groups = bySubject.get(row.subject) ?? { sure: [], possible: [] }
    ;(certainty === 'member' ? groups.sure : groups.possible).push({ ...row, valid_from: start })
    bySubject.set(row.subject, groups)
  }
  const result: LearnedMembership[] = []
  for (const [subject, { sure, possible }] of bySubject) {
    // a sure statement makes a member; the vaguer ones then only add to the count
    const rows = sure.length ? sure : possible
    const from = rows.map((row) => row.valid_from).reduce((a, b) => (b < a ? b : a))
    // an open end ('') in any statement keeps the membership open
    const to = rows.some((row) => row.valid_to === '')
      ? null
      : rows.map((row) => row.valid_to).reduce((a, b) => (b > a ? b : a))
    const statements = [...sure, ...possible].reduce((sum, row) => sum + Number(row.statements), 0)
    // a few statements per member, in a fixed order the (object, relation, subject, id) index gives without sorting
    const evidenceRows = await db
      .selectFrom('facts as f')
      .innerJoin('articles as a', 'a.id', 'f.article_id')
      .select(['f.article_id', 'f.evidence_text', 'f.confidence'])
      .where('f.object', '=', org)
      .where('f.relation', '=', 'member_of')
      .where('f.subject', '=', subject)
      .where('a.near_duplicate_of', 'is', null)
      .orderBy('f.id')
      .limit(options.evidence)
      .execute()
    const evidence = evidenceRows.map((e) => ({
      article: e.article_id,
      evidence: e.evidence_text,
      confidence: e.confidence,
    }))
    result.push({ subject, from, to, certainty: sure.length ? 'member' : 'possibly', statements, evidence })
  }
  return result
}
