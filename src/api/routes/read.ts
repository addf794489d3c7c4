import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  actorDossier,
  actorNetwork,
  articleView,
  decodeCursor,
  dyadSeries,
  eventDetail,
  eventPage,
  MAX_PAGE,
  membersAt,
  parseFrom,
  parseTo,
  searchEntities,
  today,
  forOneAnswer,
  type QueryContext,
} from '../../query/index.js'
import { forField } from '../problem.js'
import * as S from '../schemas.js'

const errors = { 400: S.problem('malformed value'), 404: S.problem('unknown id') }

/** The read-only routes: each parses its input and calls the query module the CLI uses. */
export function readRoutes(ctx: QueryContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/search',
      {
        schema: {
          summary: 'Entities by name or alias (KB and learned from news)',
          querystring: z.object({
            q: z.string().min(1).max(200),
            limit: z.coerce.number().int().min(1).max(100).default(20),
          }),
          response: { 200: S.SearchResult, 400: S.problem('malformed value') },
        },
      },
      async (request) => ({
        q: request.query.q,
        hits: await searchEntities(forOneAnswer(ctx), request.query.q, request.query.limit),
      }),
    )

    app.get(
      '/api/actors/:id',
      {
        schema: {
          summary: 'The dossier of an actor on a day',
          params: z.object({ id: S.ActorId }),
          querystring: z.object({ at: S.Day.optional(), limit: z.coerce.number().int().min(1).max(100).default(10) }),
          response: { 200: S.Dossier, ...errors },
        },
      },
      (request) =>
        actorDossier(forOneAnswer(ctx), request.params.id, {
          at: request.query.at ?? today(),
          limit: request.query.limit,
        }),
    )

    app.get(
      '/api/orgs/:id/members',
      {
        schema: {
          summary: 'Members of an organization on a day, curated and learned',
          params: z.object({ id: S.ActorId }),
          querystring: z.object({ at: S.Day.optional() }),
          response: { 200: S.Members, ...errors },
        },
      },
      (request) => membersAt(forOneAnswer(ctx), request.params.id, { at: request.query.at ?? today() }),
    )

    app.get(
      '/api/dyads/:a/:b',
      {
        schema: {
          summary: 'Cooperation–conflict series of two actors, each happening counted once',
          params: z.object({ a: S.ActorId, b: S.ActorId }),
          querystring: z.object({
            from: S.PartialDate.default('1900'),
            to: S.PartialDate.optional(),
            by: z.enum(['week', 'month', 'year']).default('month'),
          }),
          response: { 200: S.Dyad, ...errors },
        },
      },
      (request) => {
        const { from, to, by } = request.query
        const range = { from: parseFrom(from), to: parseTo(to ?? today()) }
        return dyadSeries(forOneAnswer(ctx), request.params, { ...range, by })
      },
    )

    app.get(
      '/api/events',
      {
        schema: {
          summary: 'Event reports, newest stored first, a page at a time',
          querystring: z.object({
            ...EventFilterQuery,
            cursor: z.string().min(1).max(200).optional(),
            limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50),
          }),
          response: { 200: S.EventPage, ...errors },
        },
      },
      (request) => {
        const { cursor, limit, ...filter } = request.query
        if (cursor !== undefined) forField('cursor', () => decodeCursor(cursor))
        return eventPage(forOneAnswer(ctx), {
          ...eventFilterOf(filter),
          ...(cursor !== undefined ? { cursor } : {}),
          limit,
        })
      },
    )

    app.get(
      '/api/events/:id',
      {
        schema: {
          summary: 'One event report with its coding and its evidence in every reporting article',
          params: z.object({ id: z.string().min(1).max(200) }),
          response: { 200: S.EventDetail, ...errors },
        },
      },
      (request) => eventDetail(forOneAnswer(ctx), request.params.id),
    )

    app.get(
      '/api/articles/:id',
      {
        schema: {
          summary: 'An article: its text, zones and the spans of mentions, events and facts',
          params: z.object({ id: z.string().min(1).max(200) }),
          response: { 200: S.Article, ...errors },
        },
      },
      (request) => articleView(forOneAnswer(ctx), request.params.id),
    )

    app.get(
      '/api/network',
      {
        schema: {
          summary: 'Who acts on whom in a period (directed edges, mean Goldstein), optionally around one actor',
          querystring: z.object({
            from: S.PartialDate.default('1900'),
            to: S.PartialDate.optional(),
            actor: S.ActorId.optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: { 200: S.Network, 400: S.problem('malformed value') },
        },
      },
      (request) => {
        const { from, to, actor, limit } = request.query
        return actorNetwork(forOneAnswer(ctx), {
          from: parseFrom(from),
          to: parseTo(to ?? today()),
          limit,
          ...(actor !== undefined ? { actor } : {}),
        })
      },
    )
  }
}

/** The object without its undefined values (the query filters take absent keys, not undefined ones). */
/** The event filters of `GET /api/events`, shared with `GET /api/export`. */
export const EventFilterQuery = {
  actor: S.ActorId.optional().describe('source actor'),
  target: S.ActorId.optional(),
  involving: S.ActorId.optional().describe('either side'),
  code: z
    .string()
    .regex(/^\d{2,4}$/, 'expected CAMEO digits such as 04 or 043')
    .optional(),
  root: z
    .string()
    .regex(/^\d{2}$/, 'expected a two-digit CAMEO root such as 04')
    .optional(),
  quad: z.coerce.number().int().min(1).max(4).optional(),
  from: S.PartialDate.optional(),
  to: S.PartialDate.optional(),
  negated: z.enum(['true', 'false']).optional(),
  modality: z.string().min(1).max(40).optional(),
}

/** Those filters, parsed, as the query module takes them. */
export function eventFilterOf(query: z.infer<z.ZodObject<typeof EventFilterQuery>>) {
  const { from, to, negated, quad, ...rest } = query
  return {
    ...definedOnly(rest),
    ...(quad !== undefined ? { quad: quad as 1 | 2 | 3 | 4 } : {}),
    ...(from !== undefined ? { from: parseFrom(from) } : {}),
    ...(to !== undefined ? { to: parseTo(to) } : {}),
    ...(negated !== undefined ? { negated: negated === 'true' } : {}),
  }
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never
}
