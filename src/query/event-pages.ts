import { sql } from 'kysely'
import { EntenteError } from '../errors.js'
import type { QueryContext } from './context.js'
import { checkFilter, eventRowOf, type EventFilter, type EventRow } from './events.js'

export const MAX_PAGE = 200

export interface EventPageFilter extends Omit<EventFilter, 'limit' | 'counted'> {
  /** CAMEO root (two digits), exact. */
  readonly root?: string
  readonly quad?: 1 | 2 | 3 | 4
  readonly modality?: string
  /** Where the previous page stopped (`next` of that page). */
  readonly cursor?: string
  readonly limit: number
}

export interface EventPage {
  readonly events: readonly EventRow[]
  /** Pass as `cursor` for the following page; null on the last page. */
  readonly next: string | null
}

/**
 * One page of event reports, newest stored first. The cursor names the last row's place in ingest order
 * (article sequence, event position), so rows stored after the first page never shift later pages: a reader
 * paging on sees each older row exactly once.
 */
export async function eventPage(ctx: QueryContext, filter: EventPageFilter): Promise<EventPage> {
  const after = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor)
  await checkFilter(ctx, filter)
  // Articles drive the loop (newest first, by their seq index), each one's events found by article: a page costs
  // what it reads, not the size of the store. Actor filters compare through coalesce so that SQLite keeps this
  // order instead of walking an actor index (the same rows either way).
  let query = ctx.store.db
    .selectFrom('articles as a')
    .crossJoin('events as e')
    .whereRef('a.id', '=', 'e.article_id')
    .select(['e.id', 'e.article_id', 'e.source', 'e.target', 'e.cameo', 'e.plover', 'e.quad', 'e.goldstein'])
    .select(['e.negated', 'e.modality', 'e.date', 'e.date_precision', 'e.confidence', 'e.cluster_id', 'e.ord'])
    .select(['e.evidence_text', 'a.near_duplicate_of', 'a.seq'])
  const source = sql<string>`coalesce(e.source, '')`
  const target = sql<string>`coalesce(e.target, '')`
  if (filter.actor !== undefined) query = query.where(source, '=', filter.actor)
  if (filter.target !== undefined) query = query.where(target, '=', filter.target)
  const involving = filter.involving
  if (involving !== undefined)
    query = query.where((eb) => eb.or([eb(source, '=', involving), eb(target, '=', involving)]))
  if (filter.code !== undefined) query = query.where('e.cameo', 'like', `${filter.code.replace(/[%_]/g, '')}%`)
  if (filter.root !== undefined) query = query.where('e.root', '=', filter.root)
  if (filter.quad !== undefined) query = query.where('e.quad', '=', filter.quad)
  if (filter.modality !== undefined) query = query.where('e.modality', '=', filter.modality)
  const from = filter.from
  if (from !== undefined) {
    // A month- or year-precision date overlapping the start counts as inside, as in listEvents.
    query = query.where((eb) =>
      eb.or([eb('e.date', '>=', from), eb('e.date', '=', from.slice(0, 7)), eb('e.date', '=', from.slice(0, 4))]),
    )
  }
  if (filter.to !== undefined) query = query.where('e.date', '<=', filter.to)
  if (filter.negated !== undefined) query = query.where('e.negated', '=', filter.negated ? 1 : 0)
  if (after !== undefined) {
    query = query.where((eb) =>
      eb.or([eb('a.seq', '<', after.seq), eb.and([eb('a.seq', '=', after.seq), eb('e.ord', '>', after.ord)])]),
    )
  }
  const limit = Math.min(Math.max(1, filter.limit), MAX_PAGE)
  const rows = await query
    .orderBy('a.seq', 'desc')
    .orderBy('e.ord')
    .limit(limit + 1)
    .execute()
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    events: page.map(eventRowOf),
    next: rows.length > limit && last ? encodeCursor({ seq: last.seq, ord: last.ord }) : null,
  }
}

interface Position {
  readonly seq: number
  readonly ord: number
}

function encodeCursor(position: Position): string {
  return Buffer.from(`${position.seq}.${position.ord}`).toString('base64url')
}

/** The position a cursor names, or 'query.bad-cursor'. */
export function decodeCursor(cursor: string): Position {
  const match = /^(\d{1,15})\.(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('latin1'))
  if (!match || !/^[\w-]+$/.test(cursor)) {
    throw new EntenteError('query.bad-cursor', `Cannot read cursor "${cursor}": it is not one this server gave out`, {
      input: cursor,
      hint: 'Pass the `next` value of the previous page unchanged, or leave cursor out for the first page',
    })
  }
  return { seq: Number(match[1]), ord: Number(match[2]) }
}
