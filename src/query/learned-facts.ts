import type { QueryContext } from './context.js'
import { validAt } from './dates.js'

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
      from: row.valid_from ?? row.start_after ?? row.at ?? row.published?.slice(0, 10) ?? null,
      to: row.valid_to,
      confidence: row.confidence,
      article: row.article_id,
      evidence: row.evidence_text,
      attributes: JSON.parse(row.attributes) as Record<string, unknown>,
    }))
    .filter((fact) => filter.at === undefined || validAt(filter.at, fact))
}
