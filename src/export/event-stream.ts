import type { Store } from '../store/index.js'
import { eventCondition, type ExportFilter } from './filter.js'
import { CHUNK } from './names.js'

/** Every event report (matching the filter, when there is one) joined with its article, in ingest order, streamed. */
export function streamEvents(
  store: Store,
  options: { counted: boolean; dated: boolean; filter?: ExportFilter | undefined },
) {
  let query = store.db
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .selectAll('e')
    .select(['a.url', 'a.title', 'a.source_name', 'a.published', 'a.near_duplicate_of', 'a.seq'])
    .orderBy('a.seq')
    .orderBy('e.ord')
  if (options.counted) query = query.where('a.near_duplicate_of', 'is', null)
  if (options.dated) query = query.where('e.date', 'is not', null)
  const condition = eventCondition(options.filter, 'e')
  if (condition !== undefined) query = query.where(condition)
  return query.stream(CHUNK)
}

export type StreamedEvent = Awaited<ReturnType<ReturnType<typeof streamEvents>['next']>>['value']
