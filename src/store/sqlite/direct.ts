import type BetterSqlite3 from 'better-sqlite3'

/**
 * The SQLite connection of a writing store, and of each of its write transactions while that runs, so the trusted
 * statements of storing (runSql) go to the connection itself instead of through Kysely's executor: each statement
 * there is a compiled-query object, a query id, a connection hand-out and several promise hops, which storing an
 * article pays ~60 times. Only a transaction is given its connection: it holds the connection for its whole life,
 * so a direct statement runs inside it, as the same statement through Kysely would. Outside one, statements still
 * go through Kysely, which makes them wait for a transaction in progress.
 */
const CONNECTIONS = new WeakMap<object, BetterSqlite3.Database>()

/** Marks `db` (a Kysely instance of a writing SQLite store) as running on `database`. */
export function registerConnection(db: object, database: BetterSqlite3.Database): void {
  CONNECTIONS.set(db, database)
}

/** Gives the write transaction `trx` of `db` its store's connection, when `db` has one registered. */
export function shareConnection(db: object, trx: object): void {
  const database = CONNECTIONS.get(db)
  if (database !== undefined) TRANSACTIONS.set(trx, database)
}

const TRANSACTIONS = new WeakMap<object, BetterSqlite3.Database>()

/** The connection a write transaction runs on (undefined for anything else: PostgreSQL, a store's db itself). */
export function transactionConnection(trx: object): BetterSqlite3.Database | undefined {
  return TRANSACTIONS.get(trx)
}

/** Runs a statement on the connection as Kysely's SQLite driver does: a reader's rows, else none. */
export function runOnConnection<R>(
  database: BetterSqlite3.Database,
  text: string,
  parameters: readonly unknown[],
): R[] {
  const statement = database.prepare(text)
  if (statement.reader) return statement.all(parameters) as R[]
  statement.run(parameters)
  return []
}
