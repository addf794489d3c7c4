import type { QueryContext } from './context.js'

export interface SearchHit {
  readonly id: string
  readonly name: string
  readonly kind: string
  /** curated: the knowledge base; learned: only named in stored news. */
  readonly origin: 'curated' | 'learned'
}

/** Entities whose id, name or alias matches, KB first (ranked by the KB), then names learned from news. */
export async function searchEntities(ctx: QueryContext, text: string, limit = 20): Promise<SearchHit[]> {
  const curated: SearchHit[] = (ctx.kb?.search?.(text, limit) ?? []).map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    origin: 'curated',
  }))
  const words = text.trim()
  if (words === '' || curated.length >= limit) return curated
  const pattern = `%${words.replace(/[%_\\]/g, (c) => `\\${c}`)}%`
  const learned = await ctx.store.db
    .selectFrom('entities')
    .select(['id', 'name', 'kind'])
    .where((eb) => eb.or([eb('name', 'like', eb.val(pattern)), eb('id', 'like', eb.val(pattern))]))
    .orderBy('name')
    .orderBy('id')
    .limit(limit * 2)
    .execute()
  const seen = new Set(curated.map((hit) => hit.id))
  const extra = learned.filter((row) => !seen.has(row.id) && !ctx.kb?.entity(row.id))
  return [...curated, ...extra.map((row): SearchHit => ({ ...row, origin: 'learned' }))].slice(0, limit)
}
