import type { Transaction } from 'kysely'
import { isNearDuplicate, shingles, storedBodyText, type Sketch } from '../dedup/index.js'
import type { Database } from './schema.js'

/** How many LSH candidates (most shared bands first) are confirmed against their exact shingles. */
const MAX_CANDIDATES = 5

/** The original this text nearly duplicates (following links to the first copy), or undefined. */
export async function findOriginal(trx: Transaction<Database>, sketch: Sketch): Promise<string | undefined> {
  if (sketch.bands.length === 0) return undefined
  const hits = await trx
    .selectFrom('article_bands')
    .select(['article_id', 'band', 'hash'])
    .where('hash', 'in', [...sketch.bands])
    .execute()
  const shared = new Map<string, number>()
  for (const hit of hits) {
    if (sketch.bands[hit.band] === hit.hash) shared.set(hit.article_id, (shared.get(hit.article_id) ?? 0) + 1)
  }
  if (shared.size === 0) return undefined
  const ids = [...shared]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id)
  const candidates = await trx
    .selectFrom('articles')
    .select(['id', 'seq', 'text', 'near_duplicate_of'])
    .where('id', 'in', ids)
    .execute()
  const confirmed = candidates
    .filter((candidate) => isNearDuplicate(sketch.shingles, shingles(storedBodyText(candidate.text))))
    .sort((a, b) => a.seq - b.seq)
  const first = confirmed[0]
  return first ? (first.near_duplicate_of ?? first.id) : undefined
}
