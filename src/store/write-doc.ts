import type { Kysely, Transaction } from 'kysely'
import { bodyText, sketch } from '../dedup/index.js'
import type { Doc } from '../document.js'
import { clusterArticleEvents } from './cluster-events.js'
import { articleId as contentHash } from '../ingest/index.js'
import { findOriginal, rememberSketch } from './near-duplicates.js'
import { articleEntityRows, eventRow, factRow, factStart, insertRows, mentionRow } from './rows.js'
import type { Database, FactHoldingTable, FactTable } from './schema.js'
import type { PutResult } from './store.js'
import { writeTransaction } from './write-transaction.js'
import { nextArticleSeq } from './numbers.js'

/** Writes one document in one transaction; a failure anywhere leaves nothing of it behind. */
export async function writeDoc(db: Kysely<Database>, doc: Doc): Promise<PutResult> {
  const id = contentHash(doc.text)
  return writeTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst()
    if (existing) return { status: 'duplicate', id }
    // syndicated copies differ in page furniture (headline, byline, share counters): compare the body only
    const textSketch = sketch(bodyText(doc))
    const original = await findOriginal(trx, textSketch)
    await insertArticle(trx, doc, id, original ?? null)
    await rememberSketch(trx, id, textSketch)
    await insertEntities(trx, doc, id)
    await insertRows(
      trx,
      'mentions',
      doc.mentions.map((m) => mentionRow(id, m)),
    )
    const events = doc.events.map((event, ord) => eventRow(doc, id, event, ord))
    const clusters = await clusterArticleEvents(trx, events, { mayStart: original === undefined })
    const clustered = events.map((row, i) => ({ ...row, cluster_id: clusters[i] ?? null }))
    await insertRows(trx, 'events', clustered)
    const facts = doc.facts.map((f) => factRow(doc, id, f))
    await insertRows(trx, 'facts', facts)
    if (original === undefined) await countHoldings(trx, facts, doc.published)
    return original === undefined ? { status: 'stored', id } : { status: 'stored', id, nearDuplicateOf: original }
  })
}

/** Adds this article's statements to fact_holdings in one statement (near-duplicate copies are not counted). */
async function countHoldings(trx: Transaction<Database>, facts: readonly FactTable[], published: string | undefined) {
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
    const key = JSON.stringify(row)
    const known = keys.get(key)
    keys.set(key, { ...row, statements: (known?.statements ?? 0) + 1 })
  }
  // each key once (a statement may not update one row twice), so "excluded" is this article's whole count
  await insertRows(
    trx,
    'fact_holdings',
    [...keys.values()],
    ' on conflict ("relation", "object", "subject", "valid_from", "valid_to") do update set "statements" = "fact_holdings"."statements" + excluded."statements"',
  )
}

async function insertArticle(trx: Transaction<Database>, doc: Doc, id: string, original: string | null) {
  await trx
    .insertInto('articles')
    .values({
      id,
      seq: await nextArticleSeq(trx),
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
    })
    .execute()
}

async function insertEntities(trx: Transaction<Database>, doc: Doc, id: string) {
  const entities = doc.entities.map((entity) => ({ id: entity.id, kind: entity.kind, name: entity.name }))
  await insertRows(trx, 'entities', entities, ' on conflict ("id") do nothing')
  await insertRows(trx, 'article_entities', articleEntityRows(doc, id))
}
