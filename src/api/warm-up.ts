import type { FastifyInstance } from 'fastify'
import { busiest, type QueryContext } from '../query/index.js'

/** Actors whose dossiers the warm-up asks for (their monthly sums are then in memory), and how long it may take. */
const ACTORS = 64
const ORGS = 16
const PAIRS_OF = 8
const MAX_MS = 5_000

/**
 * Asks the server's own read routes what analysts ask most, before it listens: a fresh server's first requests
 * cost ~10x a later one (each actor's monthly sums and each organization's holdings are read once per data
 * version, and V8 compiles the routes' code as they run), and under load those first requests queue behind each
 * other. The busiest actors' dossiers on a few days, the busiest organizations' members, dyads among the first
 * actors and their events pages; it stops at the first answer that is not 200 and after `maxMs` (MAX_MS). Returns
 * how many were answered.
 */
export async function warmUp(
  app: FastifyInstance,
  ctx: QueryContext,
  { maxMs = MAX_MS }: { readonly maxMs?: number } = {},
): Promise<number> {
  const started = Date.now()
  const { actors, orgs } = await busiest(ctx, ACTORS)
  const day = new Date()
  const days = [0, 1, 3, 6].map((years) => {
    const back = new Date(day)
    back.setUTCFullYear(day.getUTCFullYear() - years)
    return back.toISOString().slice(0, 10)
  })
  const first = actors.slice(0, PAIRS_OF)
  const urls = [
    ...actors.map((actor) => `/api/actors/${actor}?at=${days[0]}`),
    ...orgs.slice(0, ORGS).flatMap((org) => days.map((at) => `/api/orgs/${org}/members?at=${at}`)),
    ...first.flatMap((a) => first.filter((b) => b !== a).map((b) => `/api/dyads/${a}/${b}?by=month`)),
    ...first.flatMap((actor) => [`/api/events?involving=${actor}&limit=50`, `/api/events?actor=${actor}&limit=50`]),
    ...first.flatMap((a) => days.slice(1).map((at) => `/api/actors/${a}?at=${at}`)),
  ]
  let answered = 0
  for (const url of urls) {
    if (Date.now() - started > maxMs) break
    const answer = await app.inject({ method: 'GET', url })
    if (answer.statusCode !== 200) break
    answered++
  }
  return answered
}
