import type { Transaction } from 'kysely'
import type { CodedEvent, Doc, Fact, Mention } from '../document.js'
import type { ArticleEntityTable, Database, EventTable, FactTable, MentionTable } from './schema.js'
import { marks, pieces, runSql } from './sql-text.js'

/** Doc layers as table rows. Ids are made global by prefixing the article id: "<article>:<local id>". */
export function mentionRow(articleId: string, mention: Mention): MentionTable {
  return {
    id: `${articleId}:${mention.id}`,
    article_id: articleId,
    local_id: mention.id,
    start_offset: mention.start,
    end_offset: mention.end,
    text: mention.text,
    type: mention.type,
    form: mention.form,
    entity: mention.entity ?? null,
    kind: mention.kind ?? null,
    confidence: mention.confidence,
    unlinked: mention.unlinked ?? null,
    antecedent: mention.antecedent ?? null,
    role: mention.role ? JSON.stringify(mention.role) : null,
  }
}

export function eventRow(doc: Doc, articleId: string, event: CodedEvent, ord: number): EventTable {
  return {
    id: `${articleId}:${event.id}`,
    article_id: articleId,
    local_id: event.id,
    ord,
    source: event.source?.entity ?? null,
    source_mention: event.source?.mention ?? null,
    source_via: event.source?.via ?? null,
    target: event.target?.entity ?? null,
    target_mention: event.target?.mention ?? null,
    target_via: event.target?.via ?? null,
    source_code: event.source?.code ?? null,
    target_code: event.target?.code ?? null,
    cameo: event.cameo,
    root: event.cameo.slice(0, 2),
    plover: event.plover ?? null,
    goldstein: event.goldstein,
    quad: event.quad,
    negated: event.negated ? 1 : 0,
    modality: event.modality,
    date: event.date?.value ?? null,
    date_precision: event.date?.precision ?? null,
    date_after: event.dateAfter ?? null,
    place: event.place ?? null,
    confidence: event.confidence,
    trigger_start: event.trigger.start,
    trigger_end: event.trigger.end,
    evidence_start: event.evidence.start,
    evidence_end: event.evidence.end,
    evidence_text: doc.text.slice(event.evidence.start, event.evidence.end),
    sentence: event.sentence,
    rule: event.rule,
    cluster_id: null,
  }
}

export function factRow(doc: Doc, articleId: string, fact: Fact): FactTable {
  return {
    id: `${articleId}:${fact.id}`,
    article_id: articleId,
    local_id: fact.id,
    relation: fact.relation,
    subject: fact.subject,
    object: fact.object,
    valid_from: fact.start ?? null,
    valid_to: fact.end ?? null,
    start_after: fact.startAfter ?? null,
    at: fact.at ?? null,
    attributes: JSON.stringify(fact.attributes),
    learned: fact.learned ? 1 : 0,
    confidence: fact.confidence,
    evidence_start: fact.evidence.start,
    evidence_end: fact.evidence.end,
    evidence_text: doc.text.slice(fact.evidence.start, fact.evidence.end),
  }
}

export function articleEntityRows(doc: Doc, articleId: string): ArticleEntityTable[] {
  return doc.entities.map((entity) => ({
    article_id: articleId,
    entity_id: entity.id,
    kind: entity.kind,
    name: entity.name,
    acts_for: entity.actsFor ?? null,
    role: entity.role ? JSON.stringify(entity.role) : null,
    mentions: JSON.stringify(entity.mentions),
  }))
}

/** Splits rows into chunks small enough for one multi-row insert on every dialect. */
export function chunks<T>(rows: readonly T[], size = 200): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size))
  return out
}

/** Bound values per statement: below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000

/**
 * Inserts rows (all with the same columns, in the same key order) as few multi-row statements as the bound-value
 * limit allows, written here: building and compiling each value through Kysely's query builder cost more than
 * SQLite spends running the insert. Rows go in pieces of 2^k rows, so a table is written by a handful of distinct
 * statement texts, each prepared once. The values are bound exactly as Kysely binds them. `suffix` is trusted SQL
 * (an ON CONFLICT clause).
 */
export async function insertRows<T extends object>(
  trx: Transaction<Database>,
  table: keyof Database & string,
  rows: readonly T[],
  suffix = '',
): Promise<void> {
  const first = rows[0]
  if (first === undefined) return
  const columns = Object.keys(first)
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `
  const tuple = `(${marks(columns.length)})`
  let largest = 256
  while (largest > 1 && largest * columns.length > MAX_PARAMETERS) largest >>= 1
  for (const piece of pieces(rows, largest)) {
    const parameters: unknown[] = []
    for (const row of piece) {
      const values = row as Record<string, unknown>
      for (const column of columns) parameters.push(values[column] ?? null)
    }
    await runSql(trx, head + tuple + `, ${tuple}`.repeat(piece.length - 1) + suffix, parameters)
  }
}

/**
 * When a learned fact is known to hold from: its stated start, else its lower bound, else the day it was stated,
 * else the article's publication date. Queries at a date and the counted holdings both use this one rule.
 */
export function factStart(
  fact: Pick<FactTable, 'valid_from' | 'start_after' | 'at'>,
  published: string | null | undefined,
): string | null {
  return fact.valid_from ?? fact.start_after ?? fact.at ?? published?.slice(0, 10) ?? null
}
