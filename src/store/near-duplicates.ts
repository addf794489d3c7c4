import type { Transaction } from 'kysely'
import { isNearDuplicate, mayBeNearDuplicate, parseSignature, shingles, signatureText } from '../dedup/index.js'
import { storedBodyText, type Sketch } from '../dedup/index.js'
import type { Database } from './schema.js'

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
  const hits = await trx
    .selectFrom('article_bands')
    .select((eb) => ['article_id', eb.fn.countAll<number>().as('shared')])
    .where((eb) => eb.or(sketch.bands.map((hash, band) => eb.and([eb('hash', '=', hash), eb('band', '=', band)]))))
    .groupBy('article_id')
    .orderBy('shared', 'desc')
    .orderBy('article_id')
    .limit(MAX_CANDIDATES)
    .execute()
  if (hits.length === 0) return undefined
  const ids = hits.map((hit) => hit.article_id)
  const sketches = await trx
    .selectFrom('article_sketches')
    .select(['article_id', 'shingles', 'signature'])
    .where('article_id', 'in', ids)
    .execute()
  const judged = new Map(sketches.map((row) => [row.article_id, row]))
  const worthReading = ids.filter((id) => {
    const stored = judged.get(id)
    const signature = stored && parseSignature(stored.signature)
    return !stored || !signature || mayBeNearDuplicate(sketch, { signature, size: stored.shingles })
  })
  if (worthReading.length === 0) return undefined
  const candidates = await trx
    .selectFrom('articles')
    .select(['id', 'seq', 'text', 'near_duplicate_of'])
    .where('id', 'in', worthReading)
    .execute()
  const confirmed = candidates
    .filter((candidate) => isNearDuplicate(sketch.shingles, shingles(storedBodyText(candidate.text))))
    .sort((a, b) => a.seq - b.seq)
  const first = confirmed[0]
  return first ? (first.near_duplicate_of ?? first.id) : undefined
}

/** Stores an article's LSH bands and signature, so later articles find it (texts too short to judge have none). */
export async function rememberSketch(trx: Transaction<Database>, articleId: string, sketch: Sketch): Promise<void> {
  if (sketch.bands.length === 0 || sketch.signature === undefined) return
  const bands = sketch.bands.map((hash, band) => ({ article_id: articleId, band, hash }))
  await trx.insertInto('article_bands').values(bands).execute()
  await trx
    .insertInto('article_sketches')
    .values({ article_id: articleId, shingles: sketch.shingles.size, signature: signatureText(sketch.signature) })
    .execute()
}
