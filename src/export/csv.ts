import type { Store } from '../store/index.js'
import { csvCell } from './cells.js'
import { streamEvents } from './event-stream.js'
import type { ExportOptions } from './names.js'

export const CSV_COLUMNS = [
  'event_id', 'article_id', 'near_duplicate_of', 'cluster_id', 'date', 'date_precision', 'source', 'target',
  'cameo', 'plover', 'quad_class', 'goldstein', 'negated', 'modality', 'confidence', 'place',
  'evidence_start', 'evidence_end', 'evidence', 'url', 'title', 'published',
] as const // prettier-ignore

/** Every event report as CSV with a header, safe to open in a spreadsheet (see `csvCell`). */
export async function* eventsCsv(store: Store, options: ExportOptions = {}): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`
  for await (const e of streamEvents(store, { counted: false, dated: false, filter: options.filter })) {
    const cells = [
      e.id, e.article_id, e.near_duplicate_of, e.cluster_id, e.date, e.date_precision, e.source, e.target,
      e.cameo, e.plover, e.quad, e.goldstein, e.negated, e.modality, e.confidence, e.place,
      e.evidence_start, e.evidence_end, e.evidence_text, e.url, e.title, e.published,
    ] // prettier-ignore
    yield `${cells.map(csvCell).join(',')}\r\n`
  }
}
