import type { QueryContext } from './context.js'
import { checkRange } from './dates.js'

export interface NetworkEdge {
  readonly source: string
  readonly target: string
  /** Happenings (clusters, counted once), negated reports left out. */
  readonly events: number
  readonly goldstein: number
}

export interface Network {
  readonly from: string
  readonly to: string
  readonly actor: string | null
  readonly edges: readonly NetworkEdge[]
}

/** Who acts on whom in a period: the heaviest directed edges, with mean Goldstein; only one actor's when given. */
export async function actorNetwork(
  ctx: QueryContext,
  options: { from: string; to: string; actor?: string; limit: number },
): Promise<Network> {
  checkRange(options)
  let query = ctx.store.db
    .selectFrom('event_clusters')
    .select((eb) => ['source', 'target', eb.fn.countAll<number>().as('n'), eb.fn.avg<number>('goldstein').as('g')])
    .where('source', 'is not', null)
    .where('target', 'is not', null)
    .where('negated', '=', 0)
    .where('date', '>=', options.from)
    .where('date', '<=', options.to)
    .groupBy(['source', 'target'])
  const actor = options.actor
  if (actor !== undefined) query = query.where((eb) => eb.or([eb('source', '=', actor), eb('target', '=', actor)]))
  const rows = await query.execute()
  const edges = rows
    .filter((row) => row.source !== row.target)
    .map((row) => ({
      source: row.source as string,
      target: row.target as string,
      events: Number(row.n),
      goldstein: Math.round(Number(row.g) * 100) / 100,
    }))
    .sort((a, b) => b.events - a.events || a.source.localeCompare(b.source) || a.target.localeCompare(b.target))
    .slice(0, options.limit)
  return { from: options.from, to: options.to, actor: actor ?? null, edges }
}
