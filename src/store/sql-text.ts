import { CompiledQuery, type Kysely } from 'kysely'
import type { Database } from './schema.js'
import { runOnConnection, transactionConnection } from './sqlite/direct.js'
import { isPostgres } from './write-transaction.js'

/**
 * Trusted SQL text with `?` placeholders, run as is on the hot path of storing. Building a query through Kysely's
 * builder and compiling it costs more than SQLite spends running it; a fixed text is compiled by nobody and, on
 * SQLite, prepared once (statements are cached by their text, see sqlite/open-sqlite.ts). PostgreSQL gets `$n`
 * placeholders. Never put a `?` inside a string literal of such a text. In a SQLite write transaction the text goes
 * to the connection itself (sqlite/direct.ts).
 */
export async function runSql<R = Record<string, unknown>>(
  trx: Kysely<Database>,
  text: string,
  parameters: readonly unknown[],
): Promise<R[]> {
  const connection = transactionConnection(trx)
  if (connection !== undefined) return runOnConnection<R>(connection, text, parameters)
  const source = isPostgres(trx) ? numbered(text) : text
  const result = await trx.executeQuery<R>(CompiledQuery.raw(source, parameters as unknown[]))
  return result.rows as R[]
}

const POSTGRES_TEXTS = new Map<string, string>()

function numbered(text: string): string {
  let out = POSTGRES_TEXTS.get(text)
  if (out === undefined) {
    let n = 0
    out = text.replace(/\?/g, () => `$${++n}`)
    if (POSTGRES_TEXTS.size >= 1000) POSTGRES_TEXTS.clear()
    POSTGRES_TEXTS.set(text, out)
  }
  return out
}

/** `?, ?, ?` for n values. */
export function marks(n: number): string {
  return n === 1 ? '?' : `?${', ?'.repeat(n - 1)}`
}

/**
 * Splits a list into pieces whose sizes are powers of two (at most `largest`): the statements that take a piece each
 * have few distinct texts, so they are prepared once and reused, and the statement cache stays small.
 */
export function pieces<T>(items: readonly T[], largest = 256): T[][] {
  const out: T[][] = []
  let at = 0
  while (at < items.length) {
    let size = largest
    while (size > items.length - at) size >>= 1
    out.push(items.slice(at, at + size))
    at += size
  }
  return out
}
