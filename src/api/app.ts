import { existsSync } from 'node:fs'
import { join } from 'node:path'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance } from 'fastify'
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import helmet from 'helmet'
import { createAnalyzer } from '../jobs/index.js'
import { addResponseCache } from './cache.js'
import type { ApiOptions } from './context.js'
import { createMetrics } from './metrics.js'
import { problemHandler, sendProblem } from './problem.js'
import { opsRoutes } from './routes/ops.js'
import { readRoutes } from './routes/read.js'
import { writeRoutes } from './routes/write.js'
import { warmUp } from './warm-up.js'

/** Requests without a body of their own (everything but POST /api/articles) may carry at most this much. */
const SMALL_BODY = 64 * 1024

/** The HTTP API (and the web UI when it is built) over one store; `listen` is the caller's. */
export async function buildApp(options: ApiOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: SMALL_BODY }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.setErrorHandler(problemHandler)

  const metrics = createMetrics()
  // the warm-up's own requests (before the server listens) are neither counted nor limited
  let warming = false
  app.addHook('onResponse', async (request, reply) => {
    if (warming) return
    const route = request.routeOptions.url ?? 'unmatched'
    metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000)
  })

  // the security headers' middleware is built once: @fastify/helmet builds it anew for every request (its CSP
  // parsed each time), ~7 % of a members or dyad answer's CPU
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  })
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
  )
  if (options.rateLimit !== false) {
    await app.register(rateLimit, {
      max: options.rateLimit ?? 600,
      timeWindow: '1 minute',
      allowList: () => warming,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        code: 'rate-limited',
        message: `Cannot answer: more than ${context.max} requests in ${context.after}`,
      }),
    })
  }
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'entente',
        description: 'The knowledge graph of international relations: actors, dyads, events and their evidence',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  })
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    // the page works offline: nothing but this server, and the inline styles its widgets set
    transformStaticCSP: (header) =>
      header
        .replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'")
        .replace(/font-src [^;]*/, "font-src 'self' data:")
        .replace(' validator.swagger.io', '')
        .replace(/ ?upgrade-insecure-requests;/, ''),
  })

  if (options.cache !== false) {
    // every read route but the streamed export; a write moves the store's version and empties it
    addResponseCache(app, options.store, (path) => path.startsWith('/api/') && path !== '/api/export')
  }
  const ctx = { store: options.store, kb: options.kb }
  await app.register(readRoutes(ctx))
  await app.register(opsRoutes(ctx, metrics))
  await app.register(
    writeRoutes({
      store: options.store,
      token: options.token,
      // one worker thread analyses posted articles, so the API keeps answering meanwhile
      analyzer: options.analyzer ?? (() => createAnalyzer({ jobs: 1, offThread: true })),
      ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    }),
  )

  const web =
    options.webRoot !== undefined && existsSync(join(options.webRoot, 'index.html')) ? options.webRoot : undefined
  if (web) await app.register(fastifyStatic, { root: web, wildcard: false })
  app.setNotFoundHandler((request, reply) => {
    // the UI routes in the browser: any other page path gets its index.html
    if (web && request.method === 'GET' && !/^\/(api|docs)\b/.test(request.url)) return reply.sendFile('index.html')
    return sendProblem(reply, request, {
      status: 404,
      code: 'not-found',
      detail: `Cannot find ${request.method} ${request.url.split('?')[0]}`,
      hint: web
        ? 'The API lives under /api; its description is at /docs'
        : 'The web UI is not built: run npm run build',
    })
  })
  await app.ready()
  if (options.warmUp) {
    warming = true
    await warmUp(app, ctx)
    warming = false
  }
  return app
}

/** The OpenAPI 3.1 document of the API. */
export function openApiDocument(app: FastifyInstance): Record<string, unknown> {
  return app.swagger() as unknown as Record<string, unknown>
}
