import { sql, type ExpressionBuilder } from 'kysely'
import type { Database } from '../store/index.js'
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
 * Fewer reports than this match the page's actors and dates: the page reads them by an actor or date index and
 * sorts them, instead of walking the articles.
 */
const SPARSE = 1000

type Row = ExpressionBuilder<Database & { a: Database['articles']; e: Database['events'] }, 'a' | 'e'>

/**
 * One page of event reports, newest stored first. The cursor names the last row's place in ingest order
 * (article sequence, event position), so rows stored after the first page never shift later pages: a reader
 * paging on sees each older row exactly once.
 */
export async function eventPage(
  ctx: QueryContext,
  filter: EventPageFilter,
  /** Below how many matching reports the page is read by index (tests set it to try either way). */
  sparseBelow = SPARSE,
): Promise<EventPage> {
  const after = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor)
  await checkFilter(ctx, filter)
  const db = ctx.store.db
  const sparse = await fewMatches(ctx, filter, sparseBelow)
  // Dense matches: articles drive the loop (newest first, by their seq index), each one's events found by
  // its id prefix, so a page costs what it reads, not the size of the store; actor filters compare through coalesce so
  // that SQLite keeps this order instead of walking an actor index. Sparse matches (dates before the first event,
  // a rare actor): that walk would read every article to find a few rows, so the actor or date index finds them.
  const base = sparse
    ? db.selectFrom('events as e').innerJoin('articles as a', 'a.id', 'e.article_id')
    : db
        .selectFrom('articles as a')
        .crossJoin('events as e')
        // an article's events by the primary key's prefix (ids are "<article>:<local id>"; migration 16)
        .where(sql<boolean>`e.id > a.id || ':' and e.id < a.id || ';'`)
  let query = base
    .select(['e.id', 'e.article_id', 'e.source', 'e.target', 'e.cameo', 'e.plover', 'e.quad', 'e.goldstein'])
    .select(['e.negated', 'e.modality', 'e.date', 'e.date_precision', 'e.confidence', 'e.cluster_id', 'e.ord'])
    .select(['e.evidence_text', 'a.near_duplicate_of', 'a.seq'])
    .where((eb) => matching(eb, filter, !sparse))
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

/** The filter as one condition; `hideActors` compares actors through coalesce, so no actor index is chosen. */
function matching(eb: Row, filter: EventPageFilter, hideActors: boolean) {
  const side = (column: 'e.source' | 'e.target') =>
    hideActors ? sql<string>`coalesce(${sql.ref(column)}, '')` : eb.ref(column)
  const conditions = [...actorConditions(eb, filter, side)]
  if (filter.code !== undefined) conditions.push(eb('e.cameo', 'like', `${filter.code.replace(/[%_]/g, '')}%`))
  if (filter.root !== undefined) conditions.push(eb('e.root', '=', filter.root))
  if (filter.quad !== undefined) conditions.push(eb('e.quad', '=', filter.quad))
  if (filter.modality !== undefined) conditions.push(eb('e.modality', '=', filter.modality))
  const from = filter.from
  if (from !== undefined) {
    // A month- or year-precision date overlapping the start counts as inside, as in listEvents.
    conditions.push(
      eb.or([eb('e.date', '>=', from), eb('e.date', '=', from.slice(0, 7)), eb('e.date', '=', from.slice(0, 4))]),
    )
  }
  if (filter.to !== undefined) conditions.push(eb('e.date', '<=', filter.to))
  if (filter.negated !== undefined) conditions.push(eb('e.negated', '=', filter.negated ? 1 : 0))
  return eb.and(conditions)
}

function actorConditions(
  eb: Row,
  filter: Pick<EventPageFilter, 'actor' | 'target' | 'involving'>,
  side: (column: 'e.source' | 'e.target') => Parameters<Row>[0],
) {
  const conditions = []
  if (filter.actor !== undefined) conditions.push(eb(side('e.source'), '=', filter.actor))
  if (filter.target !== undefined) conditions.push(eb(side('e.target'), '=', filter.target))
  const involving = filter.involving
  if (involving !== undefined)
    conditions.push(eb.or([eb(side('e.source'), '=', involving), eb(side('e.target'), '=', involving)]))
  return conditions
}

/**
 * Whether fewer than SPARSE reports can match the page's actors and dates: counted, up to that bound, on the
 * actor and date indexes alone (a superset of the page's rows: other filters and the exact start are left out).
 * Without actors or dates the page is read in article order.
 */
async function fewMatches(ctx: QueryContext, filter: EventPageFilter, bound: number): Promise<boolean> {
  const actors = filter.actor !== undefined || filter.target !== undefined || filter.involving !== undefined
  if (bound <= 0 || (!actors && filter.from === undefined && filter.to === undefined)) return false
  const from = filter.from?.slice(0, 4)
  const to = filter.to
  const probe = ctx.store.db
    .selectFrom('events as e')
    .select(sql<number>`1`.as('one'))
    .where((eb) => {
      const conditions = actorConditions(eb as unknown as Row, filter, (column) => eb.ref(column))
      if (from !== undefined) conditions.push(eb('e.date', '>=', from))
      if (to !== undefined) conditions.push(eb('e.date', '<=', to))
      return eb.and(conditions)
    })
    .limit(bound)
  const row = await ctx.store.db
    .selectFrom(probe.as('p'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n) < bound
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
