import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import { EntenteError } from '../errors.js'

/** Checks `Authorization: Bearer …` against the configured token in constant time; no token configured → writes off. */
export function requireToken(token: string | undefined, request: FastifyRequest): void {
  if (token === undefined) {
    throw new EntenteError('api.forbidden', 'Cannot write: this server was started without a write token', {
      hint: 'Start it with --token-file FILE or ENTENTE_TOKEN set to allow POST /api/articles',
    })
  }
  const header = request.headers.authorization
  const given = header?.match(/^Bearer (.+)$/)?.[1]
  if (given === undefined) {
    throw new EntenteError('api.unauthorized', 'Cannot write without a token', {
      hint: 'Send the header "Authorization: Bearer TOKEN"',
    })
  }
  // Hashing first gives equal lengths, so the comparison takes the same time whatever was sent.
  const digest = (text: string) => createHash('sha256').update(text).digest()
  if (!timingSafeEqual(digest(given), digest(token))) {
    throw new EntenteError('api.forbidden', 'Cannot write: the token is not the one this server was given', {
      hint: 'Check the token against the file passed with --token-file',
    })
  }
}
