import { versionOf, type QueryContext } from './context.js'
import { validAt } from './dates.js'
import { sql } from 'kysely'
import { factStart, pieces, runSql, type Store } from '../store/index.js'

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
 * date at all it is left out. A start known only to the month or year containing the day does not make it hold
 * on that day (it may have begun after it).
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
      from: factStart(row, row.published),
      to: row.valid_to,
      confidence: row.confidence,
      article: row.article_id,
      evidence: row.evidence_text,
      attributes: JSON.parse(row.attributes) as Record<string, unknown>,
    }))
    .filter((fact) => filter.at === undefined || heldOn(filter.at, fact))
}

function heldOn(day: string, fact: { from: string | null; to: string | null }): boolean {
  return validAt(day, fact) && (fact.from === null || startCertainty(fact.from, day) === 'member')
}

export interface LearnedMembership {
  readonly subject: string
  readonly from: string | null
  readonly to: string | null
  /**
   * 'member' when a statement's start is surely on or before the day; 'possibly' when every start is known only
   * to a month or year that contains the day (joined that month, but maybe after the day).
   */
  readonly certainty: 'member' | 'possibly'
  /** How many statements in news support it (near-duplicate copies left out). */
  readonly statements: number
  /** The first few statements, in ingest order. */
  readonly evidence: readonly { article: string; evidence: string; confidence: number }[]
}

export interface MembershipQuery {
  readonly at: string
  readonly evidence: number
  /**
   * Curated day-precision starts by member: a learned start known only to the month or year that contains one of
   * them is that curated day instead (the KB's "2023-04-04" wins over news's "2023-04").
   */
  readonly curatedStarts?: ReadonlyMap<string, readonly string[]>
}

/** Whether a start holds on a day: 'member' surely, 'possibly' when the start is a month or year containing it. */
export function startCertainty(start: string, day: string): 'member' | 'possibly' | undefined {
  if (start.length >= 10) return start.slice(0, 10) <= day ? 'member' : undefined
  if (day.startsWith(start)) return 'possibly'
  return start < day ? 'member' : undefined
}

/** The start to judge by: a curated day inside a coarser learned start replaces it. */
function effectiveStart(start: string, curated: readonly string[] | undefined): string {
  if (start.length >= 10) return start
  return curated?.find((day) => day.length === 10 && day.startsWith(start)) ?? start
}

/** One side of a learned relation held on a day, summed over its statements (see learnedHoldings). */
export interface LearnedHolding {
  /** The other side: the member when asking an organization, the organization when asking a member. */
  readonly other: string
  readonly from: string
  readonly to: string | null
  readonly certainty: 'member' | 'possibly'
  /** How many statements in news support it (near-duplicate copies left out), sure and vague ones together. */
  readonly statements: number
}

export interface HoldingQuery {
  readonly relation: string
  /** Which side `id` is: 'object' lists its subjects (an organization's members), 'subject' its objects. */
  readonly side: 'subject' | 'object'
  readonly id: string
  readonly at: string
  /** Curated day-precision starts by the other side (see MembershipQuery). */
  readonly curatedStarts?: ReadonlyMap<string, readonly string[]>
}

/**
 * A relation held on a day, one row per other side, from fact_holdings (counted at ingest): the statements with a
 * start to the day (or finer) collapse into one row per other side — they can only make a sure holding, and only
 * their earliest start, latest end and count matter — while starts known only to a month or a year stay one row
 * each, as each is judged against the day and the curated starts. The id's rows do not depend on the day: they are
 * read once per data version (one index range, fact_holdings_object_cover or fact_holdings_subject_cover) and kept,
 * so each day asked about costs a pass over them in memory instead of a grouping query (~1 ms for an organization's
 * 1,800 rows on the 1 M-event store).
 */
export async function learnedHoldings(ctx: QueryContext, query: HoldingQuery): Promise<LearnedHolding[]> {
  const rows = groupHeld(await heldRows(ctx, query), query.at)
  const byOther = new Map<string, { sure: HoldingRow[]; possible: HoldingRow[] }>()
  for (const row of rows) {
    const start = effectiveStart(row.valid_from, query.curatedStarts?.get(row.other))
    const certainty = startCertainty(start, query.at)
    if (certainty === undefined) continue
    const groups = byOther.get(row.other) ?? { sure: [], possible: [] }
    const to = row.min_to === '' ? '' : row.valid_to
    ;(certainty === 'member' ? groups.sure : groups.possible).push({
      from: start,
      to,
      statements: Number(row.statements),
    })
    byOther.set(row.other, groups)
  }
  const result: LearnedHolding[] = []
  for (const [otherId, { sure, possible }] of byOther) {
    // a sure statement makes a holding; the vaguer ones then only add to the count
    const group = sure.length ? sure : possible
    const from = group.map((row) => row.from).reduce((a, b) => (b < a ? b : a))
    const to = group.some((row) => row.to === '') ? null : group.map((row) => row.to).reduce((a, b) => (b > a ? b : a))
    const statements = [...sure, ...possible].reduce((sum, row) => sum + row.statements, 0)
    result.push({ other: otherId, from, to, certainty: sure.length ? 'member' : 'possibly', statements })
  }
  return result
}

