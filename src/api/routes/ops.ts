import { Readable } from 'node:stream'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { EXPORT_FORMATS, exportStream } from '../../export/index.js'
import { checkFilter } from '../../query/events.js'
import { storeCounts, type QueryContext } from '../../query/index.js'
import { storeBytes, type Metrics } from '../metrics.js'
import * as S from '../schemas.js'
import { EventFilterQuery, eventFilterOf } from './read.js'

const CONTENT_TYPES: Record<(typeof EXPORT_FORMATS)[number], string> = {
  gdelt: 'text/tab-separated-values; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  graphml: 'application/xml; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
}

/** Export, health and metrics. */
export function opsRoutes(ctx: QueryContext, metrics: Metrics): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/export',
      {
        schema: {
          summary: 'The store in an exchange format, streamed; the events filters narrow it to matching events',
          querystring: z.object({ format: z.enum(EXPORT_FORMATS), ...EventFilterQuery }),
          response: {
            200: {
              description: 'The export, streamed in the format asked for',
              content: Object.fromEntries(
                Object.values(CONTENT_TYPES).map((type) => [type.split(';')[0], { schema: z.string() }]),
              ),
            },
            400: S.problem('malformed value'),
            404: S.problem('unknown actor'),
          },
        },
      },
      async (request, reply) => {
        const { format, ...query } = request.query
        const filter = eventFilterOf(query)
        // a reversed range or an unknown actor is an error before anything is streamed, as in /api/events
        await checkFilter(ctx, filter)
        const extension = { gdelt: 'tsv', plover: 'jsonl', csv: 'csv', graphml: 'graphml', jsonld: 'jsonld' }[format]
        reply
          .type(CONTENT_TYPES[format])
          .header('content-disposition', `attachment; filename="entente-export.${extension}"`)
        // a stream, not a value the schemas describe: it goes out as it is written
        return reply.send(Readable.from(exportStream(ctx.store, format, { filter })) as never)
      },
    )

    app.get(
      '/healthz',
      { schema: { summary: 'Liveness: the store answers', response: { 200: S.Health } } },
      async () => ({ status: 'ok' as const, schema: await ctx.store.schemaVersion() }),
    )

    app.get(
      '/metrics',
      {
        schema: {
          summary: 'Prometheus metrics: requests, latency, store size, articles and events',
          response: {
            200: { description: 'Prometheus text format', content: { 'text/plain': { schema: z.string() } } },
          },
        },
      },
      async (_request, reply) => {
        const counts = await storeCounts(ctx)
        const text = metrics.render({ bytes: await storeBytes(ctx.store), ...counts })
        return reply.type('text/plain; version=0.0.4; charset=utf-8').send(text)
      },
    )
  }
}
