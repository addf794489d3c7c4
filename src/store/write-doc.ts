import type { Kysely } from 'kysely'
import { bodyText, sketchWith } from '../dedup/index.js'
import type { Doc } from '../document.js'
import { clusterArticleEvents } from './cluster-events.js'
import { articleId as contentHash } from '../ingest/index.js'
import { findOriginal, rememberSketch } from './near-duplicates.js'
import { nextArticleSeq, writeScope, type WriteScope } from './numbers.js'
import { articleEntityRows, eventRow, factRow, factStart, insertRows, mentionRow } from './rows.js'
import type { Database, FactHoldingTable, FactTable } from './schema.js'
import { runSql } from './sql-text.js'
import type { PutResult } from './store.js'
import { writeTransaction } from './write-transaction.js'

/**
 * Writes documents in one transaction, in order, each as `writeDoc` would: a failure anywhere leaves nothing of
 * any of them behind. Several articles a transaction share one commit (the larger part of a small article's write).
 */
export async function writeDocs(db: Kysely<Database>, docs: readonly Doc[]): Promise<PutResult[]> {
  if (docs.length === 0) return []
  const ids = docs.map((doc) => contentHash(doc.text))
  return writeTransaction(db, async (trx) => {
    const scope = writeScope(trx)
    const results: PutResult[] = []
    for (const [i, doc] of docs.entries()) results.push(await writeOne(scope, doc, ids[i] as string))
    return results
  })
}

/** Writes one document in one transaction; a failure anywhere leaves nothing of it behind. */
export async function writeDoc(db: Kysely<Database>, doc: Doc): Promise<PutResult> {
  return (await writeDocs(db, [doc]))[0] as PutResult
}

async function writeOne(scope: WriteScope, doc: Doc, id: string): Promise<PutResult> {
  const { trx } = scope
  const existing = await runSql(trx, 'select id from articles where id = ?', [id])
  if (existing.length > 0) return { status: 'duplicate', id }
  // syndicated copies differ in page furniture (headline, byline, share counters): compare the body only; the
  // analysis threads may have made the body's signature already (doc.sketch)
  const textSketch = sketchWith(bodyText(doc), doc.sketch)
  const original = await findOriginal(trx, textSketch)
  await insertArticle(scope, doc, id, original ?? null)
  await rememberSketch(trx, id, textSketch)
  await insertEntities(scope, doc, id)
  await insertRows(
    trx,
    'mentions',
    doc.mentions.map((m) => mentionRow(id, m)),
  )
  const events = doc.events.map((event, ord) => eventRow(doc, id, event, ord))
  const clusters = await clusterArticleEvents(scope, events, { mayStart: original === undefined })
  const clustered = events.map((row, i) => ({ ...row, cluster_id: clusters[i] ?? null }))
  await insertRows(trx, 'events', clustered)
  const facts = doc.facts.map((f) => factRow(doc, id, f))
  await insertRows(trx, 'facts', facts)
  if (original === undefined) await countHoldings(scope, facts, doc.published)
  return original === undefined ? { status: 'stored', id } : { status: 'stored', id, nearDuplicateOf: original }
}

/** Adds this article's statements to fact_holdings in one statement (near-duplicate copies are not counted). */
async function countHoldings(scope: WriteScope, facts: readonly FactTable[], published: string | undefined) {
  const keys = new Map<string, FactHoldingTable>()
  for (const f of facts) {
    const from = factStart(f, published) ?? ''
    const row = {
      relation: f.relation,
      object: f.object,
      subject: f.subject,
      valid_from: from,
      valid_to: f.valid_to ?? '',
    }
    const key = JSON.stringify([row.relation, row.object, row.subject, row.valid_from, row.valid_to])
    const known = keys.get(key)
    keys.set(key, { ...row, statements: (known?.statements ?? 0) + 1 })
  }
  // each key once (a statement may not update one row twice), so "excluded" is this article's whole count
  await insertRows(
    scope.trx,
    'fact_holdings',
    [...keys.values()],
    ' on conflict ("relation", "object", "subject", "valid_from", "valid_to") do update set "statements" = "fact_holdings"."statements" + excluded."statements"',
  )
}

async function insertArticle(scope: WriteScope, doc: Doc, id: string, original: string | null) {
  const row = {
    id,
    ...(scope.postgres ? {} : { seq: await nextArticleSeq(scope) }),
    text: doc.text,
    title: doc.title ?? null,
    url: doc.url ?? null,
    source: JSON.stringify(doc.source),
    source_name: doc.source.name ?? null,
    published: doc.published ?? null,
    ingested_at: new Date().toISOString(),
    zones: JSON.stringify(doc.zones),
    sentences: JSON.stringify(doc.sentences.map((s) => [s.start, s.end])),
    diagnostics: JSON.stringify(doc.diagnostics),
    near_duplicate_of: original,
  }
  await insertRows(scope.trx, 'articles', [row])
}

async function insertEntities(scope: WriteScope, doc: Doc, id: string) {
  const entities = doc.entities.map((entity) => ({ id: entity.id, kind: entity.kind, name: entity.name }))
  await insertRows(scope.trx, 'entities', entities, ' on conflict ("id") do nothing')
  await insertRows(scope.trx, 'article_entities', articleEntityRows(doc, id))
}
