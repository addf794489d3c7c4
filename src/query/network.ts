import type { QueryContext } from './context.js'
import { checkRange } from './dates.js'
import { pieces } from '../store/index.js'

export interface NetworkEdge {
  readonly source: string
  readonly target: string
  /** Happenings (clusters, counted once), negated reports left out. */
  readonly events: number
  readonly goldstein: number
}

/** An actor of the network: its id, the short label a graph draws, and its name. */
export interface NetworkNode {
  readonly id: string
  /**
   * The id when it is a code (JPN, NATO, HAMAS); else the entity's CAMEO code (a region acting together:
   * region:west → WST); else its name (region:indo-pacific → Indo-Pacific).
   */
  readonly label: string
  readonly name: string
}

export interface Network {
  readonly from: string
  readonly to: string
  readonly actor: string | null
  /** Every actor of the edges, in the order they first appear. */
  readonly nodes: readonly NetworkNode[]
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
  const nodes = await nodesOf(ctx, [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))])
  return { from: options.from, to: options.to, actor: actor ?? null, nodes, edges }
}

/** The nodes of these ids: named from the KB, else from the entities the store learned, else by their ids. */
async function nodesOf(ctx: QueryContext, ids: readonly string[]): Promise<NetworkNode[]> {
  const unknown = ids.filter((id) => !ctx.kb?.entity(id))
  const learned = new Map<string, string>()
  for (const piece of pieces([...unknown], 500)) {
    const rows = await ctx.store.db.selectFrom('entities').select(['id', 'name']).where('id', 'in', piece).execute()
    for (const row of rows) learned.set(row.id, row.name)
  }
  return ids.map((id) => {
    const entity = ctx.kb?.entity(id)
    const name = entity?.name ?? learned.get(id) ?? id
    const code = entity?.codes?.at(-1)?.code
    return { id, label: id.includes(':') ? (code ?? name) : id, name }
  })
}