/** One fact_holdings row of an id: the other side, a start (never empty), an end ('' when open), a count. */
interface HeldRow {
  readonly other: string
  readonly from: string
  readonly to: string
  readonly statements: number
}

/** One group of an id's rows held on a day: an other side and its sure starts together, or one vague start. */
interface HeldGroup {
  readonly other: string
  /** The earliest start of the group. */
  valid_from: string
  /** The latest end, and the earliest ('' when any is open). */
  valid_to: string
  min_to: string
  statements: number
}

/**
 * The rows held on the day, grouped as `GROUP BY other, (start to the day or finer ? '' : start)` with min(start),
 * max(end), min(end) and sum(statements) would, in the order of the other side the store gave: a start on or before
 * the day (compared as text), an end open or not before the day's same-length prefix.
 */
function groupHeld(rows: readonly HeldRow[], at: string): HeldGroup[] {
  const groups: HeldGroup[] = []
  let other: string | undefined
  let byStart = new Map<string, HeldGroup>()
  for (const row of rows) {
    if (!(row.from <= at) || !(row.to === '' || row.to >= at.slice(0, row.to.length))) continue
    if (row.other !== other) {
      other = row.other
      byStart = new Map()
    }
    const key = row.from.length >= 10 ? '' : row.from
    const group = byStart.get(key)
    if (group === undefined) {
      const first = {
        other: row.other,
        valid_from: row.from,
        valid_to: row.to,
        min_to: row.to,
        statements: row.statements,
      }
      byStart.set(key, first)
      groups.push(first)
      continue
    }
    if (row.from < group.valid_from) group.valid_from = row.from
    if (row.to > group.valid_to) group.valid_to = row.to
    if (row.to < group.min_to) group.min_to = row.to
    group.statements += row.statements
  }
  return groups
}

/** fact_holdings rows a store keeps in memory at once (over every id read). */
const MAX_HELD_ROWS = 200_000

const heldMemos = new WeakMap<Store, { version: string; ids: Map<string, readonly HeldRow[]>; rows: number }>()

/** Every fact_holdings row of the id's side of the relation with a start, by the other side (kept per data version). */
async function heldRows(ctx: QueryContext, query: HoldingQuery): Promise<readonly HeldRow[]> {
  const version = await versionOf(ctx)
  let memo = heldMemos.get(ctx.store)
  if (!memo || memo.version !== version) {
    memo = { version, ids: new Map(), rows: 0 }
    heldMemos.set(ctx.store, memo)
  }
  const key = `${query.relation}|${query.side}|${query.id}`
  const kept = memo.ids.get(key)
  if (kept) return kept
  const other = query.side === 'object' ? 'subject' : 'object'
  const rows = await ctx.store.db
    .selectFrom('fact_holdings')
    .select([sql.ref<string>(other).as('other'), 'valid_from', 'valid_to', 'statements'])
    .where('relation', '=', query.relation)
    .where(query.side, '=', query.id)
    .where('valid_from', '!=', '')
    .orderBy(other)
    .execute()
  const held = rows.map((row) => ({
    other: row.other,
    from: row.valid_from,
    to: row.valid_to,
    statements: Number(row.statements),
  }))
  memo.ids.set(key, held)
  memo.rows += held.length
  // the oldest first: a Map iterates in insertion order
  for (const [oldest, list] of memo.ids) {
    if (memo.rows <= MAX_HELD_ROWS || oldest === key) break
    memo.ids.delete(oldest)
    memo.rows -= list.length
  }
  return held
}

interface HoldingRow {
  readonly from: string
  readonly to: string
  readonly statements: number
}

/** A learned statement as evidence: the article, the words, the confidence. */
export interface Statement {
  readonly article: string
  readonly evidence: string
  readonly confidence: number
}

/**
 * The first `limit` statements of several learned triples sharing a relation and one side, by the other side, in
 * the fixed order the facts_triple index gives (near-duplicate copies left out). One statement of fixed texts
 * asks them all, each triple's part a short walk of the index: an organization's forty members cost one query,
 * not forty. A triple's first statements do not depend on the day asked about, only on what is stored: they are
 * kept per data version (any committed write drops them all), so another day of the same organization reads only
 * the triples it has not read yet.
 */
