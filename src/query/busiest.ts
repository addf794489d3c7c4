import { runSql } from '../store/index.js'
import type { QueryContext } from './context.js'

export interface Busiest {
  /** Actors by how many happenings (clusters, negated ones left out) they are a side of, most first. */
  readonly actors: readonly string[]
  /** Organizations by how many learned memberships news states of them, most first. */
  readonly orgs: readonly string[]
}

/** The actors and organizations a server is asked about most likely: the ones the store knows most about. */
export async function busiest(ctx: QueryContext, limit: number): Promise<Busiest> {
  const actors = await runSql<{ actor: string }>(ctx.store.db, ACTORS, [limit])
  const orgs = await runSql<{ org: string }>(ctx.store.db, ORGS, [limit])
  return { actors: actors.map((row) => row.actor), orgs: orgs.map((row) => row.org) }
}

const ACTORS = `select actor from actor_months where clusters > 0 group by actor
  order by sum(clusters) desc, actor limit ?`
const ORGS = `select object as org from fact_holdings where relation = 'member_of' group by object
  order by count(*) desc, object limit ?`
