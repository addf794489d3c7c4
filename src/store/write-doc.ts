import type { Kysely, Transaction } from 'kysely'
import { sketch } from '../dedup/index.js'
import type { Doc } from '../document.js'
import { clusterArticleEvents } from './cluster-events.js'
import { contentHash } from './content-hash.js'
import { findOriginal } from './near-duplicates.js'
import { articleEntityRows, chunks, eventRow, factRow, mentionRow } from './rows.js'
import type { Database } from './schema.js'
import type { PutResult } from './store.js'

/** Writes one document in one transaction; a failure anywhere leaves nothing of it behind. */
export async function writeDoc(db: Kysely<Database>, doc: Doc): Promise<PutResult> {
  const id = contentHash(doc.text)
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst()
    if (existing) return { status: 'duplicate', id }
    const textSketch = sketch(doc.text)
    const original = await findOriginal(trx, textSketch)
    await insertArticle(trx, doc, id, original ?? null)
    if (textSketch.bands.length > 0) {
      const bands = textSketch.bands.map((hash, band) => ({ article_id: id, band, hash }))
      await trx.insertInto('article_bands').values(bands).execute()
    }
    await insertEntities(trx, doc, id)
    for (const chunk of chunks(doc.mentions.map((m) => mentionRow(id, m)))) {
      await trx.insertInto('mentions').values(chunk).execute()
    }
    const events = doc.events.map((event, ord) => eventRow(doc, id, event, ord))
    const clusters = await clusterArticleEvents(trx, events, { mayStart: original === undefined })
    const clustered = events.map((row, i) => ({ ...row, cluster_id: clusters[i] ?? null }))
    for (const chunk of chunks(clustered, 100)) await trx.insertInto('events').values(chunk).execute()
    for (const chunk of chunks(doc.facts.map((f) => factRow(doc, id, f)))) {
      await trx.insertInto('facts').values(chunk).execute()
    }
    return original === undefined ? { status: 'stored', id } : { status: 'stored', id, nearDuplicateOf: original }
  })
}

async function insertArticle(trx: Transaction<Database>, doc: Doc, id: string, original: string | null) {
  const last = await trx
    .selectFrom('articles')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst()
  await trx
    .insertInto('articles')
    .values({
      id,
      seq: Number(last?.seq ?? 0) + 1,
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
  for (const chunk of chunks(entities)) {
    await trx
      .insertInto('entities')
      .values(chunk)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
  }
  for (const chunk of chunks(articleEntityRows(doc, id))) {
    await trx.insertInto('article_entities').values(chunk).execute()
  }
}
