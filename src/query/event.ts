import { cameoInfo } from '../coding/index.js'
import { EntenteError } from '../errors.js'
import type { QueryContext } from './context.js'
import type { EventRow } from './events.js'
import { eventEvidence, type Report } from './evidence.js'

export interface EventDetail extends EventRow {
  /** The CAMEO code's name in the codebook ("Express intent to cooperate"). */
  readonly cameoName: string | null
  readonly trigger: string
  /** Every report of the happening (its cluster), this one first, each with its sentence and evidence. */
  readonly reports: readonly Report[]
}

/** One event report with its coding and the words behind it in every article that reported the happening. */
export async function eventDetail(ctx: QueryContext, id: string): Promise<EventDetail> {
  const row = await ctx.store.db
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .selectAll('e')
    .select(['a.near_duplicate_of', 'a.text'])
    .where('e.id', '=', id)
    .executeTakeFirst()
  if (!row) {
    throw new EntenteError('query.unknown-event', `Cannot find event "${id}" in the store`, {
      input: id,
      hint: 'Event ids look like 3fa2c1d4e5f60718:event-4; list them with GET /api/events',
    })
  }
  const evidence = await eventEvidence(ctx, id)
  return {
    id: row.id,
    article: row.article_id,
    source: row.source,
    target: row.target,
    cameo: row.cameo,
    cameoName: cameoInfo(row.cameo)?.name ?? null,
    plover: row.plover,
    quad: row.quad,
    goldstein: row.goldstein,
    negated: row.negated === 1,
    modality: row.modality,
    date: row.date,
    datePrecision: row.date_precision,
    confidence: row.confidence,
    cluster: row.cluster_id,
    nearDuplicateOf: row.near_duplicate_of,
    evidence: row.evidence_text,
    trigger: row.text.slice(row.trigger_start, row.trigger_end),
    reports: evidence.reports,
  }
}
