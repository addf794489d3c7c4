import type { QueryContext } from './context.js'

export interface StoreCounts {
  readonly articles: number
  readonly events: number
  readonly facts: number
}

/** How much the store holds. */
export async function storeCounts(ctx: QueryContext): Promise<StoreCounts> {
  const count = async (table: 'articles' | 'events' | 'facts') => {
    const row = await ctx.store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }
  return { articles: await count('articles'), events: await count('events'), facts: await count('facts') }
}
