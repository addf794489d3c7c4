import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { DEFAULT_MAX_BYTES, parsePublished, readBytes, type ReadResult } from '../../ingest/index.js'
import { ingestItems, type Analyzer, type IngestResult } from '../../jobs/index.js'
import type { Store } from '../../store/index.js'
import { forField } from '../problem.js'
import * as S from '../schemas.js'
import { requireToken } from '../token.js'

export interface WriteOptions {
  readonly store: Store
  readonly token: string | undefined
  readonly maxBytes?: number
  readonly analyzer: () => Analyzer
}

/**
 * POST /api/articles: one article (text or HTML) or a batch (JSONL, a feed), read by the CLI's readers with
 * its byte limit, analyzed and stored one at a time. Only with the server's token.
 */
export function writeRoutes(options: WriteOptions): FastifyPluginAsyncZod {
  let analyzer: Analyzer | undefined
  let queue: Promise<unknown> = Promise.resolve()
  return async (app) => {
    // The body reaches the readers as bytes, whatever it claims to be: they sniff and decode it as the CLI does.
    app.removeAllContentTypeParsers()
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body))
    app.addHook('onClose', async () => analyzer?.close())

    app.post(
      '/api/articles',
      {
        bodyLimit: options.maxBytes ?? DEFAULT_MAX_BYTES,
        schema: {
          summary: 'Ingest one article or a JSONL batch (needs the write token)',
          security: [{ bearer: [] }],
          querystring: z.object({
            format: z.enum(['auto', 'text', 'html', 'feed', 'jsonl']).default('auto'),
            name: z.string().min(1).max(200).default('request'),
            published: z.string().max(40).optional(),
          }),
          response: {
            200: S.IngestReply,
            400: S.problem('malformed value'),
            401: S.problem('no token'),
            403: S.problem('wrong token, or writes off'),
            413: S.problem('body too large'),
          },
        },
      },
      async (request) => {
        requireToken(options.token, request)
        const { format, name, published } = request.query
        const day = published === undefined ? undefined : forField('published', () => parsePublished(published))
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
        const read = readBytes(new Uint8Array(bytes), name, format).map((result): ReadResult =>
          result.ok && day ? { ok: true, article: { ...result.article, published: day } } : result,
        )
        analyzer ??= options.analyzer()
        const active = analyzer
        const results: IngestResult[] = []
        // one ingest at a time: the store writes each article in its own transaction, in order
        const run = queue.then(() =>
          ingestItems(options.store, each(read), { analyzer: active, onResult: (r) => results.push(r) }),
        )
        queue = run.catch(() => undefined)
        const summary = await run
        return {
          stored: summary.stored,
          duplicate: summary.duplicate,
          failed: summary.failed,
          results: results.map((r) => ({
            status: r.status,
            id: r.id,
            input: r.input,
            ...(r.reason !== undefined ? { reason: r.reason } : {}),
            ...(r.nearDuplicateOf !== undefined ? { nearDuplicateOf: r.nearDuplicateOf } : {}),
          })),
        }
      },
    )
  }
}

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items
}
