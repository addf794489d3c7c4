import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { EntenteError, type ErrorCode } from '../errors.js'

export const PROBLEM_TYPE = 'application/problem+json'

/** What an error code means over HTTP: unknown ids are 404, malformed values 400, a missing token 401… */
const STATUS: Partial<Record<ErrorCode, number>> = {
  'query.unknown-actor': 404,
  'query.unknown-event': 404,
  'query.unknown-article': 404,
  'input.too-large': 413,
  'api.unauthorized': 401,
  'api.forbidden': 403,
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Content too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
}

interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  instance: string
  code?: string
  field?: string
  hint?: string
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  body: Omit<ProblemBody, 'type' | 'title' | 'instance'>,
) {
  const problem: ProblemBody = {
    type: 'about:blank',
    title: TITLES[body.status] ?? 'Error',
    instance: request.url,
    ...body,
  }
  return reply.code(body.status).type(PROBLEM_TYPE).send(JSON.stringify(problem))
}

/** The error handler: every error becomes RFC 9457 problem details; only bugs are 500, and they say nothing inside. */
export function problemHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issue = error.validation[0]
    const where = error.validationContext === 'params' ? 'path' : 'query'
    const field = issue?.instancePath.replace(/^\//, '').replaceAll('/', '.') || where
    return sendProblem(reply, request, {
      status: 400,
      code: 'usage',
      field,
      detail: `Cannot use ${where} value "${field}": ${issue?.message ?? 'malformed'}`,
    })
  }
  if (error instanceof EntenteError) {
    const field = (error as EntenteError & { field?: string }).field
    return sendProblem(reply, request, {
      status: STATUS[error.code] ?? 400,
      code: error.code,
      detail: error.message,
      ...(field ? { field } : {}),
      ...(error.hint ? { hint: error.hint } : {}),
    })
  }
  const status = error.statusCode ?? 500
  if (status >= 400 && status < 500) {
    return sendProblem(reply, request, { status, code: error.code ?? 'usage', detail: error.message })
  }
  request.log.error(error)
  return sendProblem(reply, request, { status: 500, detail: 'The server failed on this request; it is logged' })
}

/** An EntenteError that names the request field it came from. */
export function forField<T>(field: string, read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof EntenteError) Object.assign(error, { field })
    throw error
  }
}
