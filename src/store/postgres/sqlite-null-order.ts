import {
  OperationNodeTransformer,
  type KyselyPlugin,
  type OrderByItemNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely'

/**
 * SQLite sorts NULL before every value, PostgreSQL after: `order by date desc` lists undated events last in one and
 * first in the other. This plugin gives every PostgreSQL ORDER BY item without an explicit NULLS clause SQLite's
 * placement (NULLS FIRST ascending, NULLS LAST descending), so both dialects answer in the same order.
 */
export class SqliteNullOrderPlugin implements KyselyPlugin {
  readonly #transformer = new NullOrderTransformer()

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node)
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result)
  }
}

class NullOrderTransformer extends OperationNodeTransformer {
  protected override transformOrderByItem(node: OrderByItemNode, queryId?: never): OrderByItemNode {
    const item = super.transformOrderByItem(node, queryId)
    if (item.nulls !== undefined) return item
    return { ...item, nulls: isDescending(item) ? 'last' : 'first' }
  }
}

function isDescending(item: OrderByItemNode): boolean {
  const direction = item.direction as { kind?: string; sqlFragments?: readonly string[] } | undefined
  return direction?.kind === 'RawNode' && direction.sqlFragments?.join('').trim().toLowerCase() === 'desc'
}
