import { createHash } from 'node:crypto'

/** The article id: the first 16 hex characters of the SHA-256 of its text (the readers' `articleId`). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)
}
