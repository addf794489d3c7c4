import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type SqliteDialectConfig } from 'kysely'

/**
 * Kysely's SQLite dialect with every transaction started as BEGIN IMMEDIATE: it takes the write lock up front and
 * waits for it under the busy timeout. A plain BEGIN starts as a read and upgrades at its first write, where a
 * second writer fails at once with "database is locked" whatever the timeout. Only for writing connections.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig

  constructor(config: SqliteDialectConfig) {
    super(config)
    this.#config = config
  }

  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.#config)
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }
}
