import { cameoInfo } from '../coding/index.js'
import { EntenteError } from '../errors.js'
import type { QueryContext } from './context.js'
import { eventRowOf, type EventRow } from './events.js'
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
  // the row as every edge shows it, with the codebook name after the code (same key order as before)
  const { id: eventId, article, source, target, cameo, ...rest } = eventRowOf(row)
  return {
    id: eventId,
    article,
    source,
    target,
    cameo,
    cameoName: cameoInfo(cameo)?.name ?? null,
    ...rest,
    trigger: row.text.slice(row.trigger_start, row.trigger_end),
    reports: evidence.reports,
  }
}
