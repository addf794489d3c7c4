import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { EventPageFilter } from '../query/event-pages.js'

/** The events API's filters (`GET /api/events`, `query events`), without paging: which events an export holds. */
export type ExportFilter = Omit<EventPageFilter, 'cursor' | 'limit'>

/** Whether a filter asks for anything: an empty one leaves every export exactly as it was. */
export function isFiltered(filter: ExportFilter | undefined): filter is ExportFilter {
  return filter !== undefined && Object.values(filter).some((value) => value !== undefined)
}

/**
 * The filter as one SQL condition on an event row (`events`) or a happening (`event_clusters`), the same tests
 * `eventPage` makes: a happening's modality is that of its first report. Undefined when nothing is asked.
 */
export function eventCondition(filter: ExportFilter | undefined, table: string): RawBuilder<SqlBool> | undefined {
  if (!isFiltered(filter)) return undefined
  const col = (name: string) => sql.ref(`${table}.${name}`)
  const parts: RawBuilder<unknown>[] = []
  if (filter.actor !== undefined) parts.push(sql`${col('source')} = ${filter.actor}`)
  if (filter.target !== undefined) parts.push(sql`${col('target')} = ${filter.target}`)
  if (filter.involving !== undefined) {
    parts.push(sql`(${col('source')} = ${filter.involving} or ${col('target')} = ${filter.involving})`)
  }
  if (filter.code !== undefined) parts.push(sql`${col('cameo')} like ${`${filter.code.replace(/[%_]/g, '')}%`}`)
  if (filter.root !== undefined) parts.push(sql`${col('root')} = ${filter.root}`)
  if (filter.quad !== undefined) parts.push(sql`${col('quad')} = ${filter.quad}`)
  if (filter.modality !== undefined) {
    parts.push(
      table === 'e' || table === 'events'
        ? sql`${col('modality')} = ${filter.modality}`
        : sql`exists (select 1 from events m where m.id = ${col('first_event')} and m.modality = ${filter.modality})`,
    )
  }
  const from = filter.from
  if (from !== undefined) {
    // A month- or year-precision date overlapping the start counts as inside, as in the events API.
    parts.push(
      sql`(${col('date')} >= ${from} or ${col('date')} = ${from.slice(0, 7)} or ${col('date')} = ${from.slice(0, 4)})`,
    )
  }
  if (filter.to !== undefined) parts.push(sql`${col('date')} <= ${filter.to}`)
  if (filter.negated !== undefined) parts.push(sql`${col('negated')} = ${filter.negated ? 1 : 0}`)
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`
}
