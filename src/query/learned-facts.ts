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
 * date at all it is left out.
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
    .filter((fact) => filter.at === undefined || validAt(filter.at, fact))
}

export interface LearnedMembership {
  readonly subject: string
  readonly from: string | null
  readonly to: string | null
  /** How many statements in news support it (near-duplicate copies left out). */
  readonly statements: number
  /** The first few statements, in ingest order. */
  readonly evidence: readonly { article: string; evidence: string; confidence: number }[]
}

/**
 * Learned memberships of one organization valid on a day, one row per member, from fact_holdings (counted at
 * ingest), so the cost does not grow with how often news repeats a membership. Partial dates compare as
 * strings: a start "2023-04" is on or before "2023-04-01", and an end "2023" covers every day of 2023.
 */
export async function learnedMemberships(
  ctx: QueryContext,
  org: string,
  options: { at: string; evidence: number },
): Promise<LearnedMembership[]> {
  const db = ctx.store.db
  // one row per member, summed in SQL: a membership stated many times costs one row, not one per statement
  const holdings = await db
    .selectFrom('fact_holdings')
    .select((eb) => [
      'subject',
      eb.fn.min<string>('valid_from').as('from'),
      eb.fn.min<string>('valid_to').as('openTo'),
      eb.fn.max<string>('valid_to').as('to'),
      eb.fn.sum<number>('statements').as('statements'),
    ])
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
    .groupBy('subject')
    .orderBy('subject')
    .execute()
  const bySubject = new Map<string, LearnedMembership>()
  for (const row of holdings) {
    // an open end ('') in any statement keeps the membership open
    const to = row.openTo === '' ? null : row.to
    bySubject.set(row.subject, {
      subject: row.subject,
      from: row.from,
      to,
      statements: Number(row.statements),
      evidence: [],
    })
  }
  const result: LearnedMembership[] = []
  for (const membership of bySubject.values()) {
    // a few statements per member, in a fixed order the (object, relation, subject, id) index gives without sorting
    const rows = await db
      .selectFrom('facts as f')
      .innerJoin('articles as a', 'a.id', 'f.article_id')
      .select(['f.article_id', 'f.evidence_text', 'f.confidence'])
      .where('f.object', '=', org)
      .where('f.relation', '=', 'member_of')
      .where('f.subject', '=', membership.subject)
      .where('a.near_duplicate_of', 'is', null)
      .orderBy('f.id')
      .limit(options.evidence)
      .execute()
    const evidence = rows.map((e) => ({ article: e.article_id, evidence: e.evidence_text, confidence: e.confidence }))
    result.push({ ...membership, evidence })
  }
  return result
}
