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
 * whatever the store holds: the LSH look-up reads at most MAX_PAIR_ROWS articles of each band and keeps the
 * MAX_CANDIDATES sharing most bands; those are judged from their stored signatures, and only the few that may be
 * near-duplicates are read and confirmed on their exact shingles (an article stored without a signature is always
 * read).
 */
export async function findOriginal(trx: Transaction<Database>, sketch: Sketch): Promise<string | undefined> {
  if (sketch.bands.length === 0) return undefined
  const rows = await runSql<{ article_id: string }>(
    trx,
    bandsQuery(sketch.bands.length, isPostgres(trx)),
    sketch.bands.flatMap((hash, band) => [hash, band]),
  )
  const ids = bestShared(rows)
  if (ids.length === 0) return undefined
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

/**
 * How many stored articles of one (band, hash) pair are read. Articles on one subject in one house style share a few
 * bands with thousands of others (a 20k-article store's commonest pair holds ~1,800): reading them all was most of
 * the look-up's ~1,300 rows, to rank candidates that share one or two bands. A copy shares most of its bands; a pair
 * gives its first MAX_PAIR_ROWS articles (by id), so even a story stored in hundreds of copies finds some of them,
 * and every copy leads to the same original.
 */
export const MAX_PAIR_ROWS = 64

/** The articles of the rows (one per shared pair) sharing most pairs, most first, then by id: MAX_CANDIDATES. */
function bestShared(rows: readonly { article_id: string }[]): string[] {
  const shared = new Map<string, number>()
  for (const { article_id: id } of rows) shared.set(id, (shared.get(id) ?? 0) + 1)
  return [...shared]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id)
}

const BANDS_QUERIES = new Map<string, string>()

/**
 * Up to MAX_PAIR_ROWS stored articles of each of n (hash, band) pairs, one seek of article_bands' primary key each
 * (a branch with its own limit: no pair's rows crowd out another's). Ids compare in byte order in both databases
 * (SQLite's BINARY, PostgreSQL's "C"), so the same rows come back from either.
 */
export function bandsQuery(n: number, postgres: boolean): string {
  const id = `${n} ${postgres}`
  let text = BANDS_QUERIES.get(id)
  if (text !== undefined) return text
  // PostgreSQL compares the store's text columns in the "C" collation: the parameter must be in it too
  const hash = postgres ? 'cast(? as text) collate "C"' : 'cast(? as text)'
  const branch =
    `select * from (select article_id from article_bands where hash = ${hash} and band = cast(? as integer)` +
    ` order by article_id limit ${MAX_PAIR_ROWS}) p`
  text = Array.from({ length: n }, (_, i) => `${branch}${i}`).join(' union all ')
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
