import type { Store } from '../store/index.js'
import { streamEvents } from './event-stream.js'
import { eventCondition } from './filter.js'
import { entityNames, type ExportOptions } from './names.js'

/**
 * PLOVER newline-delimited JSON: one record per report (near-duplicate copies left out), `link` naming the
 * happening (cluster) it belongs to. Required fields id, date, actor, event; CAMEO coding, negation, modality,
 * confidence and provenance sit under the `entente` key. Undated reports are left out (PLOVER needs a date); a
 * month- or year-precision date becomes an interval event (`date` to `enddate`).
 */
export async function* ploverJson(store: Store, options: ExportOptions = {}): AsyncGenerator<string> {
  const names = await entityNames(store)
  let undatedQuery = store.db
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('e.date', 'is', null)
    .where('a.near_duplicate_of', 'is', null)
  const condition = eventCondition(options.filter, 'e')
  if (condition !== undefined) undatedQuery = undatedQuery.where(condition)
  const counter = await undatedQuery.executeTakeFirst()
  const undated = Number(counter?.n ?? 0)
  if (undated > 0) options.note?.(`${undated} undated events left out: PLOVER records need a date`)
  const entity = (id: string | null, text: string | null) =>
    id === null
      ? []
      : [
          {
            code: id,
            ...(names.has(id) ? { identifier_text: names.get(id)?.name } : {}),
            ...(text ? { entity_text: text } : {}),
          },
        ]
  for await (const e of streamEvents(store, { counted: true, dated: true, filter: options.filter })) {
    const record = {
      id: e.id,
      ...ploverDates(e.date as string),
      actor: entity(e.source, null),
      recipient: entity(e.target, null),
      event: e.plover ? [e.plover] : [],
      event_text: [e.evidence_text.slice(e.trigger_start - e.evidence_start, e.trigger_end - e.evidence_start)],
      quad_code: e.quad,
      ...(e.place ? { event_loc: { extracted_place: e.place } } : {}),
      ...(e.cluster_id ? { link: e.cluster_id } : {}),
      text_info: { sequence: e.sentence, start: e.evidence_start, end: e.evidence_end },
      cite_info: { url: e.url, title: e.title, publication: e.source_name },
      coder: 'entente',
      entente: {
        cameo: e.cameo,
        goldstein: e.goldstein,
        negated: e.negated === 1,
        modality: e.modality,
        date_precision: e.date_precision,
        confidence: e.confidence,
        article: e.article_id,
        evidence: e.evidence_text,
        rule: e.rule,
      },
    }
    yield `${JSON.stringify(record)}\n`
  }
}

/** PLOVER wants YYYY-MM-DD: a coarser date is written as the interval it covers. */
function ploverDates(date: string): { date: string; enddate?: string } {
  if (date.length === 4) return { date: `${date}-01-01`, enddate: `${date}-12-31` }
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number) as [number, number]
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
    return { date: `${date}-01`, enddate: `${date}-${String(last).padStart(2, '0')}` }
  }
  return { date: date.slice(0, 10) }
}