export async function triplesEvidence(
  ctx: QueryContext,
  triples: { relation: string; side: 'subject' | 'object'; id: string; others: readonly string[] },
  limit: number,
): Promise<Map<string, Statement[]>> {
  const kept = await keptEvidence(ctx)
  const keyOf = (other: string) => `${triples.relation}|${triples.side}|${triples.id}|${other}|${limit}`
  const missing = [...new Set(triples.others)].filter((other) => !kept.has(keyOf(other)))
  const found = await readTriplesEvidence(ctx, { ...triples, others: missing }, limit)
  for (const other of missing) keep(kept, keyOf(other), found.get(other) ?? [])
  const result = new Map<string, Statement[]>()
  for (const other of triples.others) {
    const statements = kept.get(keyOf(other))
    if (statements?.length) result.set(other, statements)
  }
  return result
}

/** Triples whose first statements a store keeps in memory at once. */
const MAX_TRIPLES = 50_000

const evidenceMemos = new WeakMap<Store, { version: string; triples: Map<string, Statement[]> }>()

async function keptEvidence(ctx: QueryContext): Promise<Map<string, Statement[]>> {
  const version = await versionOf(ctx)
  let memo = evidenceMemos.get(ctx.store)
  if (!memo || memo.version !== version) {
    memo = { version, triples: new Map() }
    evidenceMemos.set(ctx.store, memo)
  }
  return memo.triples
}

function keep(kept: Map<string, Statement[]>, key: string, statements: Statement[]): void {
  kept.set(key, statements)
  // the oldest first: a Map iterates in insertion order
  if (kept.size > MAX_TRIPLES) kept.delete(kept.keys().next().value as string)
}

async function readTriplesEvidence(
  ctx: QueryContext,
  triples: { relation: string; side: 'subject' | 'object'; id: string; others: readonly string[] },
  limit: number,
): Promise<Map<string, Statement[]>> {
  const found = new Map<string, { id: string; statement: Statement }[]>()
  const [mine, other] = triples.side === 'object' ? ['object', 'subject'] : ['subject', 'object']
  for (const piece of pieces([...triples.others], 64)) {
    const arm = `select * from (select f.id, f.${other} as other, f.article_id, f.evidence_text, f.confidence
      from facts f join articles a on a.id = f.article_id
      where f.object = ? and f.relation = ? and f.subject = ? and a.near_duplicate_of is null
      order by f.id limit ${Math.trunc(limit)}) as e`
    const text = Array.from(piece, () => arm).join(' union all ')
    const parameters = piece.flatMap((otherId) => {
      const [subject, object] = mine === 'object' ? [otherId, triples.id] : [triples.id, otherId]
      return [object, triples.relation, subject]
    })
    const rows = await runSql<EvidenceRow>(ctx.store.db, text, parameters)
    for (const row of rows) {
      const list = found.get(row.other) ?? []
      list.push({
        id: row.id,
        statement: { article: row.article_id, evidence: row.evidence_text, confidence: row.confidence },
      })
      found.set(row.other, list)
    }
  }
  // a union's rows come in no promised order: each triple's statements by id, as its index walk gave them
  return new Map(
    [...found].map(([key, list]) => [
      key,
      list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((entry) => entry.statement),
    ]),
  )
}

interface EvidenceRow {
  readonly id: string
  readonly other: string
  readonly article_id: string
  readonly evidence_text: string
  readonly confidence: number
}

/**
 * Learned memberships of one organization valid on a day, one row per member (learnedHoldings), so the cost does
 * not grow with how often news repeats a membership. A start known only to the month or year containing the day
 * makes a 'possibly' row, never a member; partial ends compare as strings (an end "2023" covers every day of 2023).
 */
export async function learnedMemberships(
  ctx: QueryContext,
  org: string,
  options: MembershipQuery,
): Promise<LearnedMembership[]> {
  const holdings = await learnedHoldings(ctx, {
    relation: 'member_of',
    side: 'object',
    id: org,
    at: options.at,
    ...(options.curatedStarts ? { curatedStarts: options.curatedStarts } : {}),
  })
  const evidence = await triplesEvidence(
    ctx,
    { relation: 'member_of', side: 'object', id: org, others: holdings.map((h) => h.other) },
    options.evidence,
  )
  return holdings.map((h) => ({
    subject: h.other,
    from: h.from,
    to: h.to,
    certainty: h.certainty,
    statements: h.statements,
    evidence: evidence.get(h.other) ?? [],
  }))
}
