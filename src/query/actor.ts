import { EntenteError } from '../errors.js'
import type { QueryContext } from './context.js'

export interface ActorInfo {
  readonly id: string
  readonly name: string
  readonly kind: string
  /** True when the curated KB knows the actor. */
  readonly curated: boolean
}

/** The actor with this id, from the KB or the store, or 'query.unknown-actor'. */
export async function findActor(ctx: QueryContext, id: string): Promise<ActorInfo> {
  const curated = ctx.kb?.entity(id)
  if (curated) return { id, name: curated.name, kind: curated.kind, curated: true }
  const db = ctx.store.db
  const stored = await db.selectFrom('entities').select(['name', 'kind']).where('id', '=', id).executeTakeFirst()
  if (stored) return { id, name: stored.name, kind: stored.kind, curated: false }
  const inEvents = await db
    .selectFrom('events')
    .select('id')
    .where((eb) => eb.or([eb('source', '=', id), eb('target', '=', id)]))
    .limit(1)
    .executeTakeFirst()
  const inFacts = await db
    .selectFrom('facts')
    .select('id')
    .where((eb) => eb.or([eb('subject', '=', id), eb('object', '=', id)]))
    .limit(1)
    .executeTakeFirst()
  if (inEvents || inFacts) return { id, name: id, kind: 'unknown', curated: false }
  throw new EntenteError('query.unknown-actor', `Cannot find actor "${id}" in the knowledge base or the store`, {
    input: id,
    hint: 'Actor ids are ISO 3166 alpha-3 codes (JPN) or organization ids (NATO)',
  })
}
