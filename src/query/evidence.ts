import { EntenteError } from '../errors.js'
import type { QueryContext } from './context.js'
import { titleOf } from './article.js'

export interface Report {
  readonly event: string
  readonly article: { id: string; title: string | null; url: string | null; published: string | null; source: string }
  readonly nearDuplicateOf: string | null
  /** The sentence holding the evidence, with the evidence and trigger as offsets into `sentence.text`. */
  readonly sentence: { text: string; start: number; end: number }
  readonly evidence: { start: number; end: number; text: string }
  readonly trigger: { start: number; end: number; text: string }
}

export interface EvidenceResult {
  readonly event: string
  readonly cluster: string | null
  readonly cameo: string
  readonly source: string | null
  readonly target: string | null
  readonly date: string | null
  /** Every report of the happening (the event's cluster), the asked-for one first. */
  readonly reports: readonly Report[]
}

/** The words behind an event: the sentence of every article that reported the happening, evidence marked. */
export async function eventEvidence(ctx: QueryContext, eventId: string): Promise<EvidenceResult> {
  const db = ctx.store.db
  const event = await db.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirst()
  if (!event) {
    throw new EntenteError('query.unknown-event', `Cannot find event "${eventId}" in the store`, {
      input: eventId,
      hint: 'Event ids look like 3fa2c1d4e5f60718:event-4; list them with `entente query events`',
    })
  }
  let query = db
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .select(['e.id', 'e.evidence_start', 'e.evidence_end', 'e.trigger_start', 'e.trigger_end'])
    .select(['a.id as article_id', 'a.title', 'a.url', 'a.published', 'a.source', 'a.text', 'a.sentences'])
    .select(['a.zones'])
    .select(['a.near_duplicate_of'])
    .orderBy('a.seq')
    .orderBy('e.ord')
  query =
    event.cluster_id === null ? query.where('e.id', '=', eventId) : query.where('e.cluster_id', '=', event.cluster_id)
  const rows = await query.execute()
  const reports = rows.map((row): Report => {
    const sentences = JSON.parse(row.sentences) as [number, number][]
    const [start, end] = sentences.find(([s, e]) => s <= row.evidence_start && row.evidence_start < e) ?? [
      row.evidence_start,
      row.evidence_end,
    ]
    const sentenceEnd = Math.max(end, row.evidence_end)
    const local = (from: number, to: number) => ({
      start: from - start,
      end: to - start,
      text: row.text.slice(from, to),
    })
    return {
      event: row.id,
      article: { id: row.article_id, title: titleOf(row), url: row.url, published: row.published, source: row.source },
      nearDuplicateOf: row.near_duplicate_of,
      sentence: { text: row.text.slice(start, sentenceEnd), start, end: sentenceEnd },
      evidence: local(row.evidence_start, row.evidence_end),
      trigger: local(row.trigger_start, row.trigger_end),
    }
  })
  reports.sort((a, b) => Number(b.event === eventId) - Number(a.event === eventId))
  return {
    event: eventId,
    cluster: event.cluster_id,
    cameo: event.cameo,
    source: event.source,
    target: event.target,
    date: event.date,
    reports,
  }
}
