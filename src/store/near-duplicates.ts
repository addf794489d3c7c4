import type { Transaction } from 'kysely'
import { isNearDuplicate, mayBeNearDuplicate, parseSignature, shingles, signatureText } from '../dedup/index.js'
import { storedBodyText, type Sketch } from '../dedup/index.js'
import { insertRows } from './rows.js'
import type { Database } from './schema.js'
import { marks, runSql } from './sql-text.js'
import { isPostgres } from './write-transaction.js'

/**
 * How many LSH candidates (most shared bands first) are judged. A near-duplicate shares several bands; articles
 * that are merely alike (one subject, one house style) share one or two, and a full store holds thousands of them.
 */
const MAX_CANDIDATES = 20

/**
 * The original this text nearly duplicates (following links to the first copy), or undefined. The work is bounded
 * whatever the store holds: the LSH look-up counts shared bands in SQL and keeps the best MAX_CANDIDATES; those
 * are judged from their stored signatures, and only the few that may be near-duplicates are read and confirmed on
 * their exact shingles (an article stored without a signature is always read).
 */
export async function findOriginal(trx: Transaction<Database>, sketch: Sketch): Promise<string | undefined> {
  if (sketch.bands.length === 0) return undefined
  const hits = await runSql<{ article_id: string }>(
    trx,
    bandsQuery(sketch.bands.length, isPostgres(trx)),
    sketch.bands.flatMap((hash, band) => [hash, band]),
  )
  if (hits.length === 0) return undefined
  const ids = hits.map((hit) => hit.article_id)
  const sketches = await runSql<{ article_id: string; shingles: number; signature: string }>(
    trx,
    `select article_id, shingles, signature from article_sketches where article_id in (${marks(ids.length)})`,
    ids,
  )
  const judged = new Map(sketches.map((row) => [row.article_id, row]))
  const worthReading = ids.filter((id) => {
    const stored = judged.get(id)
    const signature = stored && parseSignature(stored.signature)
    return !stored || !signature || mayBeNearDuplicate(sketch, { signature, size: Number(stored.shingles) })
  })
  if (worthReading.length === 0) return undefined
  const candidates = await runSql<{ id: string; seq: number; text: string; near_duplicate_of: string | null }>(
    trx,
    `select id, seq, text, near_duplicate_of from articles where id in (${marks(worthReading.length)})`,
    worthReading,
  )
  const confirmed = candidates
    .filter((candidate) => isNearDuplicate(sketch.shingles, shingles(storedBodyText(candidate.text))))
    .sort((a, b) => Number(a.seq) - Number(b.seq))
  const first = confirmed[0]
  return first ? (first.near_duplicate_of ?? first.id) : undefined
}

const BANDS_QUERIES = new Map<string, string>()

/**
 * The articles sharing most of n (hash, band) pairs: the pairs are a VALUES table joined to article_bands on its
 * primary key, each a seek whose rows are counted as they come (an OR of the pairs made SQLite gather the matching
 * rows' ids into a set first; similar articles share ~1,300 rows a look-up in a 20k-article store). The same rows,
 * counts and order.
 */
function bandsQuery(n: number, postgres: boolean): string {
  const id = `${n} ${postgres}`
  let text = BANDS_QUERIES.get(id)
  if (text !== undefined) return text
  // PostgreSQL compares the store's text columns in the "C" collation: the table's text must be in it too
  const pair = postgres ? '(cast(? as text) collate "C", cast(? as integer))' : '(cast(? as text), cast(? as integer))'
  // CROSS JOIN keeps the pairs outermost in SQLite
  text =
    `with k(h, b) as (values ${Array(n).fill(pair).join(', ')}) select a.article_id, count(*) as shared` +
    ' from k cross join article_bands a where a.hash = k.h and a.band = k.b' +
    ` group by a.article_id order by shared desc, a.article_id limit ${MAX_CANDIDATES}`
  if (BANDS_QUERIES.size >= 64) BANDS_QUERIES.clear()
  BANDS_QUERIES.set(id, text)
  return text
}

/** Stores an article's LSH bands and signature, so later articles find it (texts too short to judge have none). */
export async function rememberSketch(trx: Transaction<Database>, articleId: string, sketch: Sketch): Promise<void> {
  if (sketch.bands.length === 0 || sketch.signature === undefined) return
  const bands = sketch.bands.map((hash, band) => ({ article_id: articleId, band, hash }))
  await insertRows(trx, 'article_bands', bands)
  await insertRows(trx, 'article_sketches', [
    { article_id: articleId, shingles: sketch.size, signature: signatureText(sketch.signature) },
  ])
}
