import { versionOf, type QueryContext } from './context.js'
import { validAt } from './dates.js'
import { sql } from 'kysely'
import { factStart, pieces, runSql, type Store } from '../store/index.js'
import { holdingsOn, indexHeld, startCertainty, type Held, type LearnedHolding } from './held-index.js'
import { keepTriples, keptGroup, keptTriples, type KeptTriples } from './kept-triples.js'

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

export type { LearnedHolding }
export { startCertainty }

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
 * A relation held on a day, one row per other side, from fact_holdings (counted at ingest). The id's rows do not
 * depend on the day: they are read once per data version (one index range, fact_holdings_object_cover or
 * fact_holdings_subject_cover) and kept, indexed by other side (see holdingsOn), so a day costs a few steps per
 * other side in memory instead of a grouping query.
 */
export async function learnedHoldings(ctx: QueryContext, query: HoldingQuery): Promise<LearnedHolding[]> {
  return holdingsOn(await heldIndex(ctx, query), query.at, query.curatedStarts)
}

/** fact_holdings rows a store keeps in memory at once (over every id read). */
const MAX_HELD_ROWS = 200_000

const heldMemos = new WeakMap<Store, { version: string; ids: Map<string, HeldIds>; rows: number }>()

interface HeldIds {
  readonly held: readonly Held[]
  readonly rows: number
}

/** The fact_holdings rows of the id's side of the relation with a start, by the other side (kept per data version). */
async function heldIndex(ctx: QueryContext, query: HoldingQuery): Promise<readonly Held[]> {
  const version = await versionOf(ctx)
  let memo = heldMemos.get(ctx.store)
  if (!memo || memo.version !== version) {
    memo = { version, ids: new Map(), rows: 0 }
    heldMemos.set(ctx.store, memo)
  }
  const key = `${query.relation}|${query.side}|${query.id}`
  const kept = memo.ids.get(key)
  if (kept) return kept.held
  const other = query.side === 'object' ? 'subject' : 'object'
  const rows = await ctx.store.db
    .selectFrom('fact_holdings')
    .select([sql.ref<string>(other).as('other'), 'valid_from', 'valid_to', 'statements'])
    .where('relation', '=', query.relation)
    .where(query.side, '=', query.id)
    .where('valid_from', '!=', '')
    .orderBy(other)
    .execute()
  const held = indexHeld(
    rows.map((row) => ({
      other: row.other,
      from: row.valid_from,
      to: row.valid_to,
      statements: Number(row.statements),
    })),
  )
  memo.ids.set(key, { held, rows: rows.length })
  memo.rows += rows.length
  // the oldest first: a Map iterates in insertion order
  for (const [oldest, ids] of memo.ids) {
    if (memo.rows <= MAX_HELD_ROWS || oldest === key) break
    memo.ids.delete(oldest)
    memo.rows -= ids.rows
  }
  return held
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
  const memo = await keptEvidence(ctx)
  const group = `${triples.relation}|${triples.side}|${triples.id}|${limit}`
  const kept = keptGroup(memo.triples, group)
  // read before any wait: keeping what this or another call finds may drop the oldest kept, this group's among them
  const known = triples.others.map((other) => kept.get(other))
  const missing = [...new Set(triples.others.filter((_, i) => known[i] === undefined))]
  const found = missing.length
    ? await readTriplesEvidence(ctx, { ...triples, others: missing }, limit)
    : new Map<string, Statement[]>()
  const result = new Map<string, Statement[]>()
  triples.others.forEach((other, i) => {
    const statements = known[i] ?? found.get(other)
    if (statements?.length) result.set(other, statements)
  })
  keepTriples(
    memo.triples,
    group,
    missing.map((other) => [other, found.get(other) ?? []]),
  )
  return result
}

/** Triples whose first statements a store keeps in memory at once. */
const MAX_TRIPLES = 50_000

/** The kept first statements of a store's triples, for one data version. */
interface EvidenceMemo {
  readonly version: string
  readonly triples: KeptTriples<Statement[]>
}

const evidenceMemos = new WeakMap<Store, EvidenceMemo>()

async function keptEvidence(ctx: QueryContext): Promise<EvidenceMemo> {
  const version = await versionOf(ctx)
  let memo = evidenceMemos.get(ctx.store)
  if (!memo || memo.version !== version) {
    memo = { version, triples: keptTriples(MAX_TRIPLES) }
    evidenceMemos.set(ctx.store, memo)
  }
  return memo
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
